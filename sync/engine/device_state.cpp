#include "device_state.h"

#include <charconv>

namespace yk::sync {

using yokoten::device::DeviceAccount;
using yokoten::device::DeviceSession;
using yokoten::device::SyncLog;

namespace {

constexpr const char* kAccountKey = "account";
constexpr const char* kSessionKey = "session";
constexpr const char* kCursorKey = "cursor";
constexpr const char* kSyncLogKey = "sync_log";
constexpr const char* kOwnerKey = "owner_user_id";

const char* keyOf(DeviceState::Counter which)
{
    switch (which) {
    case DeviceState::Counter::NextSeq:
        return "next_seq";
    case DeviceState::Counter::AckedSeq:
        return "acked_seq";
    case DeviceState::Counter::LastAppliedSeq:
        return "last_applied_seq";
    }
    return "next_seq";
}

SyncResult<std::optional<std::string>> readText(SyncRepository& tables, const char* key)
{
    auto bytes = tables.value(key);
    if (!bytes)
        return syncErrorFromStore(bytes.error());
    return std::move(*bytes);
}

SyncStatus writeText(SyncRepository& tables, const char* key, std::string_view value)
{
    if (auto status = tables.setValue(key, value); !status)
        return syncErrorFromStore(status.error());
    return {};
}

template <typename Message>
SyncResult<std::optional<Message>> readMessage(SyncRepository& tables, const char* key)
{
    auto bytes = readText(tables, key);
    if (!bytes)
        return bytes.error();
    if (!*bytes)
        return std::optional<Message>();
    Message message;
    if (!message.ParseFromString(**bytes))
        return makeSyncError(SyncErrorCode::Storage, std::string("sync state '") + key + "' does not parse");
    return std::optional<Message>(std::move(message));
}

} // namespace

DeviceState::DeviceState(SyncRepository& tables)
    : m_tables(tables)
{
}

SyncResult<std::optional<DeviceAccount>> DeviceState::findAccount()
{
    return readMessage<DeviceAccount>(m_tables, kAccountKey);
}

SyncResult<DeviceAccount> DeviceState::account()
{
    auto found = findAccount();
    if (!found)
        return found.error();
    if (!*found)
        return makeSyncError(SyncErrorCode::NotEnrolled);
    return std::move(**found);
}

SyncStatus DeviceState::setAccount(const DeviceAccount& account)
{
    return writeText(m_tables, kAccountKey, account.SerializeAsString());
}

SyncResult<bool> DeviceState::isKiosk()
{
    auto found = findAccount();
    if (!found)
        return found.error();
    return *found && (*found)->kind() == yokoten::v1::DEVICE_KIND_KIOSK;
}

SyncResult<std::optional<DeviceSession>> DeviceState::findSession()
{
    return readMessage<DeviceSession>(m_tables, kSessionKey);
}

SyncResult<DeviceSession> DeviceState::session()
{
    auto found = findSession();
    if (!found)
        return found.error();
    if (!*found)
        return makeSyncError(SyncErrorCode::NotSignedIn);
    return std::move(**found);
}

SyncStatus DeviceState::setSession(const DeviceSession& session)
{
    return writeText(m_tables, kSessionKey, session.SerializeAsString());
}

SyncStatus DeviceState::clearSession()
{
    if (auto status = m_tables.removeValue(kSessionKey); !status)
        return syncErrorFromStore(status.error());
    return {};
}

SyncResult<std::optional<std::string>> DeviceState::owner()
{
    return readText(m_tables, kOwnerKey);
}

SyncStatus DeviceState::setOwner(const std::string& userId)
{
    return writeText(m_tables, kOwnerKey, userId);
}

SyncResult<std::optional<std::string>> DeviceState::cursor()
{
    return readText(m_tables, kCursorKey);
}

SyncStatus DeviceState::setCursor(const std::string& cursor)
{
    return writeText(m_tables, kCursorKey, cursor);
}

SyncResult<std::int64_t> DeviceState::counter(Counter which)
{
    auto text = readText(m_tables, keyOf(which));
    if (!text)
        return text.error();
    if (!*text)
        return std::int64_t(0);
    std::int64_t value = 0;
    const auto& digits = **text;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (error != std::errc() || end != digits.data() + digits.size())
        return makeSyncError(
            SyncErrorCode::Storage, std::string("sync state '") + keyOf(which) + "' is not a number");
    return value;
}

SyncStatus DeviceState::setCounter(Counter which, std::int64_t value)
{
    return writeText(m_tables, keyOf(which), std::to_string(value));
}

SyncResult<SyncLog> DeviceState::syncLog()
{
    auto log = readMessage<SyncLog>(m_tables, kSyncLogKey);
    if (!log)
        return log.error();
    return log->value_or(SyncLog {});
}

SyncStatus DeviceState::setSyncLog(const SyncLog& log)
{
    return writeText(m_tables, kSyncLogKey, log.SerializeAsString());
}

} // namespace yk::sync
