#include "check_in_list_model.h"

#include "app_settings.h"
#include "record_text.h"

#include "engine/sync_engine.h"
#include "store/record_repository.h"
#include "store/store.h"
#include "yokoten/v1/seminar.pb.h"

#include <algorithm>
#include <map>

namespace yk::app {

using namespace yokoten::v1;

CheckInListModel::CheckInListModel(QObject* parent)
    : SessionScopedModel(parent)
{
}

int CheckInListModel::duplicateCount() const
{
    return static_cast<int>(
        std::count_if(m_rows.begin(), m_rows.end(), [](const Row& r) { return r.result == Duplicate; }));
}

QString CheckInListModel::resultText(Result result)
{
    switch (result) {
    case Pending:
        return AppSettings::pick("送信待ち", "Waiting to send");
    case Accepted:
        return AppSettings::pick("受付済み", "Checked in");
    case Duplicate:
        return AppSettings::pick("二重受付", "Duplicate");
    case Invalid:
        return AppSettings::pick("無効", "Not valid");
    }
    return {};
}

QVariant CheckInListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case AttendeeRole:
        return row.attendee;
    case CheckInIdRole:
        return row.id;
    case RegistrationIdRole:
        return row.registrationId;
    case CheckedInAtTextRole:
        return formatDateTime(row.checkedInAt);
    case ResultRole:
        return row.result;
    case ResultTextRole:
        return row.refusal.isEmpty() ? resultText(row.result) : row.refusal;
    case ThisDeviceRole:
        return row.thisDevice;
    default:
        return {};
    }
}

QHash<int, QByteArray> CheckInListModel::roleNames() const
{
    return {
        { CheckInIdRole, "checkInId" },
        { RegistrationIdRole, "registrationId" },
        { AttendeeRole, "attendee" },
        { CheckedInAtTextRole, "checkedInAtText" },
        { ResultRole, "result" },
        { ResultTextRole, "resultText" },
        { ThisDeviceRole, "thisDevice" },
    };
}

void CheckInListModel::reload()
{
    const std::string sessionId = sessionToRead();
    if (sessionId.empty())
        return;
    fetch<Row>(m_rows, [sessionId](DeviceContext& context) {
        std::vector<Row> rows;
        if (context.store == nullptr)
            return rows;
        auto checkIns = context.store->records().checkInsOfSession(sessionId);
        auto registrations = context.store->records().registrationsOfSession(sessionId);
        if (!checkIns || !registrations)
            return rows;
        std::map<std::string, QString> names;
        for (const auto& r : *registrations)
            names[r.id()] = qs(r.attendee_name());
        std::string deviceId;
        if (context.engine != nullptr)
            if (auto account = context.engine->account())
                deviceId = account->device_id();
        for (const auto& c : *checkIns) {
            Row row;
            row.id = qs(c.id());
            row.registrationId = qs(c.registration_id());
            if (auto name = names.find(c.registration_id()); name != names.end())
                row.attendee = name->second;
            row.checkedInAt = toDateTime(c.checked_in_at());
            row.thisDevice = !deviceId.empty() && c.device_id() == deviceId;
            switch (c.result()) {
            case CHECK_IN_RESULT_ACCEPTED:
                row.result = Accepted;
                break;
            case CHECK_IN_RESULT_DUPLICATE:
                row.result = Duplicate;
                break;
            case CHECK_IN_RESULT_INVALID:
                row.result = Invalid;
                break;
            default: {
                // Not answered yet, or the server refused the event itself.
                bool pending = false;
                const QString text = syncStateText(context, RECORD_KIND_CHECK_IN, c.id(), &pending);
                row.result = pending || text.isEmpty() ? Pending : Invalid;
                if (row.result == Invalid)
                    row.refusal = text;
            }
            }
            rows.push_back(std::move(row));
        }
        std::stable_sort(rows.begin(), rows.end(),
            [](const Row& a, const Row& b) { return a.checkedInAt > b.checkedInAt; });
        return rows;
    });
}

} // namespace yk::app
