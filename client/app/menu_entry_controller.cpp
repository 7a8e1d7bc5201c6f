#include "menu_entry_controller.h"

#include "engine_bridge.h"
#include "mutation_queue.h"
#include "record_text.h"
#include "support_menu_text.h"

#include "engine/mutations.h"
#include "store/record_repository.h"
#include "store/store.h"
#include "store/support_menu_progress.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace yk::app {

using namespace yokoten::v1;

namespace {

/// The next session of a seminar that still takes sign-ups: not cancelled, deadline ahead.
std::optional<SeminarSession> nextOpenSession(
    store::RecordRepository& records, const std::string& seminarId, const QDateTime& now)
{
    auto sessions = records.sessionsOfSeminar(seminarId);
    if (!sessions)
        return std::nullopt;
    for (const auto& s : *sessions) {
        if (s.cancelled())
            continue;
        if (s.has_registration_deadline() ? toDateTime(s.registration_deadline()) < now
                                          : toDateTime(s.starts_at()) < now)
            continue;
        return s;
    }
    return std::nullopt;
}

QVariantList linksOf(store::RecordRepository& records, const MenuRequirement& requirement,
    const std::string& organisationId, const QDateTime& now)
{
    QVariantList links;
    for (const auto& seminarId : requirement.seminar_ids()) {
        QString title;
        if (auto seminar = records.find<Seminar>(seminarId); seminar && *seminar)
            title = qs((*seminar)->title());
        const auto session = nextOpenSession(records, seminarId, now);
        bool registered = false;
        if (session && !organisationId.empty())
            if (auto regs = records.registrationsOfSession(session->id()))
                for (const auto& r : *regs)
                    registered = registered
                        || (r.organisation_id() == organisationId
                            && r.status() != REGISTRATION_STATUS_CANCELLED
                            && r.status() != REGISTRATION_STATUS_REJECTED);
        links.push_back(QVariantMap { { QStringLiteral("kind"), QStringLiteral("seminar") },
            { QStringLiteral("registered"), registered },
            { QStringLiteral("id"), session ? qs(session->id()) : QString() },
            { QStringLiteral("title"), title },
            { QStringLiteral("when"),
                session ? formatDateTime(toDateTime(session->starts_at()))
                        : QCoreApplication::translate("SupportMenu", "no session open for sign-up") } });
    }
    for (const auto& programmeId : requirement.programme_ids()) {
        QString title;
        if (auto programme = records.find<SupportProgramme>(programmeId); programme && *programme)
            title = qs((*programme)->title());
        QString mine;
        if (!organisationId.empty())
            if (auto parts = records.participationsOf(organisationId))
                for (const auto& p : *parts)
                    if (p.programme_id() == programmeId)
                        mine = qs(p.id());
        links.push_back(QVariantMap { { QStringLiteral("kind"), QStringLiteral("programme") },
            { QStringLiteral("id"), qs(programmeId) }, { QStringLiteral("title"), title },
            { QStringLiteral("participationId"), mine } });
    }
    if (requirement.consultation())
        links.push_back(QVariantMap { { QStringLiteral("kind"), QStringLiteral("consultation") } });
    return links;
}

QString rateOf(const SupportTier& t)
{
    return t.rate_denominator() > 0
        ? QStringLiteral("%1/%2").arg(t.rate_numerator()).arg(t.rate_denominator())
        : QString();
}

QString numberOrEmpty(std::int64_t n)
{
    return n > 0 ? QString::number(n) : QString();
}

/// The entry in the edit form's shape (MenuEntryController::save()).
QVariantMap formValuesOf(const SupportMenuEntry& e)
{
    QVariantList types;
    for (int t : e.eligible_service_types())
        types.push_back(t);
    QVariantList tiers;
    for (const auto& t : e.tiers())
        tiers.push_back(QVariantMap { { QStringLiteral("label"), qs(t.label()) },
            { QStringLiteral("minStaff"), numberOrEmpty(t.min_staff()) },
            { QStringLiteral("maxStaff"), numberOrEmpty(t.max_staff()) },
            { QStringLiteral("capYen"), numberOrEmpty(t.cap_yen()) }, { QStringLiteral("rate"), rateOf(t) },
            { QStringLiteral("demo"), t.demo_value() } });
    QVariantList requirements;
    for (const auto& r : e.requirements())
        requirements.push_back(
            QVariantMap { { QStringLiteral("id"), qs(r.id()) }, { QStringLiteral("text"), qs(r.text()) },
                { QStringLiteral("seminarId"), r.seminar_ids_size() > 0 ? qs(r.seminar_ids(0)) : QString() },
                { QStringLiteral("programmeId"),
                    r.programme_ids_size() > 0 ? qs(r.programme_ids(0)) : QString() },
                { QStringLiteral("consultation"), r.consultation() } });
    return QVariantMap { { QStringLiteral("kind"), static_cast<int>(e.kind()) },
        { QStringLiteral("name"), qs(e.name()) }, { QStringLiteral("provider"), qs(e.provider()) },
        { QStringLiteral("summary"), qs(e.summary()) },
        { QStringLiteral("eligibilityNote"), qs(e.eligibility_note()) },
        { QStringLiteral("serviceTypes"), types },
        { QStringLiteral("minStaff"), numberOrEmpty(e.min_staff()) },
        { QStringLiteral("maxStaff"), numberOrEmpty(e.max_staff()) },
        { QStringLiteral("applyFrom"), qs(e.apply_from()) },
        { QStringLiteral("applyUntil"), qs(e.apply_until()) }, { QStringLiteral("source"), qs(e.source()) },
        { QStringLiteral("asOf"), qs(e.as_of()) }, { QStringLiteral("url"), qs(e.url()) },
        { QStringLiteral("tiers"), tiers }, { QStringLiteral("requirements"), requirements } };
}

QString text(const QVariantMap& m, const char* key)
{
    return m.value(QLatin1String(key)).toString().trimmed();
}

/// A whole number as typed, 0 when empty; -1 when it is not one.
std::int64_t wholeNumber(const QString& typed)
{
    if (typed.isEmpty())
        return 0;
    bool ok = false;
    const qlonglong n = typed.toLongLong(&ok);
    return ok && n >= 0 ? n : -1;
}

bool tierEmpty(const QVariantMap& t)
{
    for (const char* key : { "label", "minStaff", "maxStaff", "capYen", "rate" })
        if (!text(t, key).isEmpty())
            return false;
    return true;
}

bool requirementEmpty(const QVariantMap& r)
{
    return text(r, "text").isEmpty() && text(r, "seminarId").isEmpty() && text(r, "programmeId").isEmpty()
        && !r.value(QStringLiteral("consultation")).toBool();
}

} // namespace

