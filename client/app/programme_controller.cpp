#include "programme_controller.h"

#include "engine_bridge.h"
#include "mutation_queue.h"
#include "participation_list_model.h"
#include "record_text.h"

#include "engine/mutations.h"
#include "store/record_repository.h"
#include "store/store.h"

#include <QCoreApplication>

namespace yk::app {

using namespace yokoten::v1;

namespace {

bool isWireDate(const QString& text)
{
    return text.size() == 10 && QDate::fromString(text, Qt::ISODate).isValid();
}

} // namespace

bool ProgrammeController::canPublish() const
{
    const SessionManager* session = sessionManager();
    return session != nullptr && (session->centreStaff() || session->prefectureOfficer());
}

QString ProgrammeController::applicationProblem(const QString& reason, const QString& goals)
{
    if (reason.trimmed().isEmpty())
        return tr("Please write why your facility applies.");
    if (goals.trimmed().isEmpty())
        return tr("Please write what you want to change.");
    return {};
}

QString ProgrammeController::programmeProblem(const QVariantMap& f)
{
    const int kind = f.value(QStringLiteral("kind")).toInt();
    if (kind != PROGRAMME_KIND_ACCOMPANIMENT && kind != PROGRAMME_KIND_MODEL_FACILITY)
        return tr("Choose the kind of programme.");
    if (f.value(QStringLiteral("title")).toString().trimmed().isEmpty())
        return tr("Please write the programme's title.");
    if (f.value(QStringLiteral("fiscalYear")).toInt() < 2000)
        return tr("Please give the fiscal year, for example 2026.");
    const QString from = f.value(QStringLiteral("applyFrom")).toString();
    const QString until = f.value(QStringLiteral("applyUntil")).toString();
    if (!isWireDate(from) || !isWireDate(until))
        return tr("Please give the first and last day of applications.");
    if (until < from)
        return tr("The last day of applications is before the first.");
    if (f.value(QStringLiteral("places")).toInt() < 1)
        return tr("Please give how many facilities can be chosen.");
    return {};
}

void ProgrammeController::apply(
    const QString& programmeId, const QString& reason, const QString& goals, const QString& contact)
{
    if (m_busy)
        return;
    if (const QString problem = applicationProblem(reason, goals); !problem.isEmpty()) {
        setError(problem);
        return;
    }
    const std::string organisation = organisationId();
    if (organisation.empty()) {
        setError(tr("Sign in with your facility's account to apply."));
        return;
    }
    ProgrammeApplication application;
    application.set_reason(reason.trimmed().toStdString());
    application.set_goals(goals.trimmed().toStdString());
    application.set_contact(contact.trimmed().toStdString());
    Mutation m = sync::makeApplyToProgramme(programmeId.toStdString(), organisation, application);
    const QString id = qs(m.apply_to_programme().participation().id());
    const std::string programme = programmeId.toStdString();
    const QString today = todayInJapan().toString(Qt::ISODate);
    auto check = [programme, organisation, today](DeviceContext& context) -> QString {
        auto& records = context.store->records();
        auto found = records.find<SupportProgramme>(programme);
        if (!found || !*found)
            return QCoreApplication::translate(
                "ProgrammeController", "This programme is not on this device.");
        if (today < qs((*found)->apply_from()) || today > qs((*found)->apply_until()))
            return QCoreApplication::translate(
                "ProgrammeController", "Applications for this programme are closed.");
        if (auto own = records.participationsOf(organisation))
            for (const auto& p : *own)
                if (p.programme_id() == programme)
                    return QCoreApplication::translate(
                        "ProgrammeController", "Your facility has already applied to this programme.");
        return {};
    };
    setBusy(true);
    setError({});
    queueMutation(
        bridge(), this, std::move(m),
        [this, id](const QString& error) {
            setBusy(false);
            setError(error);
            if (error.isEmpty())
                Q_EMIT applied(id);
        },
        std::move(check));
}

void ProgrammeController::decide(const QString& participationId, bool chosen)
{
    if (m_busy || participationId.isEmpty())
        return;
    const std::string id = participationId.toStdString();
    // The places are counted from what the device holds; the server counts again and refuses
    // ("no_places_left"), which the list then shows on the application.
    auto check = [id, chosen](DeviceContext& context) -> QString {
        auto& records = context.store->records();
        auto found = records.find<ProgrammeParticipation>(id);
        if (!found || !*found)
            return QCoreApplication::translate(
                "ProgrammeController", "This application is not on this device.");
        if ((*found)->state() == PARTICIPATION_STATE_CLOSED)
            return QCoreApplication::translate("ProgrammeController", "This support has already closed.");
        if (!chosen || (*found)->state() == PARTICIPATION_STATE_CHOSEN)
            return {};
        auto programme = records.find<SupportProgramme>((*found)->programme_id());
        auto all = records.participationsOfProgramme((*found)->programme_id());
        if (programme && *programme && all && countApplicants(*all, (*programme)->places()).placesLeft <= 0)
            return QCoreApplication::translate(
                "ProgrammeController", "No places are left: every place of this programme is taken.");
        return {};
    };
    setBusy(true);
    setError({});
    queueMutation(
        bridge(), this, sync::makeDecideApplication(id, chosen),
        [this](const QString& error) {
            setBusy(false);
            setError(error);
            if (error.isEmpty())
                Q_EMIT decided();
        },
        std::move(check));
}

void ProgrammeController::publish(const QVariantMap& f)
{
    if (m_busy)
        return;
    if (!canPublish()) {
        setError(tr("Only centre staff and prefecture officers can publish programmes."));
        return;
    }
    if (const QString problem = programmeProblem(f); !problem.isEmpty()) {
        setError(problem);
        return;
    }
    auto text
        = [&f](const char* key) { return f.value(QLatin1String(key)).toString().trimmed().toStdString(); };
    SupportProgramme p;
    p.set_kind(static_cast<ProgrammeKind>(f.value(QStringLiteral("kind")).toInt()));
    p.set_title(text("title"));
    p.set_description(text("description"));
    p.set_fiscal_year(f.value(QStringLiteral("fiscalYear")).toInt());
    p.set_apply_from(text("applyFrom"));
    p.set_apply_until(text("applyUntil"));
    p.set_support_from(text("supportFrom"));
    p.set_support_until(text("supportUntil"));
    p.set_places(f.value(QStringLiteral("places")).toInt());
    p.set_eligibility_note(text("eligibility"));
    p.set_min_visits(std::max(3, f.value(QStringLiteral("minVisits")).toInt()));
    Mutation m = sync::makePublishProgramme(std::move(p));
    const QString id = qs(m.publish_programme().programme().id());
    setBusy(true);
    setError({});
    queueMutation(bridge(), this, std::move(m), [this, id](const QString& error) {
        setBusy(false);
        setError(error);
        if (error.isEmpty())
            Q_EMIT published(id);
    });
}

void ProgrammeController::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void ProgrammeController::setError(const QString& text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

} // namespace yk::app
