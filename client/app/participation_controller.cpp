#include "participation_controller.h"

#include "chosen_file.h"
#include "engine_bridge.h"
#include "follow_up_text.h"
#include "mutation_queue.h"
#include "record_text.h"

#include "engine/mutations.h"
#include "follow_up_labels.h"
#include "store/case_repository.h"
#include "store/record_repository.h"
#include "store/store.h"
#include "yokoten/v1/case.pb.h"
#include "yokoten/v1/organisation.pb.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <map>

namespace yk::app {

using namespace yokoten::v1;

namespace {

QString figureText(const Measurement& m)
{
    return QStringLiteral("%1 %2")
        .arg(QString::number(m.value(), 'g', 6),
            m.unit().empty() ? measureUnitText(m.item()) : unitText(m.unit()))
        .trimmed();
}

QString measuredText(const Measurement& m)
{
    return QCoreApplication::translate("ParticipationController", "%1 · source: %2")
        .arg(qs(m.measured_on()), qs(m.source()));
}

QVariantList measurementRows(const ProgrammeParticipation& p)
{
    // One row per item (and label): the newest figure before and after by measured_on.
    std::map<std::pair<int, std::string>, std::pair<const Measurement*, const Measurement*>> byItem;
    for (const auto& m : p.measurements()) {
        auto& [before, after] = byItem[{ m.item(), m.label() }];
        auto*& slot = m.phase() == MEASURE_PHASE_AFTER ? after : before;
        if (slot == nullptr || slot->measured_on() <= m.measured_on())
            slot = &m;
    }
    QVariantList rows;
    for (const auto& [key, pair] : byItem) {
        const auto& [before, after] = pair;
        QVariantMap row;
        row[QStringLiteral("itemText")] = measureItemText(key.first, key.second);
        row[QStringLiteral("before")] = before ? figureText(*before) : QString();
        row[QStringLiteral("beforeWhen")] = before ? measuredText(*before) : QString();
        row[QStringLiteral("after")] = after ? figureText(*after) : QString();
        row[QStringLiteral("afterWhen")] = after ? measuredText(*after) : QString();
        row[QStringLiteral("changeText")] = before && after
            ? figureChangeText(before->value(), after->value(),
                proto::measureItemLowerIsBetter(static_cast<MeasureItem>(key.first)))
            : QString();
        rows.push_back(row);
    }
    return rows;
}

} // namespace

QVariantMap readParticipationDetails(DeviceContext& context, const std::string& participationId,
    const std::string& userId, const std::string& organisationId, bool centreStaff)
{
    QVariantMap d;
    if (context.store == nullptr || participationId.empty())
        return d;
    auto& records = context.store->records();
    auto found = records.find<ProgrammeParticipation>(participationId);
    if (!found || !*found)
        return d;
    const ProgrammeParticipation& p = **found;
    d[QStringLiteral("loaded")] = true;
    SupportProgramme programme;
    if (auto prog = records.find<SupportProgramme>(p.programme_id()); prog && *prog)
        programme = **prog;
    d[QStringLiteral("programme")] = qs(programme.title());
    d[QStringLiteral("programmeKindText")] = programmeKindText(programme.kind());
    QString facility = qs(p.organisation_name());
    if (facility.isEmpty())
        if (auto org = records.find<Organisation>(p.organisation_id()); org && *org)
            facility = qs((*org)->name());
    d[QStringLiteral("facility")] = facility;
    d[QStringLiteral("organisationId")] = qs(p.organisation_id());
    d[QStringLiteral("state")] = static_cast<int>(p.state());
    d[QStringLiteral("stateText")] = participationStateText(p.state());
    d[QStringLiteral("syncText")] = syncStateText(context, RECORD_KIND_PARTICIPATION, p.id(), nullptr);
    d[QStringLiteral("planGoal")] = qs(p.plan_goal());
    d[QStringLiteral("reason")] = qs(p.application().reason());
    d[QStringLiteral("goals")] = qs(p.application().goals());
    const int current = p.current_step() == IMPROVEMENT_STEP_UNSPECIFIED ? 0 : p.current_step();
    d[QStringLiteral("currentStep")] = current;
    QVariantList steps;
    for (int s = IMPROVEMENT_STEP_PREPARE; s <= IMPROVEMENT_STEP_REPLAN; ++s)
        steps.push_back(
            QVariantMap { { QStringLiteral("step"), s }, { QStringLiteral("text"), improvementStepText(s) },
                { QStringLiteral("done"), current > s }, { QStringLiteral("current"), current == s } });
    d[QStringLiteral("steps")] = steps;
    QVariantList history;
    for (const auto& h : p.step_history())
        history.push_back(QVariantMap { { QStringLiteral("stepText"), improvementStepText(h.step()) },
            { QStringLiteral("note"), qs(h.note()) }, { QStringLiteral("by"), qs(h.by_name()) },
            { QStringLiteral("whenText"), formatDateTime(toDateTime(h.at())) } });
    d[QStringLiteral("history")] = history;

    std::vector<const VisitLog*> visits;
    for (const auto& v : p.visits())
        visits.push_back(&v);
    std::stable_sort(visits.begin(), visits.end(),
        [](const VisitLog* a, const VisitLog* b) { return a->visit_date() < b->visit_date(); });
    QVariantList visitRows;
    int onSite = 0;
    for (const VisitLog* v : visits) {
        const bool pending = !v->has_written_at();
        onSite += v->by_phone() ? 0 : 1;
        visitRows.push_back(QVariantMap { { QStringLiteral("dateText"), formatWireDate(v->visit_date()) },
            { QStringLiteral("kindText"),
                v->by_phone() ? QCoreApplication::translate("ParticipationController", "Phone follow-up")
                              : QCoreApplication::translate("ParticipationController", "Visit") },
            { QStringLiteral("attendees"), qs(v->attendees()) },
            { QStringLiteral("activities"), qs(v->activities()) },
            { QStringLiteral("nextActions"), qs(v->next_actions()) },
            { QStringLiteral("stepText"), v->step() != 0 ? improvementStepText(v->step()) : QString() },
            { QStringLiteral("author"),
                pending ? QCoreApplication::translate("ParticipationController", "Waiting to send")
                        : qs(v->author_name()) },
            { QStringLiteral("pending"), pending }, { QStringLiteral("files"), [v] {
                                                         QStringList names;
                                                         for (const auto& a : v->attachments())
                                                             names << qs(a.file_name());
                                                         return names.join(QStringLiteral("、"));
                                                     }() } });
    }
    d[QStringLiteral("visits")] = visitRows;
    d[QStringLiteral("visitsText")]
        = QCoreApplication::translate("ParticipationController", "%1 visits (at least %2), %3 by phone")
              .arg(onSite)
              .arg(std::max(3, programme.min_visits()))
              .arg(static_cast<int>(visits.size()) - onSite);
    d[QStringLiteral("measurements")] = measurementRows(p);

    const bool closed = p.state() == PARTICIPATION_STATE_CLOSED;
    d[QStringLiteral("closed")] = closed;
    d[QStringLiteral("closingNote")] = qs(p.closing_note());
    d[QStringLiteral("caseId")] = qs(p.case_id());
    bool caseHeld = false;
    bool acceptsVisits = false;
    if (!p.case_id().empty())
        if (auto c = context.store->cases().find(p.case_id()); c && *c) {
            caseHeld = true;
            acceptsVisits = (*c)->site_visit().accepts_visits();
        }
    d[QStringLiteral("caseHeld")] = caseHeld;
    d[QStringLiteral("acceptsVisits")] = acceptsVisits;

    const bool adviser = !userId.empty()
        && std::find(programme.adviser_user_ids().begin(), programme.adviser_user_ids().end(), userId)
            != programme.adviser_user_ids().end();
    const bool ownFacility = !organisationId.empty() && organisationId == p.organisation_id();
    const bool active = p.state() == PARTICIPATION_STATE_CHOSEN;
    d[QStringLiteral("isCentre")] = centreStaff;
    d[QStringLiteral("canSetStep")] = active && (centreStaff || adviser || ownFacility);
    d[QStringLiteral("canLogVisit")] = active && (centreStaff || adviser);
    d[QStringLiteral("canMeasure")] = active && (centreStaff || adviser || ownFacility);
    d[QStringLiteral("canClose")] = active && centreStaff;
    d[QStringLiteral("canEditCase")] = closed && caseHeld && (centreStaff || ownFacility);
    return d;
}

void ParticipationController::setParticipationId(const QString& id)
{
    if (id == m_participationId)
        return;
    m_participationId = id;
    Q_EMIT participationIdChanged();
    reload();
}

void ParticipationController::reload()
{
    if (bridge() == nullptr || m_participationId.isEmpty())
        return;
    const std::string id = m_participationId.toStdString();
    const std::string user = userId();
    const std::string organisation = organisationId();
    const bool centre = sessionManager() != nullptr && sessionManager()->centreStaff();
    bridge()->run<QVariantMap>(
        this,
        [=](DeviceContext& context) {
            return readParticipationDetails(context, id, user, organisation, centre);
        },
        [this, id](const QVariantMap& details) {
            if (id != m_participationId.toStdString())
                return;
            m_details = details;
            Q_EMIT detailsChanged();
        });
}

QString ParticipationController::visitProblem(const QString& visitDate, const QString& activities)
{
    if (visitDate.isEmpty() || !QDate::fromString(visitDate, Qt::ISODate).isValid())
        return tr("Please give the date of the visit.");
    if (activities.trimmed().isEmpty())
        return tr("Please write what was done.");
    return {};
}

QString ParticipationController::measurementProblem(int item, const QString& label, int phase,
    const QString& value, const QString& measuredOn, const QString& source)
{
    if (!MeasureItem_IsValid(item) || item == MEASURE_ITEM_UNSPECIFIED)
        return tr("Choose what was measured.");
    if (item == MEASURE_ITEM_OTHER && label.trimmed().isEmpty())
        return tr("Please name what was measured.");
    if (phase != MEASURE_PHASE_BEFORE && phase != MEASURE_PHASE_AFTER)
        return tr("Choose whether the figure is from before or after.");
    bool number = false;
    QString(value).replace(QChar(0xFF0E), QLatin1Char('.')).trimmed().toDouble(&number);
    if (!number)
        return tr("Please give the figure as a number.");
    static const QRegularExpression month(QStringLiteral("^\\d{4}-\\d{2}$"));
    const QString on = measuredOn.trimmed();
    const bool dateOk = month.match(on).hasMatch()
        ? QDate::fromString(on + QStringLiteral("-01"), Qt::ISODate).isValid()
        : on.size() == 10 && QDate::fromString(on, Qt::ISODate).isValid();
    if (!dateOk)
        return tr("Please give when it was measured (YYYY-MM or YYYY-MM-DD): a figure without a date cannot "
                  "be quoted.");
    if (source.trimmed().isEmpty())
        return tr("Please give the source (for example the attendance system, or a staff survey with n=…): a "
                  "figure without a source cannot be quoted.");
    return {};
}

std::optional<Measurement> ParticipationController::toMeasurement(int item, const QString& label, int phase,
    const QString& value, const QString& measuredOn, const QString& source)
{
    if (!measurementProblem(item, label, phase, value, measuredOn, source).isEmpty())
        return std::nullopt;
    Measurement m;
    m.set_item(static_cast<MeasureItem>(item));
    m.set_label(label.trimmed().toStdString());
    m.set_phase(static_cast<MeasurePhase>(phase));
    m.set_value(QString(value).replace(QChar(0xFF0E), QLatin1Char('.')).trimmed().toDouble());
    m.set_unit(std::string(proto::measureItemUnit(static_cast<MeasureItem>(item))));
    m.set_measured_on(measuredOn.trimmed().toStdString());
    m.set_source(source.trimmed().toStdString());
    return m;
}

void ParticipationController::setStep(int step, const QString& note, const QString& planGoal)
{
    if (step < IMPROVEMENT_STEP_PREPARE || step > IMPROVEMENT_STEP_REPLAN) {
        setError(tr("Choose the step."));
        return;
    }
    queue(QStringLiteral("step"),
        sync::makeSetPlanStep(m_participationId.toStdString(), static_cast<ImprovementStep>(step),
            note.trimmed().toStdString(), planGoal.trimmed().toStdString()));
}

void ParticipationController::logVisit(const QString& visitDate, bool byPhone, const QString& attendees,
    const QString& activities, const QString& nextActions, int step)
{
    if (const QString problem = visitProblem(visitDate, activities); !problem.isEmpty()) {
        setError(problem);
        return;
    }
    VisitLog v;
    v.set_visit_date(visitDate.toStdString());
    v.set_by_phone(byPhone);
    v.set_attendees(attendees.trimmed().toStdString());
    v.set_activities(activities.trimmed().toStdString());
    v.set_next_actions(nextActions.trimmed().toStdString());
    if (ImprovementStep_IsValid(step))
        v.set_step(static_cast<ImprovementStep>(step));
    for (const auto& a : m_attachments)
        *v.add_attachments() = a;
    queue(QStringLiteral("visit"), sync::makeLogVisit(m_participationId.toStdString(), std::move(v)));
}

QStringList ParticipationController::attachmentNames() const
{
    QStringList names;
    for (const auto& a : m_attachments)
        names << QString::fromStdString(a.file_name());
    return names;
}

void ParticipationController::addAttachment(const QString& filePath)
{
    if (bridge() == nullptr || m_busy)
        return;
    setBusy(true);
    const bool reading
        = addChosenFile(bridge(), this, filePath, [this](const QString& error, const AttachmentRef& ref) {
              setBusy(false);
              setError(error);
              if (!error.isEmpty())
                  return;
              m_attachments.push_back(ref);
              Q_EMIT attachmentsChanged();
          });
    if (!reading) {
        setBusy(false);
        setError(tr("Only photos (JPEG, PNG) and PDF files up to 50 MB can be attached."));
    }
}

void ParticipationController::removeAttachment(int index)
{
    if (index < 0 || index >= static_cast<int>(m_attachments.size()))
        return;
    m_attachments.erase(m_attachments.begin() + index);
    Q_EMIT attachmentsChanged();
}

void ParticipationController::recordMeasurement(int item, const QString& label, int phase,
    const QString& value, const QString& measuredOn, const QString& source)
{
    auto m = toMeasurement(item, label, phase, value, measuredOn, source);
    if (!m) {
        setError(measurementProblem(item, label, phase, value, measuredOn, source));
        return;
    }
    queue(QStringLiteral("measurement"),
        sync::makeRecordMeasurement(m_participationId.toStdString(), std::move(*m)));
}

void ParticipationController::close(const QString& note)
{
    queue(QStringLiteral("close"),
        sync::makeCloseParticipation(m_participationId.toStdString(), note.trimmed().toStdString()));
}

void ParticipationController::acceptSiteVisits(const QString& contact)
{
    if (m_busy || bridge() == nullptr)
        return;
    const std::string caseId = m_details.value(QStringLiteral("caseId")).toString().toStdString();
    if (caseId.empty()) {
        setError(tr("The case draft arrives with the next sync."));
        return;
    }
    const std::string desk = contact.trimmed().toStdString();
    setBusy(true);
    setError({});
    bridge()->run<std::optional<Mutation>>(
        this,
        [caseId, desk](DeviceContext& context) -> std::optional<Mutation> {
            if (context.store == nullptr)
                return std::nullopt;
            auto found = context.store->cases().find(caseId);
            if (!found || !*found)
                return std::nullopt;
            GoodPracticeCase values;
            *values.mutable_site_visit() = (*found)->site_visit();
            values.mutable_site_visit()->set_accepts_visits(true);
            if (!desk.empty())
                values.mutable_site_visit()->set_contact(desk);
            return sync::makeCaseEdit(caseId, (*found)->revision(), { "site_visit" }, values);
        },
        [this](std::optional<Mutation> m) {
            setBusy(false);
            if (!m) {
                setError(tr("The case draft arrives with the next sync."));
                return;
            }
            queue(QStringLiteral("siteVisits"), std::move(*m));
        });
}

void ParticipationController::queue(const QString& what, Mutation mutation)
{
    if (m_participationId.isEmpty() || m_busy)
        return;
    setBusy(true);
    setError({});
    queueMutation(bridge(), this, std::move(mutation), [this, what](const QString& error) {
        setBusy(false);
        setError(error);
        if (!error.isEmpty())
            return;
        if (what == QStringLiteral("visit") && !m_attachments.empty()) {
            m_attachments.clear(); // they went with the visit log
            Q_EMIT attachmentsChanged();
        }
        Q_EMIT queued(what);
    });
}

void ParticipationController::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void ParticipationController::setError(const QString& text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

} // namespace yk::app
