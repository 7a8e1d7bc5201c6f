#include "support_record_model.h"

#include "engine_bridge.h"
#include "follow_up_text.h"
#include "record_text.h"

#include "store/record_repository.h"
#include "store/store.h"
#include "yokoten/v1/assessment.pb.h"
#include "yokoten/v1/consultation.pb.h"
#include "yokoten/v1/equipment.pb.h"
#include "yokoten/v1/seminar.pb.h"
#include "yokoten/v1/visitor.pb.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>

namespace yk::app {

using namespace yokoten::v1;

namespace {

QString firstLine(const std::string& text)
{
    const QString all = qs(text).trimmed();
    const QString line = all.section(QLatin1Char('\n'), 0, 0);
    return line.size() > 80 ? line.left(79) + QStringLiteral("…") : line;
}

QString entryKindText(int kind)
{
    switch (kind) {
    case VISITOR_ENTRY_KIND_VISIT:
        return QCoreApplication::translate("SupportRecord", "Visit at an exhibition");
    case VISITOR_ENTRY_KIND_LOAN_REQUEST:
        return QCoreApplication::translate("SupportRecord", "Loan wish at an exhibition");
    case VISITOR_ENTRY_KIND_EXHIBITION_QUESTIONNAIRE:
        return QCoreApplication::translate("SupportRecord", "Exhibition questionnaire");
    case VISITOR_ENTRY_KIND_SEMINAR_QUESTIONNAIRE:
        return QCoreApplication::translate("SupportRecord", "Seminar questionnaire");
    default:
        return {};
    }
}

} // namespace

std::vector<SupportEvent> readSupportRecord(
    store::Store& store, const std::string& organisationId, bool centreView)
{
    std::vector<SupportEvent> events;
    if (organisationId.empty())
        return events;
    auto& records = store.records();
    if (auto consultations = records.consultationsOf(organisationId))
        for (const auto& c : *consultations)
            events.push_back({ SupportEvent::Kind::Consultation, toDateTime(c.opened_at()),
                QCoreApplication::translate("SupportRecord", "Consultation: %1")
                    .arg(consultationTopicText(c.topic())),
                consultationStateText(c.state()) + QStringLiteral(" · ") + firstLine(c.question()),
                qs(c.id()) });

    // Sign-ups and attendance: per session (an index look-up each; a prefecture has tens).
    auto sessions = records.all<SeminarSession>();
    auto seminars = records.all<Seminar>();
    std::map<std::string, std::string> seminarTitle;
    if (seminars)
        for (const auto& s : *seminars)
            seminarTitle[s.id()] = s.title();
    if (sessions) {
        for (const auto& session : *sessions) {
            auto registrations = records.registrationsOfSession(session.id());
            if (!registrations)
                continue;
            std::map<std::string, const Registration*> ours;
            for (const auto& r : *registrations)
                if (r.organisation_id() == organisationId)
                    ours[r.id()] = &r;
            if (ours.empty())
                continue;
            const QString title = qs(seminarTitle[session.seminar_id()]);
            for (const auto& [id, r] : ours)
                events.push_back({ SupportEvent::Kind::SignUp, toDateTime(r->requested_at()),
                    QCoreApplication::translate("SupportRecord", "Seminar sign-up: %1").arg(title),
                    qs(r->attendee_name()) + QStringLiteral(" · ")
                        + registrationStatusText(r->status(), r->waitlist_position()),
                    qs(session.id()) });
            if (auto checkIns = records.checkInsOfSession(session.id()))
                for (const auto& c : *checkIns) {
                    const auto r = ours.find(c.registration_id());
                    if (r == ours.end() || c.result() != CHECK_IN_RESULT_ACCEPTED)
                        continue;
                    events.push_back({ SupportEvent::Kind::Attendance, toDateTime(c.checked_in_at()),
                        QCoreApplication::translate("SupportRecord", "Attended: %1").arg(title),
                        qs(r->second->attendee_name()), qs(session.id()) });
                }
        }
    }

    if (auto loans = records.loansRequestedBy(organisationId)) {
        std::map<std::string, std::string> modelName;
        if (auto models = records.all<EquipmentModel>())
            for (const auto& m : *models)
                modelName[m.id()] = m.name();
        for (const auto& l : *loans) {
            const QString model = qs(modelName[l.model_id()]);
            events.push_back({ SupportEvent::Kind::Loan, toDateTime(l.requested_at()),
                QCoreApplication::translate("SupportRecord", "Trial loan: %1").arg(model),
                QCoreApplication::translate("SupportRecord", "%1 to %2")
                        .arg(formatWireDate(l.from_date()), formatWireDate(l.to_date()))
                    + QStringLiteral(" · ") + loanStateText(l.state()),
                qs(l.id()) });
            if (l.has_report() && l.report().usefulness() > 0)
                events.push_back({ SupportEvent::Kind::LoanReport, toDateTime(l.report().submitted_at()),
                    QCoreApplication::translate("SupportRecord", "Loan result report: %1").arg(model),
                    QCoreApplication::translate("SupportRecord", "Usefulness %1 of 5")
                            .arg(l.report().usefulness())
                        + (l.report().plans_to_adopt() ? QStringLiteral(" · ")
                                    + QCoreApplication::translate("SupportRecord", "plans to adopt")
                                                       : QString()),
                    qs(l.id()) });
        }
    }

    if (auto responses = records.responsesOfOrganisation(organisationId))
        for (const auto& r : *responses)
            if (r.state() == RESPONSE_STATE_SUBMITTED)
                events.push_back({ SupportEvent::Kind::SelfAssessment, toDateTime(r.submitted_at()),
                    QCoreApplication::translate("SupportRecord", "Self-assessment submitted"), {},
                    qs(r.id()) });

    // Support programmes it applied to, and what it adopted with the state of its check-ins.
    if (auto participations = records.participationsOf(organisationId))
        for (const auto& p : *participations) {
            QString programme;
            if (auto found = records.find<SupportProgramme>(p.programme_id()); found && *found)
                programme = qs((*found)->title());
            QString detail = participationStateText(p.state());
            if (p.state() == PARTICIPATION_STATE_CHOSEN && p.current_step() != IMPROVEMENT_STEP_UNSPECIFIED)
                detail += QStringLiteral(" · ") + improvementStepText(p.current_step());
            detail += QStringLiteral(" · ")
                + QCoreApplication::translate("SupportRecord", "%1 visit logs").arg(p.visits_size());
            events.push_back({ SupportEvent::Kind::Programme, toDateTime(p.applied_at()),
                QCoreApplication::translate("SupportRecord", "Support programme: %1").arg(programme), detail,
                qs(p.id()) });
        }
    if (auto adoptions = records.adoptionsOf(organisationId)) {
        const domain::Date today = toDomainDate(todayInJapan());
        for (const auto& a : *adoptions) {
            const AdoptionStanding s = adoptionStanding(a, today);
            QString detail = s.noLongerUsed ? QCoreApplication::translate("SupportRecord", "no longer used")
                : s.nextMonthsAfter
                ? monthsAfterText(*s.nextMonthsAfter) + QStringLiteral(" · ") + standingText(s.next)
                : QCoreApplication::translate("SupportRecord", "every check-in answered");
            const QDate adopted = QDate::fromString(qs(a.adopted_on()), Qt::ISODate);
            events.push_back({ SupportEvent::Kind::Adoption,
                a.has_created_at() ? toDateTime(a.created_at())
                                   : QDateTime(adopted, QTime(12, 0), japanTime()),
                QCoreApplication::translate("SupportRecord", "Adopted: %1").arg(qs(a.label())), detail,
                qs(a.id()) });
        }
    }

    // What a facility's people typed at a kiosk is the centre's to see.
    if (centreView)
        if (auto entries = records.visitorEntriesMatchedTo(organisationId))
            for (const auto& e : *entries)
                events.push_back({ SupportEvent::Kind::KioskEntry, toDateTime(e.entered_at()),
                    entryKindText(e.kind()), qs(e.visitor_name()), qs(e.id()) });

    std::stable_sort(events.begin(), events.end(),
        [](const SupportEvent& a, const SupportEvent& b) { return a.at > b.at; });
    return events;
}

SupportRecordModel::SupportRecordModel(QObject* parent)
    : StoreListModel(parent)
{
}

void SupportRecordModel::setOrganisationId(const QString& id)
{
    if (id == m_organisationId)
        return;
    m_organisationId = id;
    Q_EMIT organisationIdChanged();
    reload();
}

QString SupportRecordModel::kindKey(SupportEvent::Kind kind)
{
    switch (kind) {
    case SupportEvent::Kind::Consultation:
        return QStringLiteral("consultation");
    case SupportEvent::Kind::SignUp:
        return QStringLiteral("signUp");
    case SupportEvent::Kind::Attendance:
        return QStringLiteral("attendance");
    case SupportEvent::Kind::Loan:
        return QStringLiteral("loan");
    case SupportEvent::Kind::LoanReport:
        return QStringLiteral("loanReport");
    case SupportEvent::Kind::KioskEntry:
        return QStringLiteral("kioskEntry");
    case SupportEvent::Kind::SelfAssessment:
        return QStringLiteral("selfAssessment");
    case SupportEvent::Kind::Programme:
        return QStringLiteral("programme");
    case SupportEvent::Kind::Adoption:
        return QStringLiteral("adoption");
    }
    return {};
}

QVariant SupportRecordModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SupportEvent& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return row.title;
    case KindRole:
        return kindKey(row.kind);
    case KindTextRole:
        switch (row.kind) {
        case SupportEvent::Kind::Consultation:
            return tr("Consultation");
        case SupportEvent::Kind::SignUp:
            return tr("Sign-up");
        case SupportEvent::Kind::Attendance:
            return tr("Attendance");
        case SupportEvent::Kind::Loan:
        case SupportEvent::Kind::LoanReport:
            return tr("Loan");
        case SupportEvent::Kind::KioskEntry:
            return tr("Kiosk");
        case SupportEvent::Kind::SelfAssessment:
            return tr("Self-assessment");
        case SupportEvent::Kind::Programme:
            return tr("Programme");
        case SupportEvent::Kind::Adoption:
            return tr("Adoption");
        }
        return {};
    case WhenTextRole:
        return row.at.isValid() ? formatDateTime(row.at) : tr("Waiting to send");
    case DetailRole:
        return row.detail;
    case RecordIdRole:
        return row.recordId;
    default:
        return {};
    }
}

QHash<int, QByteArray> SupportRecordModel::roleNames() const
{
    return {
        { KindRole, "kind" },
        { KindTextRole, "kindText" },
        { WhenTextRole, "whenText" },
        { TitleRole, "title" },
        { DetailRole, "detail" },
        { RecordIdRole, "recordId" },
    };
}

void SupportRecordModel::reload()
{
    if (bridge() == nullptr)
        return;
    const std::string organisation
        = m_organisationId.isEmpty() ? organisationId() : m_organisationId.toStdString();
    const SessionManager* session = sessionManager();
    const bool centreView = session != nullptr && session->centreStaff();
    fetch<SupportEvent>(m_rows, [=](DeviceContext& context) {
        if (context.store == nullptr)
            return std::vector<SupportEvent> {};
        return readSupportRecord(*context.store, organisation, centreView);
    });
}

} // namespace yk::app
