#include "adoption_controller.h"

#include "effect_report.h"
#include "engine_bridge.h"
#include "follow_up_text.h"
#include "mutation_queue.h"
#include "participation_controller.h"
#include "record_text.h"

#include "engine/mutations.h"
#include "store/record_repository.h"
#include "store/store.h"
#include "yokoten/v1/equipment.pb.h"
#include "yokoten/v1/organisation.pb.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace yk::app {

using namespace yokoten::v1;

namespace {

bool rowEmpty(const QVariantMap& row)
{
    for (const char* key : { "value", "measuredOn", "source", "label" })
        if (!row.value(QLatin1String(key)).toString().trimmed().isEmpty())
            return false;
    return true;
}

QString kpisText(const AdoptionCheckIn& k)
{
    QStringList parts;
    for (const auto& m : k.kpis())
        parts << QStringLiteral("%1 %2 %3 (%4 · %5)")
                     .arg(measureItemText(m.item(), m.label()), QString::number(m.value(), 'g', 8),
                         unitText(m.unit()), qs(m.measured_on()), qs(m.source()));
    return parts.join(QLatin1Char('\n'));
}

} // namespace

QVariantMap readAdoptionDetails(DeviceContext& context, const std::string& adoptionId, const QDate& today)
{
    QVariantMap d;
    if (context.store == nullptr || adoptionId.empty())
        return d;
    auto& records = context.store->records();
    auto found = records.find<Adoption>(adoptionId);
    if (!found || !*found)
        return d;
    const Adoption& a = **found;
    d[QStringLiteral("loaded")] = true;
    QString label = qs(a.label());
    if (label.isEmpty() && !a.model_id().empty())
        if (auto model = records.find<EquipmentModel>(a.model_id()); model && *model)
            label = qs((*model)->name());
    d[QStringLiteral("label")] = label;
    QString facility = qs(a.organisation_name());
    if (facility.isEmpty())
        if (auto org = records.find<Organisation>(a.organisation_id()); org && *org)
            facility = qs((*org)->name());
    d[QStringLiteral("facility")] = facility;
    d[QStringLiteral("organisationId")] = qs(a.organisation_id());
    d[QStringLiteral("adoptedText")] = formatWireDate(a.adopted_on());
    d[QStringLiteral("funding")] = qs(a.funding_source());
    d[QStringLiteral("fundingFiscalYear")] = a.funding_fiscal_year();
    d[QStringLiteral("purpose")] = qs(a.purpose());
    d[QStringLiteral("syncText")] = syncStateText(context, RECORD_KIND_ADOPTION, a.id(), nullptr);
    const domain::Date day = toDomainDate(today);
    const AdoptionStanding s = adoptionStanding(a, day);
    d[QStringLiteral("stalled")] = s.stalled;
    d[QStringLiteral("noLongerUsed")] = s.noLongerUsed;
    d[QStringLiteral("nextMonthsAfter")] = s.nextMonthsAfter.value_or(0);
    d[QStringLiteral("answerNow")] = s.answerNow();
    QVariantList checkIns;
    for (const auto& k : a.check_ins()) {
        const auto due = domain::Date::parse(k.due_date());
        const auto standing
            = due ? domain::standingOf(*due, isAnswered(k), day) : domain::CheckInStanding::Later;
        const bool answered = isAnswered(k);
        checkIns.push_back(QVariantMap { { QStringLiteral("monthsAfter"), k.months_after() },
            { QStringLiteral("monthsText"), monthsAfterText(k.months_after()) },
            { QStringLiteral("dueText"), formatWireDate(k.due_date()) },
            { QStringLiteral("standingText"), standingText(standing) },
            { QStringLiteral("overdue"), standing == domain::CheckInStanding::Overdue },
            { QStringLiteral("answered"), answered },
            { QStringLiteral("pending"), answered && !k.has_answered_at() },
            { QStringLiteral("useText"), answered ? adoptionUseText(k.use()) : QString() },
            { QStringLiteral("staffUsing"), k.staff_using() },
            { QStringLiteral("obstacles"), qs(k.obstacles()) },
            { QStringLiteral("kpisText"), kpisText(k) } });
    }
    d[QStringLiteral("checkIns")] = checkIns;
    return d;
}

AdoptionController::AdoptionController(QObject* parent)
    : StoreController(parent)
    , m_outputDirectory(QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                            .filePath(QStringLiteral("certificates")))
{
}

