#include "kiosk_controller.h"
#include "date_text.h"

#include "app_settings.h"
#include "contact_fields.h"
#include "engine_bridge.h"
#include "mutation_queue.h"
#include "questionnaire.h"
#include "record_text.h"
#include "seminar_list_model.h"

#include "attendant_pin.h"
#include "domain/date.h"
#include "engine/mutations.h"

#include <QCoreApplication>
#include <QDate>
#include <QEvent>
#include <QTimeZone>

namespace yk::app {

using namespace yokoten::v1;

namespace {

constexpr int kMaxInterests = 10;

QString trimmed(const QVariantMap& form, const char* key)
{
    return form.value(QString::fromLatin1(key)).toString().trimmed();
}

} // namespace

KioskController::KioskController(QObject* parent)
    : StoreController(parent)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &KioskController::tick);
    m_secondsLeft = m_idleSeconds;
    if (QCoreApplication::instance() != nullptr)
        QCoreApplication::instance()->installEventFilter(this);
}

void KioskController::setSettings(AppSettings* settings)
{
    if (settings == m_settings)
        return;
    if (m_settings != nullptr)
        disconnect(m_settings, nullptr, this, nullptr);
    m_settings = settings;
    if (settings != nullptr) {
        setIdleSeconds(settings->kioskIdleSeconds());
        m_warningSeconds = settings->kioskWarningSeconds();
        connect(settings, &AppSettings::kioskChanged, this, [this, settings] {
            m_warningSeconds = settings->kioskWarningSeconds();
            setIdleSeconds(settings->kioskIdleSeconds());
            reload();
        });
    }
    Q_EMIT settingsChanged();
    Q_EMIT attendantChanged();
    reload();
}

platform::AttendantPin* KioskController::attendantPin() const
{
    const AppSettings* settings = m_settings;
    return settings != nullptr ? settings->attendantPin() : nullptr;
}

bool KioskController::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::KeyPress:
    case QEvent::Wheel:
    case QEvent::InputMethod:
        if (m_active)
            touch();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void KioskController::setIdleSeconds(int seconds)
{
    seconds = qMax(1, seconds);
    if (seconds == m_idleSeconds)
        return;
    m_idleSeconds = seconds;
    Q_EMIT idleSecondsChanged();
    touch();
}

void KioskController::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    m_secondsLeft = m_idleSeconds;
    if (m_active)
        m_timer.start();
    else
        m_timer.stop();
    Q_EMIT activeChanged();
    Q_EMIT secondsLeftChanged();
}

void KioskController::touch()
{
    if (m_secondsLeft == m_idleSeconds)
        return;
    m_secondsLeft = m_idleSeconds;
    if (m_active)
        m_timer.start(); // a full second before the next tick
    Q_EMIT secondsLeftChanged();
}

void KioskController::tick()
{
    if (!m_active)
        return;
    m_secondsLeft = qMax(0, m_secondsLeft - 1);
    Q_EMIT secondsLeftChanged();
    if (m_secondsLeft > 0)
        return;
    // The visitor walked away: forget what they typed and what went wrong for them.
    setActive(false);
    setError({});
    lockAttendant();
    Q_EMIT idleReset();
}

void KioskController::reload()
{
    if (bridge() == nullptr)
        return;
    const AppSettings* settings = m_settings;
    const QString chosen = settings != nullptr ? settings->kioskSessionId() : QString();
    bridge()->run<std::vector<SeminarSessionInfo>>(
        this, [](DeviceContext& context) { return readSeminarSessions(context, {}); },
        [this, chosen](std::vector<SeminarSessionInfo> rows) {
            const QDateTime now = QDateTime::currentDateTime();
            auto notOver = [&](const SeminarSessionInfo& s) {
                const QDateTime end = s.endsAt.isValid() ? s.endsAt : s.startsAt;
                return !s.cancelled && (!end.isValid() || end.date() >= now.date());
            };
            const SeminarSessionInfo* pick = nullptr;
            m_sessions.clear();
            for (const auto& s : rows) {
                if (!notOver(s))
                    continue;
                m_sessions.append(QVariantMap { { QStringLiteral("id"), s.sessionId },
                    { QStringLiteral("text"), formatDateTime(s.startsAt) + QStringLiteral("  ") + s.title },
                    { QStringLiteral("exhibition"), s.kind == SEMINAR_KIND_EXHIBITION } });
                if (s.sessionId == chosen)
                    pick = &s;
            }
            // Without a choice: the next exhibition (機器展示), else the next session at all.
            for (const auto& s : rows)
                if (pick == nullptr && notOver(s) && s.kind == SEMINAR_KIND_EXHIBITION)
                    pick = &s;
            for (const auto& s : rows)
                if (pick == nullptr && notOver(s))
                    pick = &s;
            m_sessionId = pick ? pick->sessionId : QString();
            m_title = pick ? pick->title : QString();
            m_when = pick ? formatDateTime(pick->startsAt) : QString();
            m_venue = pick ? pick->venue : QString();
            m_areas = pick ? pick->equipmentAreas : QList<int>();
            Q_EMIT exhibitionChanged();
        });
}