QString MenuEntryController::entryProblem(const QVariantMap& f)
{
    if (text(f, "name").isEmpty())
        return tr("Please name the entry.");
    for (const char* key : { "minStaff", "maxStaff" })
        if (wholeNumber(text(f, key)) < 0)
            return tr("Please give the number of staff as a whole number.");
    for (const auto& row : f.value(QStringLiteral("tiers")).toList()) {
        const QVariantMap t = row.toMap();
        if (tierEmpty(t))
            continue;
        if (wholeNumber(text(t, "capYen")) < 0 || wholeNumber(text(t, "minStaff")) < 0
            || wholeNumber(text(t, "maxStaff")) < 0)
            return tr("Please give caps in yen and numbers of staff as whole numbers.");
        const QString rate = text(t, "rate");
        if (!rate.isEmpty()) {
            const auto parts = rate.split(QLatin1Char('/'));
            if (parts.size() != 2 || parts[0].toInt() < 1 || parts[1].toInt() < parts[0].toInt())
                return tr("Please give the rate as a fraction such as 3/4.");
        }
    }
    for (const auto& row : f.value(QStringLiteral("requirements")).toList()) {
        const QVariantMap r = row.toMap();
        if (!requirementEmpty(r) && text(r, "text").isEmpty())
            return tr("Please write what each requirement asks.");
    }
    return {};
}