void AdoptionController::setAdoptionId(const QString& id)
{
    if (id == m_adoptionId)
        return;
    m_adoptionId = id;
    Q_EMIT adoptionIdChanged();
    reload();
}

void AdoptionController::setOutputDirectory(const QString& directory)
{
    if (directory == m_outputDirectory)
        return;
    m_outputDirectory = directory;
    Q_EMIT outputDirectoryChanged();
}

int AdoptionController::currentFiscalYear() const
{
    return fiscalYearOf(todayInJapan());
}

void AdoptionController::reload()
{
    if (bridge() == nullptr || m_adoptionId.isEmpty())
        return;
    const std::string id = m_adoptionId.toStdString();
    const QDate today = todayInJapan();
    bridge()->run<QVariantMap>(
        this, [id, today](DeviceContext& context) { return readAdoptionDetails(context, id, today); },
        [this, id](const QVariantMap& details) {
            if (id != m_adoptionId.toStdString())
                return;
            m_details = details;
            Q_EMIT detailsChanged();
        });
}

QString AdoptionController::adoptionProblem(const QVariantMap& f)
{
    if (f.value(QStringLiteral("label")).toString().trimmed().isEmpty())
        return tr("Please write what was adopted, for example the device and how many.");
    const QString on = f.value(QStringLiteral("adoptedOn")).toString();
    if (on.size() != 10 || !QDate::fromString(on, Qt::ISODate).isValid())
        return tr("Please give the date it was adopted.");
    return {};
}

