#include "attendee_controller.h"

#include "app_settings.h"
#include "contact_fields.h"
#include "engine_bridge.h"
#include "mutation_queue.h"
#include "questionnaire.h"

#include "engine/mutations.h"
#include "engine/sync_repository.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace yk::app {

using namespace yokoten::v1;

namespace {

constexpr std::string_view kProfileKey = "app.attendee_profile";

} // namespace

AttendeeController::AttendeeController(QObject* parent)
    : StoreController(parent)
{
}

void AttendeeController::reload()
{
    if (bridge() == nullptr)
        return;
    bridge()->run<QByteArray>(
        this,
        [](DeviceContext& context) -> QByteArray {
            if (context.store == nullptr)
                return {};
            auto value = sync::SyncRepository(context.store->database()).value(kProfileKey);
            if (!value || !*value)
                return {};
            return QByteArray::fromStdString(**value);
        },
        [this](QByteArray json) {
            const QJsonObject o = QJsonDocument::fromJson(json).object();
            m_name = o.value(QStringLiteral("name")).toString();
            m_organisation = o.value(QStringLiteral("organisation")).toString();
            m_email = o.value(QStringLiteral("email")).toString();
            m_answered.clear();
            for (const auto& id : o.value(QStringLiteral("answered")).toArray())
                m_answered.append(id.toString());
            m_loaded = true;
            Q_EMIT changed();
        });
}

bool AttendeeController::save(const QString& name, const QString& organisation, const QString& email)
{
    const QString n = name.trimmed();
    const QString o = organisation.trimmed();
    const QString e = email.trimmed();
    if (n.isEmpty() || o.isEmpty() || e.isEmpty()) {
        setError(AppSettings::pick("お名前・所属・メールアドレスをすべて入力してください。",
            "Please enter your name, organisation and e-mail address."));
        return false;
    }
    if (!contact::plausibleEmail(e)) {
        setError(contact::badEmailText());
        return false;
    }
    if (n.size() > contact::MaxChars || o.size() > contact::MaxChars || e.size() > contact::MaxChars) {
        setError(contact::tooLongText());
        return false;
    }
    m_name = n;
    m_organisation = o;
    m_email = e;
    setError({});
    store();
    Q_EMIT changed();
    Q_EMIT saved();
    return true;
}

void AttendeeController::store()
{
    if (bridge() == nullptr)
        return;
    QJsonObject o { { QStringLiteral("name"), m_name }, { QStringLiteral("organisation"), m_organisation },
        { QStringLiteral("email"), m_email },
        { QStringLiteral("answered"), QJsonArray::fromStringList(m_answered) } };
    const std::string json = QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString();
    bridge()->run<bool>(
        this,
        [json](DeviceContext& context) {
            return context.store != nullptr
                && bool(sync::SyncRepository(context.store->database()).setValue(kProfileKey, json));
        },
        [this](bool ok) {
            if (!ok)
                setError(AppSettings::pick(
                    "登録内容を保存できませんでした。", "Your details could not be saved."));
        });
}

void AttendeeController::submitQuestionnaire(
    const QString& registrationId, const QString& sessionId, const QVariantMap& answers)
{
    if (m_busy || registrationId.isEmpty())
        return;
    if (m_answered.contains(registrationId)) {
        setError(AppSettings::pick(
            "このアンケートには回答済みです。", "You have already answered this questionnaire."));
        return;
    }
    VisitorEntry entry;
    entry.set_kind(VISITOR_ENTRY_KIND_SEMINAR_QUESTIONNAIRE);
    entry.set_session_id(sessionId.toStdString());
    entry.set_registration_id(registrationId.toStdString());
    entry.set_visitor_organisation(m_organisation.toStdString());
    const QString error
        = Questionnaire::toAnswers(Questionnaire::Kind::Seminar, answers, entry.mutable_answers());
    if (!error.isEmpty()) {
        setError(error);
        return;
    }
    Mutation m = sync::makeVisitorEntry(std::move(entry));
    m_busy = true;
    Q_EMIT busyChanged();
    queueMutation(bridge(), this, std::move(m), [this, registrationId](const QString& failure) {
        m_busy = false;
        Q_EMIT busyChanged();
        if (!failure.isEmpty()) {
            setError(failure);
            return;
        }
        setError({});
        m_answered.append(registrationId);
        store();
        Q_EMIT changed();
        Q_EMIT questionnaireQueued();
    });
}

void AttendeeController::setError(const QString& text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

} // namespace yk::app