SupportMenuEntry MenuEntryController::entryFrom(const QVariantMap& f)
{
    SupportMenuEntry e;
    const int kind = f.value(QStringLiteral("kind")).toInt();
    e.set_kind(MenuEntryKind_IsValid(kind) && kind != 0 ? static_cast<MenuEntryKind>(kind)
                                                        : MENU_ENTRY_KIND_SUBSIDY);
    e.set_name(text(f, "name").toStdString());
    e.set_provider(text(f, "provider").toStdString());
    e.set_summary(text(f, "summary").toStdString());
    e.set_eligibility_note(text(f, "eligibilityNote").toStdString());
    for (const auto& t : f.value(QStringLiteral("serviceTypes")).toList())
        if (t.toInt() > 0)
            e.add_eligible_service_types(static_cast<ServiceType>(t.toInt()));
    e.set_min_staff(static_cast<int>(wholeNumber(text(f, "minStaff"))));
    e.set_max_staff(static_cast<int>(wholeNumber(text(f, "maxStaff"))));
    e.set_apply_from(text(f, "applyFrom").toStdString());
    e.set_apply_until(text(f, "applyUntil").toStdString());
    e.set_source(text(f, "source").toStdString());
    e.set_as_of(text(f, "asOf").toStdString());
    e.set_url(text(f, "url").toStdString());
    for (const auto& row : f.value(QStringLiteral("tiers")).toList()) {
        const QVariantMap t = row.toMap();
        if (tierEmpty(t))
            continue;
        auto* tier = e.add_tiers();
        tier->set_label(text(t, "label").toStdString());
        tier->set_min_staff(static_cast<int>(wholeNumber(text(t, "minStaff"))));
        tier->set_max_staff(static_cast<int>(wholeNumber(text(t, "maxStaff"))));
        tier->set_cap_yen(wholeNumber(text(t, "capYen")));
        const auto rate = text(t, "rate").split(QLatin1Char('/'));
        if (rate.size() == 2) {
            tier->set_rate_numerator(rate[0].toInt());
            tier->set_rate_denominator(rate[1].toInt());
        }
        tier->set_demo_value(t.value(QStringLiteral("demo")).toBool());
    }
    for (const auto& row : f.value(QStringLiteral("requirements")).toList()) {
        const QVariantMap r = row.toMap();
        if (requirementEmpty(r))
            continue;
        auto* requirement = e.add_requirements();
        requirement->set_id(text(r, "id").toStdString()); // the builder gives a new one when empty
        requirement->set_text(text(r, "text").toStdString());
        if (!text(r, "seminarId").isEmpty())
            requirement->add_seminar_ids(text(r, "seminarId").toStdString());
        if (!text(r, "programmeId").isEmpty())
            requirement->add_programme_ids(text(r, "programmeId").toStdString());
        requirement->set_consultation(r.value(QStringLiteral("consultation")).toBool());
    }
    return e;
}

void MenuEntryController::save(const QVariantMap& fields)
{
    if (const QString problem = entryProblem(fields); !problem.isEmpty()) {
        setError(problem);
        return;
    }
    SupportMenuEntry entry = entryFrom(fields);
    entry.set_id(m_entryId.toStdString());
    Mutation m = sync::makeSaveMenuEntry(std::move(entry));
    const QString id = QString::fromStdString(m.save_menu_entry().entry().id());
    queueMutation(bridge(), this, std::move(m), [this, id](const QString& error) {
        setError(error);
        if (error.isEmpty())
            Q_EMIT saved(id);
    });
}

void MenuEntryController::setError(const QString& message)
{
    if (message == m_errorText)
        return;
    m_errorText = message;
    Q_EMIT errorTextChanged();
}

void MenuEntryController::readChoices()
{
    if (bridge() == nullptr)
        return;
    using Choices = std::pair<QVariantList, QVariantList>;
    bridge()->run<Choices>(
        this,
        [](DeviceContext& context) {
            Choices c;
            const QVariantMap none { { QStringLiteral("value"), QString() },
                { QStringLiteral("label"), QCoreApplication::translate("SupportMenu", "(none)") } };
            c.first.push_back(none);
            c.second.push_back(none);
            if (context.store == nullptr)
                return c;
            if (auto seminars = context.store->records().all<Seminar>())
                for (const auto& s : *seminars)
                    c.first.push_back(QVariantMap { { QStringLiteral("value"), qs(s.id()) },
                        { QStringLiteral("label"), qs(s.title()) } });
            if (auto programmes = context.store->records().all<SupportProgramme>())
                for (const auto& p : *programmes)
                    c.second.push_back(QVariantMap { { QStringLiteral("value"), qs(p.id()) },
                        { QStringLiteral("label"), qs(p.title()) } });
            return c;
        },
        [this](const Choices& c) {
            m_seminarChoices = c.first;
            m_programmeChoices = c.second;
            Q_EMIT choicesChanged();
        });
}