QString AdoptionController::checkInProblem(int use, const QString& staffUsing, const QVariantList& kpis)
{
    if (use != ADOPTION_USE_IN_USE && use != ADOPTION_USE_PARTLY && use != ADOPTION_USE_NO_LONGER_USED)
        return tr("Please say whether it is still in use.");
    bool number = true;
    const int staff = staffUsing.trimmed().isEmpty() ? 0 : staffUsing.trimmed().toInt(&number);
    if (!number || staff < 0)
        return tr("Please give the number of staff using it as a number.");
    for (const auto& v : kpis) {
        const QVariantMap row = v.toMap();
        if (rowEmpty(row))
            continue;
        const QString problem = ParticipationController::measurementProblem(
            row.value(QStringLiteral("item")).toInt(), row.value(QStringLiteral("label")).toString(),
            MEASURE_PHASE_AFTER, row.value(QStringLiteral("value")).toString(),
            row.value(QStringLiteral("measuredOn")).toString(),
            row.value(QStringLiteral("source")).toString());
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

void AdoptionController::record(const QVariantMap& f)
{
    if (m_busy)
        return;
    if (const QString problem = adoptionProblem(f); !problem.isEmpty()) {
        setError(problem);
        return;
    }
    std::string organisation = f.value(QStringLiteral("organisationId")).toString().toStdString();
    if (organisation.empty())
        organisation = organisationId();
    if (organisation.empty()) {
        setError(tr("Sign in with your facility's account to record an adoption."));
        return;
    }
    Adoption a;
    a.set_organisation_id(organisation);
    a.set_label(f.value(QStringLiteral("label")).toString().trimmed().toStdString());
    a.set_adopted_on(f.value(QStringLiteral("adoptedOn")).toString().toStdString());
    a.set_model_id(f.value(QStringLiteral("modelId")).toString().toStdString());
    a.set_funding_source(f.value(QStringLiteral("fundingSource")).toString().trimmed().toStdString());
    a.set_funding_fiscal_year(f.value(QStringLiteral("fundingFiscalYear")).toInt());
    a.set_purpose(f.value(QStringLiteral("purpose")).toString().trimmed().toStdString());
    Mutation m = sync::makeRecordAdoption(std::move(a));
    const QString id = qs(m.record_adoption().adoption().id());
    setBusy(true);
    setError({});
    queueMutation(bridge(), this, std::move(m), [this, id](const QString& error) {
        finish(error);
        if (error.isEmpty())
            Q_EMIT recorded(id);
    });
}

void AdoptionController::answerCheckIn(
    int monthsAfter, int use, const QString& staffUsing, const QString& obstacles, const QVariantList& kpis)
{
    if (m_busy || m_adoptionId.isEmpty())
        return;
    if (const QString problem = checkInProblem(use, staffUsing, kpis); !problem.isEmpty()) {
        setError(problem);
        return;
    }
    AdoptionCheckIn k;
    k.set_months_after(monthsAfter);
    k.set_use(static_cast<AdoptionUse>(use));
    k.set_staff_using(staffUsing.trimmed().toInt());
    k.set_obstacles(obstacles.trimmed().toStdString());
    for (const auto& v : kpis) {
        const QVariantMap row = v.toMap();
        if (rowEmpty(row))
            continue;
        if (auto m = ParticipationController::toMeasurement(row.value(QStringLiteral("item")).toInt(),
                row.value(QStringLiteral("label")).toString(), MEASURE_PHASE_AFTER,
                row.value(QStringLiteral("value")).toString(),
                row.value(QStringLiteral("measuredOn")).toString(),
                row.value(QStringLiteral("source")).toString()))
            *k.add_kpis() = *m;
    }
    const std::string id = m_adoptionId.toStdString();
    auto check = [id, monthsAfter](DeviceContext& context) -> QString {
        auto found = context.store->records().find<Adoption>(id);
        if (!found || !*found)
            return QCoreApplication::translate("AdoptionController", "This adoption is not on this device.");
        for (const auto& k : (*found)->check_ins())
            if (k.months_after() == monthsAfter)
                return {};
        return QCoreApplication::translate(
            "AdoptionController", "This check-in is not in the adoption's schedule.");
    };
    setBusy(true);
    setError({});
    queueMutation(
        bridge(), this, sync::makeAnswerAdoptionCheckIn(id, std::move(k)),
        [this](const QString& error) {
            finish(error);
            if (error.isEmpty())
                Q_EMIT answered();
        },
        std::move(check));
}

void AdoptionController::startFollowUp(const QString& question)
{
    if (m_busy || bridge() == nullptr || m_adoptionId.isEmpty())
        return;
    const std::string id = m_adoptionId.toStdString();
    const std::string text = question.trimmed().isEmpty()
        ? tr("Follow-up after adoption: how is it going, and what would help?").toStdString()
        : question.trimmed().toStdString();
    setBusy(true);
    setError({});
    bridge()->run<std::optional<Mutation>>(
        this,
        [id, text](DeviceContext& context) -> std::optional<Mutation> {
            if (context.store == nullptr)
                return std::nullopt;
            auto found = context.store->records().find<Adoption>(id);
            if (!found || !*found)
                return std::nullopt;
            return sync::makeFollowUpConsultation(**found, text);
        },
        [this](std::optional<Mutation> m) {
            if (!m) {
                finish(tr("This adoption is not on this device."));
                return;
            }
            const QString consultation = qs(m->open_consultation().consultation().id());
            queueMutation(bridge(), this, std::move(*m), [this, consultation](const QString& error) {
                finish(error);
                if (error.isEmpty())
                    Q_EMIT consultationOpened(consultation);
            });
        });
}

void AdoptionController::writeEffectReport(int fiscalYear)
{
    if (m_busy || bridge() == nullptr)
        return;
    const std::string adoption = fiscalYear > 0 ? std::string() : m_adoptionId.toStdString();
    // The adoption's facility when one is open (centre staff print a facility's report).
    const QString shown = m_details.value(QStringLiteral("organisationId")).toString();
    const std::string organisation = shown.isEmpty() ? organisationId() : shown.toStdString();
    const QString directory = m_outputDirectory;
    struct Written {
        QString pdf;
        QString csv;
        QString error;
    };
    setBusy(true);
    setError({});
    bridge()->run<Written>(
        this,
        [=](DeviceContext& context) -> Written {
            if (context.store == nullptr)
                return { {}, {}, QCoreApplication::translate("MutationQueue", "The store is not open.") };
            auto content = EffectReport::read(
                *context.store, organisation, adoption, fiscalYear, QDateTime::currentDateTimeUtc());
            if (!content)
                return { {}, {},
                    QCoreApplication::translate(
                        "AdoptionController", "There is no adoption to report for that year.") };
            const QString base = QDir(directory).filePath(EffectReport::baseName(*content));
            Written w { base + QStringLiteral(".pdf"), base + QStringLiteral(".csv"), {} };
            w.error = EffectReport::writePdf(*content, w.pdf);
            if (w.error.isEmpty())
                w.error = EffectReport::writeCsv(*content, w.csv);
            return w;
        },
        [this](const Written& w) {
            finish(w.error);
            if (w.error.isEmpty())
                Q_EMIT reportWritten(w.pdf, w.csv);
        });
}

void AdoptionController::finish(const QString& error)
{
    setBusy(false);
    setError(error);
}

void AdoptionController::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void AdoptionController::setError(const QString& text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

} // namespace yk::app
