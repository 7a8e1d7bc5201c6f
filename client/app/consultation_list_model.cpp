#include "consultation_list_model.h"

#include "engine_bridge.h"
#include "record_text.h"
#include "session_manager.h"

#include "store/record_repository.h"
#include "store/store.h"
#include "yokoten/v1/consultation.pb.h"
#include "yokoten/v1/organisation.pb.h"
#include "yokoten/v1/record.pb.h"

#include <map>

namespace yk::app {

using namespace yokoten::v1;

bool matches(const ConsultationRow& row, const ConsultationFilter& filter)
{
    if (filter.state == 0 && row.state == CONSULTATION_STATE_CLOSED)
        return false;
    if (filter.state > 0 && row.state != filter.state)
        return false;
    if (filter.topic > 0 && row.topic != filter.topic)
        return false;
    // Full-width and half-width typed names match (ｻｸﾗ, さくら): both sides NFKC-folded.
    const QString typed = filter.facilityText.normalized(QString::NormalizationForm_KC).trimmed();
    return typed.isEmpty()
        || row.facility.normalized(QString::NormalizationForm_KC).contains(typed, Qt::CaseInsensitive);
}

std::vector<ConsultationRow> readConsultations(
    DeviceContext& context, const std::string& organisationId, const ConsultationFilter& filter)
{
    std::vector<ConsultationRow> rows;
    if (context.store == nullptr)
        return rows;
    auto& records = context.store->records();
    auto consultations = organisationId.empty() ? records.consultationsNewestFirst()
                                                : records.consultationsOf(organisationId);
    if (!consultations)
        return rows;
    std::map<std::string, QString> names;
    for (const auto& c : *consultations) {
        auto name = names.find(c.organisation_id());
        if (name == names.end()) {
            auto found = records.find<Organisation>(c.organisation_id());
            name = names.emplace(c.organisation_id(), found && *found ? qs((*found)->name()) : QString())
                       .first;
        }
        ConsultationRow row;
        row.id = qs(c.id());
        row.organisationId = qs(c.organisation_id());
        row.facility = name->second;
        row.topic = c.topic();
        row.channel = c.channel();
        row.state = c.state();
        row.openedAt = toDateTime(c.opened_at());
        row.question = qs(c.question()).section(QLatin1Char('\n'), 0, 0);
        row.followUpDate = qs(c.follow_up_date());
        row.messages = c.messages_size();
        if (!matches(row, filter))
            continue;
        row.syncText = syncStateText(context, RECORD_KIND_CONSULTATION, c.id(), &row.pending);
        rows.push_back(std::move(row));
    }
    return rows;
}

ConsultationListModel::ConsultationListModel(QObject* parent)
    : StoreListModel(parent)
{
}

void ConsultationListModel::setOrganisationId(const QString& id)
{
    if (id == m_organisationId)
        return;
    m_organisationId = id;
    Q_EMIT filterChanged();
    reload();
}

void ConsultationListModel::setStateFilter(int state)
{
    if (state == m_filter.state)
        return;
    m_filter.state = state;
    Q_EMIT filterChanged();
    reload();
}

void ConsultationListModel::setTopicFilter(int topic)
{
    if (topic == m_filter.topic)
        return;
    m_filter.topic = topic;
    Q_EMIT filterChanged();
    reload();
}

void ConsultationListModel::setFacilityText(const QString& text)
{
    if (text == m_filter.facilityText)
        return;
    m_filter.facilityText = text;
    Q_EMIT filterChanged();
    reload();
}

QVariant ConsultationListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConsultationRow& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case QuestionRole:
        return row.question;
    case ConsultationIdRole:
        return row.id;
    case FacilityRole:
        return row.facility;
    case TopicTextRole:
        return consultationTopicText(row.topic);
    case ChannelTextRole:
        return consultationChannelText(row.channel);
    case StateRole:
        return row.state;
    case StateTextRole:
        return consultationStateText(row.state);
    case SyncTextRole:
        return row.syncText;
    case OpenedTextRole:
        return formatDateTime(row.openedAt);
    case FollowUpTextRole:
        return row.followUpDate.isEmpty() || row.state == CONSULTATION_STATE_CLOSED
            ? QString()
            : tr("Follow up on %1").arg(formatWireDate(row.followUpDate.toStdString()));
    case MessageCountRole:
        return row.messages;
    case PendingRole:
        return row.pending;
    case OrganisationIdRole:
        return row.organisationId;
    default:
        return {};
    }
}

QHash<int, QByteArray> ConsultationListModel::roleNames() const
{
    return {
        { ConsultationIdRole, "consultationId" },
        { FacilityRole, "facility" },
        { TopicTextRole, "topicText" },
        { ChannelTextRole, "channelText" },
        { StateRole, "consultationState" },
        { StateTextRole, "stateText" },
        { OpenedTextRole, "openedText" },
        { QuestionRole, "question" },
        { FollowUpTextRole, "followUpText" },
        { MessageCountRole, "messageCount" },
        { PendingRole, "pending" },
        { OrganisationIdRole, "organisationId" },
        { SyncTextRole, "syncText" },
    };
}

void ConsultationListModel::reload()
{
    if (bridge() == nullptr)
        return;
    // A facility reads its own; centre staff (and a device without an account) every one held.
    const SessionManager* session = sessionManager();
    const bool centreStaff = session != nullptr && session->centreStaff();
    const std::string organisation = !m_organisationId.isEmpty() ? m_organisationId.toStdString()
        : centreStaff                                            ? std::string()
                                                                 : organisationId();
    const ConsultationFilter filter = m_filter;
    fetch<ConsultationRow>(
        m_rows, [=](DeviceContext& context) { return readConsultations(context, organisation, filter); });
}

} // namespace yk::app