void KioskController::submitVisit(const QVariantMap& form)
{
    VisitorEntry entry;
    entry.set_kind(VISITOR_ENTRY_KIND_VISIT);
    const QVariantList interests = form.value(QStringLiteral("interests")).toList();
    if (interests.size() > kMaxInterests) {
        setError(AppSettings::pick("関心のある分野は10個までです。", "Choose at most 10 areas."));
        return;
    }
    for (const QVariant& area : interests) {
        const int value = area.toInt();
        if (EquipmentArea_IsValid(value) && value != EQUIPMENT_AREA_UNSPECIFIED)
            entry.add_interests(static_cast<EquipmentArea>(value));
    }
    entry.set_visitor_name(trimmed(form, "name").toStdString());
    entry.set_visitor_organisation(trimmed(form, "organisation").toStdString());
    entry.set_visitor_email(trimmed(form, "email").toStdString());
    entry.set_visitor_phone(trimmed(form, "phone").toStdString());
    entry.set_facility_type(
        static_cast<ServiceType>(ServiceType_IsValid(form.value(QStringLiteral("facilityType")).toInt())
                ? form.value(QStringLiteral("facilityType")).toInt()
                : 0));
    if (entry.visitor_organisation().empty()) {
        setError(AppSettings::pick(
            "事業所・団体名を入力してください。", "Please enter your facility or organisation."));
        return;
    }
    queueEntry(std::move(entry), QStringLiteral("visit"));
}

void KioskController::submitLoanWish(const QVariantMap& form)
{
    VisitorEntry entry;
    entry.set_kind(VISITOR_ENTRY_KIND_LOAN_REQUEST);
    const QString organisation = trimmed(form, "organisation");
    const QString email = trimmed(form, "email");
    const QString phone = trimmed(form, "phone");
    const QString modelId = trimmed(form, "modelId");
    if (modelId.isEmpty()) {
        setError(AppSettings::pick(
            "試してみたい機器を選んでください。", "Please choose the device you want to try."));
        return;
    }
    if (organisation.isEmpty()) {
        setError(AppSettings::pick(
            "事業所・団体名を入力してください。", "Please enter your facility or organisation."));
        return;
    }
    if (email.isEmpty() && phone.isEmpty()) {
        setError(AppSettings::pick("センターから連絡できるよう、メールか電話番号を入力してください。",
            "Please give an e-mail address or a phone number so the centre can reach you."));
        return;
    }
    if (!email.isEmpty() && !contact::plausibleEmail(email)) {
        setError(contact::badEmailText());
        return;
    }
    if (!phone.isEmpty() && !contact::plausiblePhone(phone)) {
        setError(AppSettings::pick(
            "電話番号は数字で入力してください。", "Please enter the phone number in digits."));
        return;
    }
    const QString fromIso = DateText::parse(trimmed(form, "from"), todayInJapan()).toString(Qt::ISODate);
    const QString toIso = DateText::parse(trimmed(form, "to"), todayInJapan()).toString(Qt::ISODate);
    const auto from = domain::Date::parse(fromIso.toStdString());
    const auto to = domain::Date::parse(toIso.toStdString());
    if (!from || !to || *to < *from) {
        setError(AppSettings::pick("希望期間の日付を確かめてください（開始日 ≦ 終了日）。",
            "Please check the dates of the wished period (start on or before end)."));
        return;
    }
    if (QDate::fromString(fromIso, Qt::ISODate) < todayInJapan()) {
        setError(
            AppSettings::pick("開始日は今日以降にしてください。", "The start date cannot be in the past."));
        return;
    }
    entry.set_visitor_name(trimmed(form, "name").toStdString());
    entry.set_visitor_organisation(organisation.toStdString());
    entry.set_visitor_email(email.toStdString());
    entry.set_visitor_phone(phone.toStdString());
    const int facilityType = form.value(QStringLiteral("facilityType")).toInt();
    entry.set_facility_type(static_cast<ServiceType>(ServiceType_IsValid(facilityType) ? facilityType : 0));
    entry.set_model_id(modelId.toStdString());
    entry.set_from_date(from->toString());
    entry.set_to_date(to->toString());
    queueEntry(std::move(entry), QStringLiteral("loan"));
}

