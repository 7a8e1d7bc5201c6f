#include "inbox_controller.h"

#include "engine_bridge.h"
#include "facility_list_model.h"
#include "mutation_queue.h"
#include "record_text.h"
#include "visitor_inbox_model.h"

#include "engine/mutations.h"
#include "store/record_repository.h"
#include "store/store.h"
#include "yokoten/v1/equipment.pb.h"
#include "yokoten/v1/organisation.pb.h"

#include <QCoreApplication>

namespace yk::app {

using namespace yokoten::v1;

namespace {

struct EntryRead {
    QVariantMap entry;
    QVariantList matches;
};

} // namespace

InboxController::InboxController(QObject* parent)
    : StoreController(parent)
{
}

void InboxController::setEntryId(const QString& id)
{
    if (id == m_entryId)
        return;
    m_entryId = id;
    Q_EMIT entryIdChanged();
    reload();
}

QString InboxController::preselectedId() const
{
    return m_matches.size() == 1 ? m_matches.front().toMap().value(QStringLiteral("id")).toString()
                                 : QString();
}

QString InboxController::preselectedName() const
{
    return m_matches.size() == 1 ? m_matches.front().toMap().value(QStringLiteral("name")).toString()
                                 : QString();
}

void InboxController::reload()
{
    if (bridge() == nullptr || m_entryId.isEmpty())
        return;
    const std::string id = m_entryId.toStdString();
    const std::string organisation = organisationId();
    bridge()->run<EntryRead>(
        this,
        [id, organisation](DeviceContext& context) -> EntryRead {
            EntryRead read;
            if (context.store == nullptr)
                return read;
            auto& records = context.store->records();
            auto found = records.find<VisitorEntry>(id);
            if (!found || !*found)
                return read;
            const VisitorEntry& e = **found;
            InboxRow row;
            row.entry = e;
            if (auto model = records.find<EquipmentModel>(e.model_id()); model && *model)
                row.modelName = qs((*model)->name());
            if (auto org = records.find<Organisation>(e.matched_org_id()); org && *org)
                row.facilityName = qs((*org)->name());
            syncStateText(context, RECORD_KIND_VISITOR_ENTRY, e.id(), &row.pending);
            read.entry = {
                { QStringLiteral("kind"), e.kind() },
                { QStringLiteral("kindText"), VisitorInboxModel::kindText(e.kind()) },
                { QStringLiteral("visitorName"), qs(e.visitor_name()) },
                { QStringLiteral("visitorOrganisation"), qs(e.visitor_organisation()) },
                { QStringLiteral("modelName"), row.modelName },
                { QStringLiteral("datesText"),
                    e.from_date().empty()
                        ? QString()
                        : QCoreApplication::translate("yk::app::VisitorInboxModel", "%1 to %2")
                              .arg(formatWireDate(e.from_date()), formatWireDate(e.to_date())) },
                { QStringLiteral("handled"), e.outcome() != VISITOR_ENTRY_OUTCOME_UNSPECIFIED },
                { QStringLiteral("outcomeText"), VisitorInboxModel::outcomeText(row) },
            };
            for (const auto& f :
                matchFacilities(qs(e.visitor_organisation()), readFacilities(context, organisation)))
                read.matches.push_back(
                    QVariantMap { { QStringLiteral("id"), f.id }, { QStringLiteral("name"), f.name } });
            return read;
        },
        [this, id](const EntryRead& read) {
            if (id != m_entryId.toStdString())
                return;
            m_entry = read.entry;
            m_matches = read.matches;
            Q_EMIT entryChanged();
        });
}

void InboxController::makeLoan(const QString& organisationId, const QString& purpose)
{
    handle(Outcome::Loan, organisationId, 0, purpose);
}

void InboxController::makeConsultation(const QString& organisationId, int topic)
{
    handle(Outcome::Consultation, organisationId, topic, {});
}

void InboxController::markHandled(const QString& organisationId)
{
    handle(Outcome::Noted, organisationId, 0, {});
}

void InboxController::handle(
    Outcome outcome, const QString& organisationId, int topic, const QString& purpose)
{
    if (m_busy || bridge() == nullptr || m_entryId.isEmpty())
        return;
    if (outcome != Outcome::Noted && organisationId.isEmpty()) {
        setError(tr("Choose the facility."));
        return;
    }
    if (outcome == Outcome::Consultation
        && (!ConsultationTopic_IsValid(topic) || topic == CONSULTATION_TOPIC_UNSPECIFIED)) {
        setError(tr("Choose what the consultation is about."));
        return;
    }
    m_busy = true;
    Q_EMIT busyChanged();
    setError({});
    // The builders take the stored entry (model, dates, contact): read it on the engine thread.
    const std::string entryId = m_entryId.toStdString();
    const std::string organisation = organisationId.toStdString();
    const std::string why = purpose.trimmed().toStdString();
    struct Built {
        std::optional<Mutation> mutation;
        QString error;
    };
    bridge()->run<Built>(
        this,
        [=](DeviceContext& context) -> Built {
            if (context.store == nullptr)
                return { std::nullopt,
                    QCoreApplication::translate("MutationQueue", "The store is not open.") };
            auto found = context.store->records().find<VisitorEntry>(entryId);
            if (!found || !*found)
                return { std::nullopt, tr("This entry is not on this device.") };
            const VisitorEntry& e = **found;
            if (e.outcome() != VISITOR_ENTRY_OUTCOME_UNSPECIFIED)
                return { std::nullopt, tr("This entry has already been handled.") };
            switch (outcome) {
            case Outcome::Loan:
                if (e.kind() != VISITOR_ENTRY_KIND_LOAN_REQUEST || e.model_id().empty())
                    return { std::nullopt, tr("Only a loan wish can become a loan request.") };
                return { sync::makeLoanFromVisitorEntry(e, organisation, why), {} };
            case Outcome::Consultation:
                return { sync::makeConsultationFromVisitorEntry(
                             e, organisation, static_cast<ConsultationTopic>(topic), {}),
                    {} };
            case Outcome::Noted:
                return { sync::makeNoteVisitorEntry(e.id(), organisation), {} };
            }
            return {};
        },
        [this, outcome](Built built) {
            if (!built.mutation) {
                m_busy = false;
                Q_EMIT busyChanged();
                setError(built.error);
                return;
            }
            const auto& op = built.mutation->handle_visitor_entry();
            const QString made = outcome == Outcome::Loan ? qs(op.loan().id())
                : outcome == Outcome::Consultation        ? qs(op.consultation().id())
                                                          : QString();
            const QString what = outcome == Outcome::Loan ? QStringLiteral("loan")
                : outcome == Outcome::Consultation        ? QStringLiteral("consultation")
                                                          : QStringLiteral("noted");
            queueMutation(
                bridge(), this, std::move(*built.mutation), [this, what, made](const QString& error) {
                    m_busy = false;
                    Q_EMIT busyChanged();
                    setError(error);
                    if (error.isEmpty())
                        Q_EMIT handled(what, made);
                });
        });
}

void InboxController::setError(const QString& text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

} // namespace yk::app