QVariantMap readMenuEntry(DeviceContext& context, const std::string& entryId,
    const std::string& organisationId, const QDateTime& now)
{
    const QDate today = now.toTimeZone(japanTime()).date();
    if (context.store == nullptr || entryId.empty())
        return {};
    auto& records = context.store->records();
    auto found = records.find<SupportMenuEntry>(entryId);
    if (!found || !*found)
        return {};
    const SupportMenuEntry& e = **found;
    QVariantMap d = menuEntryHeadline(e, today);
    d[QStringLiteral("loaded")] = true;
    d[QStringLiteral("eligibility")] = eligibilityText(e);
    int staff = 0;
    if (!organisationId.empty())
        if (auto own = records.find<Organisation>(organisationId); own && *own)
            staff = (*own)->staff_count();
    const auto* mine = store::tierFor(e, staff);
    QVariantList tiers;
    for (const auto& t : e.tiers())
        tiers.push_back(
            QVariantMap { { QStringLiteral("text"), tierText(t) }, { QStringLiteral("mine"), &t == mine } });
    d[QStringLiteral("tiers")] = tiers;
    d[QStringLiteral("source")] = e.source().empty()
        ? QString()
        : QCoreApplication::translate("SupportMenu", "Source: %1 (as of %2)")
              .arg(qs(e.source()), formatWireDate(e.as_of()));
    d[QStringLiteral("url")] = qs(e.url());
    d[QStringLiteral("rulesPdf")] = e.has_rules_pdf()
        ? QStringLiteral("%1 (%2)").arg(
            qs(e.rules_pdf().file_name()), QLocale().formattedDataSize(e.rules_pdf().size_bytes()))
        : QString();
    d[QStringLiteral("syncText")] = syncStateText(context, RECORD_KIND_SUPPORT_MENU_ENTRY, e.id(), nullptr);
    auto progress = store::requirementProgress(records, e, organisationId);
    QVariantList requirements;
    for (int i = 0; i < e.requirements_size(); ++i) {
        const auto met = progress && static_cast<std::size_t>(i) < progress->size()
            ? (*progress)[static_cast<std::size_t>(i)].met
            : store::RequirementMet::NotLinked;
        requirements.push_back(QVariantMap { { QStringLiteral("text"), qs(e.requirements(i).text()) },
            { QStringLiteral("met"), store::isMet(met) },
            { QStringLiteral("metText"), organisationId.empty() ? QString() : requirementMetText(met) },
            { QStringLiteral("links"), linksOf(records, e.requirements(i), organisationId, now) } });
    }
    d[QStringLiteral("requirements")] = requirements;
    d[QStringLiteral("form")] = formValuesOf(e);
    return d;
}

void MenuEntryController::setEntryId(const QString& id)
{
    if (id == m_entryId)
        return;
    m_entryId = id;
    Q_EMIT entryIdChanged();
    reload();
}

bool MenuEntryController::canEdit() const
{
    const SessionManager* session = sessionManager();
    return session != nullptr && (session->centreStaff() || session->prefectureOfficer());
}

void MenuEntryController::reload()
{
    if (bridge() == nullptr || m_entryId.isEmpty())
        return;
    const std::string id = m_entryId.toStdString();
    // Centre staff and officers see the entry as it stands; a facility its own progress too.
    const std::string organisation = canEdit() ? std::string() : organisationId();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    bridge()->run<QVariantMap>(
        this,
        [id, organisation, now](
            DeviceContext& context) { return readMenuEntry(context, id, organisation, now); },
        [this, id](const QVariantMap& details) {
            if (id != m_entryId.toStdString())
                return;
            m_details = details;
            m_formValues = details.value(QStringLiteral("form")).toMap();
            Q_EMIT detailsChanged();
        });
}

void MenuEntryController::withdraw()
{
    queueMutation(
        bridge(), this, sync::makeWithdrawMenuEntry(m_entryId.toStdString()), [this](const QString& error) {
            setError(error);
            if (error.isEmpty())
                Q_EMIT withdrawn();
        });
}

} // namespace yk::app