void KioskController::submitQuestionnaire(const QVariantMap& form)
{
    VisitorEntry entry;
    entry.set_kind(VISITOR_ENTRY_KIND_EXHIBITION_QUESTIONNAIRE);
    entry.set_visitor_organisation(trimmed(form, "organisation").toStdString());
    const int facilityType = form.value(QStringLiteral("facilityType")).toInt();
    entry.set_facility_type(static_cast<ServiceType>(ServiceType_IsValid(facilityType) ? facilityType : 0));
    const QString error = Questionnaire::toAnswers(Questionnaire::Kind::Exhibition,
        form.value(QStringLiteral("answers")).toMap(), entry.mutable_answers());
    if (!error.isEmpty()) {
        setError(error);
        return;
    }
    queueEntry(std::move(entry), QStringLiteral("questionnaire"));
}

void KioskController::queueEntry(VisitorEntry entry, const QString& kind)
{
    if (m_busy)
        return;
    if (m_sessionId.isEmpty()) {
        setError(AppSettings::pick("この端末には展示会が設定されていません。係員にお知らせください。",
            "No exhibition is set on this kiosk. Please tell the attendant."));
        return;
    }
    for (const std::string* text :
        { &entry.visitor_name(), &entry.visitor_organisation(), &entry.visitor_email() })
        if (QString::fromStdString(*text).size() > contact::MaxChars) {
            setError(contact::tooLongText());
            return;
        }
    entry.set_session_id(m_sessionId.toStdString());
    Mutation m = sync::makeVisitorEntry(std::move(entry));
    m_busy = true;
    Q_EMIT busyChanged();
    setError({});
    queueMutation(bridge(), this, std::move(m), [this, kind](const QString& error) {
        m_busy = false;
        Q_EMIT busyChanged();
        if (!error.isEmpty()) {
            setError(error);
            return;
        }
        Q_EMIT submitted(kind);
    });
}

void KioskController::clearError()
{
    setError({});
}

void KioskController::setError(const QString& text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

bool KioskController::pinSet() const
{
    return attendantPin() != nullptr && attendantPin()->isSet();
}

bool KioskController::unlockAttendant(const QString& pin)
{
    if (attendantPin() == nullptr) {
        m_pinMessage
            = AppSettings::pick("この端末には係員用PINがありません。", "This kiosk has no attendant PIN.");
        Q_EMIT attendantChanged();
        return false;
    }
    const auto check = attendantPin()->verify(pin);
    using Outcome = platform::PinCheck::Outcome;
    switch (check.outcome) {
    case Outcome::Accepted:
        m_attendantUnlocked = true;
        m_pinMessage.clear();
        break;
    case Outcome::Rejected:
        m_pinMessage = AppSettings::pick("PINが違います。あと%1回です。", "Wrong PIN. %1 tries left.")
                           .arg(check.triesLeft);
        break;
    case Outcome::LockedOut: {
        const qint64 seconds
            = qMax<qint64>(1, (check.lockedUntilMs - QDateTime::currentMSecsSinceEpoch() + 999) / 1000);
        m_pinMessage = AppSettings::pick(
            "間違いが続いたため、%1秒間入力できません。", "Too many wrong PINs: wait %1 s.")
                           .arg(seconds);
        break;
    }
    case Outcome::NotSet:
        m_pinMessage = AppSettings::pick("係員用PINが設定されていません。", "No attendant PIN has been set.");
        break;
    case Outcome::Unreadable:
        m_pinMessage = AppSettings::pick("PINの記録が壊れています。管理者に連絡してください。",
            "The PIN record is damaged. Please contact the administrator.");
        break;
    }
    Q_EMIT attendantChanged();
    return m_attendantUnlocked;
}

void KioskController::lockAttendant()
{
    if (!m_attendantUnlocked && m_pinMessage.isEmpty())
        return;
    m_attendantUnlocked = false;
    m_pinMessage.clear();
    Q_EMIT attendantChanged();
}

bool KioskController::setAttendantPin(const QString& pin)
{
    // The first PIN is set once at set-up; changing it needs the panel open.
    if (attendantPin() == nullptr || (pinSet() && !m_attendantUnlocked))
        return false;
    if (!platform::AttendantPin::isValidPin(pin)) {
        m_pinMessage = AppSettings::pick("PINは4〜12桁の数字です。", "The PIN is 4 to 12 digits.");
        Q_EMIT attendantChanged();
        return false;
    }
    const auto status = attendantPin()->setPin(pin);
    m_pinMessage = status ? AppSettings::pick("PINを設定しました。", "The PIN is set.")
                          : AppSettings::pick("PINを保存できませんでした。", "The PIN could not be saved.");
    Q_EMIT attendantChanged();
    return bool(status);
}

void KioskController::chooseSession(const QString& sessionId)
{
    AppSettings* settings = m_settings;
    if (!m_attendantUnlocked || settings == nullptr)
        return;
    settings->setKioskSessionId(sessionId);
}

void KioskController::leaveKiosk()
{
    if (!m_attendantUnlocked)
        return;
    QCoreApplication::exit(0);
}

} // namespace yk::app
