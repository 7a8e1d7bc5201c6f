#include "sync_engine.h"

#include "store/cipher.h"
#include "store/envelope_repository.h"
#include "store/store.h"
#include "store/sync_repository.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <future>
#include <set>
#include <thread>
#include <utility>

namespace yk::sync {

using namespace yokoten::v1;
using yokoten::device::DeviceAccount;
using yokoten::device::DeviceSession;
using yokoten::device::SyncLog;

namespace {

constexpr const char* kAccountKey = "account";
constexpr const char* kSessionKey = "session";
constexpr const char* kCursorKey = "cursor";
constexpr const char* kNextSeqKey = "next_seq";
constexpr const char* kAckedSeqKey = "acked_seq"; ///< every seq up to here has a server answer
constexpr const char* kLastAppliedKey = "last_applied_seq";
constexpr const char* kSyncLogKey = "sync_log";
constexpr const char* kOwnerKey = "owner_user_id";

/// Clock differences below this are normal (the Date header has one-second resolution).
constexpr std::int64_t kClockSkewWarningMs = 5 * 60 * 1000;

SyncError fromStore(const store::StoreError& error)
{
    SyncError out = makeSyncError(SyncErrorCode::Storage, error.detail);
    out.messageJa = std::string(error.messageJa());
    out.messageEn = std::string(error.messageEn());
    return out;
}

SyncError fromTransport(const TransportError& error)
{
    SyncErrorCode code = SyncErrorCode::Unreachable;
    switch (error.kind) {
    case TransportErrorKind::InvalidAddress:
        code = SyncErrorCode::InvalidInput;
        break;
    case TransportErrorKind::Unreachable:
        code = SyncErrorCode::Unreachable;
        break;
    case TransportErrorKind::TimedOut:
        code = SyncErrorCode::TimedOut;
        break;
    case TransportErrorKind::ConnectionLost:
        code = SyncErrorCode::ConnectionLost;
        break;
    case TransportErrorKind::CertificateUntrusted:
        code = SyncErrorCode::CertificateUntrusted;
        break;
    case TransportErrorKind::CertificateHostMismatch:
        code = SyncErrorCode::CertificateHostMismatch;
        break;
    case TransportErrorKind::CertificateTimeInvalid:
        code = SyncErrorCode::CertificateTimeInvalid;
        break;
    case TransportErrorKind::CertificateChanged:
        code = SyncErrorCode::CertificateChanged;
        break;
    case TransportErrorKind::TlsFailure:
        code = SyncErrorCode::TlsFailure;
        break;
    case TransportErrorKind::Cancelled:
        code = SyncErrorCode::Cancelled;
        break;
    }
    SyncError out = makeSyncError(code, error.detail);
    if (error.kind == TransportErrorKind::InvalidAddress) {
        out.messageJa = "サーバーのアドレスが正しくありません（https://… の形で指定してください）。";
        out.messageEn = "The server address is not valid (use the form https://…).";
    }
    return out;
}

/// Seconds since the epoch of an HTTP date ("Sat, 21 Nov 2026 09:40:00 GMT"); 0 if unreadable.
/// Parsed by hand: strptime would follow the user's locale (Japanese month names).
std::int64_t parseHttpDate(const std::string& text)
{
    static constexpr const char* kMonths[]
        = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
    int day = 0;
    int year = 0;
    int hour = 0;
    int minute = 0;
    int second = 0;
    char month[4] = {};
    if (std::sscanf(
            text.c_str(), "%*3s, %2d %3s %4d %2d:%2d:%2d GMT", &day, month, &year, &hour, &minute, &second)
        != 6)
        return 0;
    std::tm tm {};
    tm.tm_mon = -1;
    for (int m = 0; m < 12; ++m)
        if (std::strcmp(month, kMonths[m]) == 0)
            tm.tm_mon = m;
    if (tm.tm_mon < 0)
        return 0;
    tm.tm_mday = day;
    tm.tm_year = year - 1900;
    tm.tm_hour = hour;
    tm.tm_min = minute;
    tm.tm_sec = second;
    return static_cast<std::int64_t>(timegm(&tm));
}

std::int64_t systemNowMillis()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::system_clock::now().time_since_epoch())
        .count();
}

template <typename Message> SyncResult<std::optional<Message>> readMessage(store::Store& s, const char* key)
{
    auto bytes = s.sync().value(key);
    if (!bytes)
        return fromStore(bytes.error());
    if (!*bytes)
        return std::optional<Message>();
    Message message;
    if (!message.ParseFromString(**bytes))
        return makeSyncError(SyncErrorCode::Storage, std::string("sync state '") + key + "' does not parse");
    return std::optional<Message>(std::move(message));
}

SyncStatus writeMessage(store::Store& s, const char* key, const google::protobuf::Message& message)
{
    if (auto status = s.sync().setValue(key, message.SerializeAsString()); !status)
        return fromStore(status.error());
    return {};
}

/// Writes optimistic effects, keeping the server's copy of each record it first touches.
class OverlayWriter : public LocalWriter {
public:
    explicit OverlayWriter(store::Store& s)
        : m_store(s)
    {
    }

    store::StoreResult<std::optional<Record>> find(RecordKind kind, std::string_view id) override
    {
        return m_store.envelopes().find(kind, id);
    }

    store::StoreStatus put(const Record& record) override
    {
        const auto kind = store::EnvelopeRepository::kindOf(record);
        const std::string id(store::EnvelopeRepository::idOf(record));
        if (id.empty())
            return store::makeError(store::StoreErrorCode::InvalidArgument, "record without id");
        if (!m_captured.contains({ kind, id })) {
            auto has = m_store.sync().hasOverlayBase(kind, id);
            if (!has)
                return has.error();
            if (!*has) {
                auto current = m_store.envelopes().find(kind, id);
                if (!current)
                    return current.error();
                store::OverlayBase base { kind, id, std::nullopt };
                if (*current)
                    base.payload = (*current)->SerializeAsString();
                if (auto status = m_store.sync().putOverlayBase(base); !status)
                    return status;
            }
            m_captured.insert({ kind, id });
        }
        return m_store.envelopes().put(record);
    }

private:
    store::Store& m_store;
    std::set<std::pair<int, std::string>> m_captured;
};

SyncResult<std::unique_ptr<store::Transaction>> beginTransaction(store::Store& s)
{
    auto tx = store::Transaction::begin(s.database());
    if (!tx)
        return fromStore(tx.error());
    return std::move(*tx);
}

/// A transaction that writes what the server already holds (a pull page, a push answer).
/// It commits without waiting for the disk (WAL, synchronous = NORMAL): a crash of the app
/// loses nothing, and a power cut at worst rolls the device back to an earlier sync, which
/// the next sync repeats (pulls and acknowledgements are idempotent). What only the device
/// holds — a local write in the outbox — still commits with a full fsync.
class ServerDataTransaction {
public:
    static SyncResult<std::unique_ptr<ServerDataTransaction>> begin(store::Store& s)
    {
        if (auto status = s.database().exec("PRAGMA synchronous = NORMAL"); !status)
            return fromStore(status.error());
        std::unique_ptr<ServerDataTransaction> tx(new ServerDataTransaction(s));
        auto inner = store::Transaction::begin(s.database());
        if (!inner)
            return fromStore(inner.error());
        tx->m_tx = std::move(*inner);
        return tx;
    }
    ~ServerDataTransaction()
    {
        m_tx.reset();
        (void)m_store.database().exec("PRAGMA synchronous = FULL");
    }
    ServerDataTransaction(const ServerDataTransaction&) = delete;
    ServerDataTransaction& operator=(const ServerDataTransaction&) = delete;

    store::StoreStatus commit() { return m_tx->commit(); }

private:
    explicit ServerDataTransaction(store::Store& s)
        : m_store(s)
    {
    }
    store::Store& m_store;
    std::unique_ptr<store::Transaction> m_tx;
};

} // namespace

std::string_view phaseName(SyncActivity::Phase phase)
{
    switch (phase) {
    case SyncActivity::Phase::Idle:
        return "idle";
    case SyncActivity::Phase::SigningIn:
        return "signing_in";
    case SyncActivity::Phase::Sending:
        return "sending";
    case SyncActivity::Phase::Receiving:
        return "receiving";
    case SyncActivity::Phase::Uploading:
        return "uploading";
    case SyncActivity::Phase::Downloading:
        return "downloading";
    }
    return "idle";
}

SyncEngine::SyncEngine(store::Store& store, Transport& transport, SyncEngineOptions options)
    : m_store(store)
    , m_transport(transport)
    , m_options(std::move(options))
    , m_backoff(m_options.retryPolicy)
{
    if (!m_options.nowMillis)
        m_options.nowMillis = systemNowMillis;
    if (!m_options.sleep)
        m_options.sleep = [](std::chrono::milliseconds wait) { std::this_thread::sleep_for(wait); };
    m_options.pushBatch = std::max(1, m_options.pushBatch);
    m_options.pullPageSize = std::max(1, m_options.pullPageSize);
}

std::int64_t SyncEngine::now() const
{
    return m_options.nowMillis();
}

void SyncEngine::checkpoint(std::string_view point) const
{
    if (m_options.checkpoint)
        m_options.checkpoint(point);
}

void SyncEngine::cancel()
{
    m_cancelled = true;
    m_transport.cancel();
}

SyncActivity SyncEngine::activity() const
{
    std::lock_guard lock(m_activityMutex);
    return m_activity;
}

void SyncEngine::setActivity(SyncActivity::Phase phase, std::int64_t done, std::int64_t total)
{
    SyncActivity copy;
    {
        std::lock_guard lock(m_activityMutex);
        m_activity = SyncActivity { phase, done, total };
        copy = m_activity;
    }
    if (m_options.onProgress)
        m_options.onProgress(copy);
}

SyncResult<std::int64_t> SyncEngine::readInt(const char* key)
{
    auto bytes = m_store.sync().value(key);
    if (!bytes)
        return fromStore(bytes.error());
    if (!*bytes)
        return std::int64_t(0);
    return static_cast<std::int64_t>(std::stoll(**bytes));
}

SyncStatus SyncEngine::writeInt(const char* key, std::int64_t value)
{
    if (auto status = m_store.sync().setValue(key, std::to_string(value)); !status)
        return fromStore(status.error());
    return {};
}

SyncResult<DeviceAccount> SyncEngine::account()
{
    auto account = readMessage<DeviceAccount>(m_store, kAccountKey);
    if (!account)
        return account.error();
    if (!*account)
        return makeSyncError(SyncErrorCode::NotEnrolled);
    return std::move(**account);
}

SyncResult<DeviceSession> SyncEngine::session()
{
    auto session = readMessage<DeviceSession>(m_store, kSessionKey);
    if (!session)
        return session.error();
    if (!*session)
        return makeSyncError(SyncErrorCode::NotSignedIn);
    return std::move(**session);
}

SyncResult<TransportOptions> SyncEngine::transportOptionsOf(store::Store& store)
{
    auto account = readMessage<DeviceAccount>(store, kAccountKey);
    if (!account)
        return account.error();
    if (!*account)
        return makeSyncError(SyncErrorCode::NotEnrolled);
    TransportOptions options;
    options.serverUrl = (*account)->server_url();
    options.caPem = (*account)->ca_pem();
    options.pinnedSpkiSha256 = (*account)->pinned_spki_sha256();
    return options;
}

// ---- HTTP calls ---------------------------------------------------------------------------

SyncResult<HttpResponse> SyncEngine::send(HttpRequest request, bool bearer)
{
    std::string token;
    if (bearer) {
        auto current = session();
        if (!current)
            return current.error();
        token = current->tokens().access_token();
    }
    return sendWithToken(std::move(request), token);
}

SyncResult<HttpResponse> SyncEngine::exchange(const HttpRequest& request, bool bearer)
{
    for (int attempt = 0;; ++attempt) {
        auto response = send(request, bearer);
        if (!response)
            return response.error();
        if (response->status >= 200 && response->status < 300)
            return response;
        SyncError error = errorFromResponse(*response);
        if (error.code == SyncErrorCode::DeviceRevoked)
            m_revoked = true;
        // An access token lives 15 minutes: renew it once and try again.
        if (bearer && attempt == 0
            && (error.serverCode == "token_expired" || error.serverCode == "token_invalid")) {
            if (auto refreshed = refreshSession(); !refreshed)
                return refreshed.error();
            continue;
        }
        return error;
    }
}

SyncError SyncEngine::errorFromResponse(const HttpResponse& response)
{
    ErrorResponse body;
    const bool parsed = !response.body.empty() && body.ParseFromString(response.body) && !body.code().empty();
    const std::string& code = body.code();
    SyncErrorCode mapped = SyncErrorCode::ServerError;
    if (response.status == 426)
        mapped = SyncErrorCode::ClientTooOld;
    else if (code == "device_revoked")
        mapped = SyncErrorCode::DeviceRevoked;
    else if (code == "device_invalid")
        mapped = SyncErrorCode::NotEnrolled;
    else if (code == "token_expired" || code == "token_invalid" || code.starts_with("refresh_token"))
        mapped = SyncErrorCode::SessionExpired;
    else if (code == "invalid_credentials")
        mapped = SyncErrorCode::InvalidCredentials;
    else if (code == "user_disabled")
        mapped = SyncErrorCode::AccountDisabled;
    else if (code == "login_required" || code == "unauthenticated")
        mapped = SyncErrorCode::NotSignedIn;
    else if (code.starts_with("enrolment_code"))
        mapped = SyncErrorCode::EnrolmentRefused;
    else if (response.status == 403)
        mapped = SyncErrorCode::Forbidden;
    else if (response.status == 503 || response.status == 429)
        mapped = SyncErrorCode::ServerBusy;
    else if (response.status >= 500)
        mapped = SyncErrorCode::ServerError;
    else if (response.status >= 400)
        mapped = SyncErrorCode::InvalidInput;
    else
        mapped = SyncErrorCode::Protocol;
    SyncError error
        = makeSyncError(mapped, "HTTP " + std::to_string(response.status) + (parsed ? " " + code : ""));
    error.serverCode = code;
    // The server's own words are meant for people; the standard text stays for what only
    // the device knows (e.g. that it wiped its data).
    if (parsed && !body.message_ja().empty() && mapped != SyncErrorCode::SessionExpired
        && mapped != SyncErrorCode::DeviceRevoked) {
        error.messageJa = body.message_ja();
        error.messageEn = body.message_en();
    }
    return error;
}

template <typename Reply>
SyncResult<Reply> SyncEngine::call(
    const std::string& target, const google::protobuf::Message& body, bool bearer)
{
    HttpRequest request;
    request.method = "POST";
    request.target = target;
    request.body = body.SerializeAsString();
    auto response = exchange(request, bearer);
    if (!response)
        return response.error();
    Reply reply;
    if (!reply.ParseFromString(response->body))
        return makeSyncError(SyncErrorCode::Protocol, target + ": the answer does not parse");
    return reply;
}

SyncStatus SyncEngine::refreshSession()
{
    auto acc = account();
    if (!acc)
        return acc.error();
    auto current = session();
    if (!current)
        return current.error();
    RefreshRequest request;
    request.set_device_id(acc->device_id());
    request.set_device_secret(acc->device_secret());
    request.set_refresh_token(current->tokens().refresh_token());
    auto tokens = call<SessionTokens>("/v1/auth/refresh", request, false);
    if (!tokens) {
        if (tokens.error().code == SyncErrorCode::SessionExpired)
            (void)m_store.sync().removeValue(kSessionKey); // sign in again; pending work stays
        return tokens.error();
    }
    DeviceSession next;
    *next.mutable_tokens() = std::move(*tokens);
    next.set_signed_in_at_ms(current->signed_in_at_ms());
    return writeMessage(m_store, kSessionKey, next);
}

// ---- enrolment and sign-in ----------------------------------------------------------------

SyncResult<EnrolResponse> SyncEngine::enrol(const std::string& serverUrl, const std::string& caPem,
    const std::string& pinnedSpkiSha256, const std::string& code, const std::string& deviceName,
    const std::string& platform)
{
    if (auto existing = readMessage<DeviceAccount>(m_store, kAccountKey); !existing)
        return existing.error();
    else if (*existing)
        return SyncError { SyncErrorCode::InvalidInput, {}, "この端末は既に登録されています。",
            "This device is already enrolled.", "already enrolled" };
    EnrolRequest request;
    request.set_code(code);
    request.set_device_name(deviceName);
    request.set_platform(platform);
    auto response = call<EnrolResponse>("/v1/devices/enrol", request, false);
    if (!response)
        return response.error();
    if (response->device_id().empty() || response->device_secret().empty())
        return makeSyncError(SyncErrorCode::Protocol, "enrolment answer without credentials");
    DeviceAccount account;
    account.set_server_url(serverUrl);
    account.set_ca_pem(caPem);
    account.set_pinned_spki_sha256(pinnedSpkiSha256);
    account.set_device_id(response->device_id());
    account.set_device_secret(response->device_secret());
    account.set_kind(response->kind());
    account.set_organisation_id(response->organisation_id());
    *account.mutable_server() = response->server();
    account.set_enrolled_at_ms(now());
    if (auto status = writeMessage(m_store, kAccountKey, account); !status)
        return status.error();
    return response;
}

SyncResult<SessionTokens> SyncEngine::signIn(const std::string& login, const std::string& password)
{
    auto acc = account();
    if (!acc)
        return acc.error();
    setActivity(SyncActivity::Phase::SigningIn, 0, 0);
    SignInRequest request;
    request.set_device_id(acc->device_id());
    request.set_device_secret(acc->device_secret());
    request.set_login(login);
    request.set_password(password);
    auto tokens = call<SessionTokens>("/v1/auth/sign-in", request, false);
    setActivity(SyncActivity::Phase::Idle, 0, 0);
    if (!tokens)
        return tokens.error();
    // A store belongs to one person: what waits in its outbox was written by them, and must
    // never be sent in someone else's name.
    auto owner = m_store.sync().value(kOwnerKey);
    if (!owner)
        return fromStore(owner.error());
    const std::string userId = tokens->user().id();
    if (*owner && **owner != userId)
        return SyncError { SyncErrorCode::Forbidden, {},
            "この端末のデータは別の利用者のものです。ご自分の利用者でストアを作成してください。",
            "This store belongs to another person. Create a store of your own.",
            "store owned by another user" };
    auto tx = beginTransaction(m_store);
    if (!tx)
        return tx.error();
    DeviceSession session;
    *session.mutable_tokens() = *tokens;
    session.set_signed_in_at_ms(now());
    if (auto status = writeMessage(m_store, kSessionKey, session); !status)
        return status.error();
    if (!*owner)
        if (auto status = m_store.sync().setValue(kOwnerKey, userId); !status)
            return fromStore(status.error());
    if (auto status = (*tx)->commit(); !status)
        return fromStore(status.error());
    return tokens;
}

SyncStatus SyncEngine::signOut()
{
    if (auto status = m_store.sync().removeValue(kSessionKey); !status)
        return fromStore(status.error());
    return {};
}

// ---- local writes -------------------------------------------------------------------------

SyncResult<std::int64_t> SyncEngine::submit(Mutation mutation)
{
    const MutationTarget target = targetOf(mutation);
    if (target.kind == RECORD_KIND_UNSPECIFIED || target.id.empty())
        return SyncError { SyncErrorCode::InvalidInput, {}, "変更の内容が空です。", "The change is empty.",
            "mutation without op or target id" };
    auto tx = beginTransaction(m_store);
    if (!tx)
        return tx.error();
    auto next = readInt(kNextSeqKey);
    if (!next)
        return next.error();
    const std::int64_t seq = std::max<std::int64_t>(*next, 1);
    mutation.set_seq(seq);
    const std::int64_t at = now();
    mutation.mutable_client_time()->set_seconds(at / 1000);
    mutation.mutable_client_time()->set_nanos(static_cast<int>(at % 1000) * 1'000'000);
    OverlayWriter writer(m_store);
    if (auto status = applyLocalEffect(writer, mutation); !status)
        return fromStore(status.error());
    store::OutboxEntry entry { seq, target.name, target.kind, target.id, at, mutation.SerializeAsString() };
    if (auto status = m_store.sync().appendOutbox(entry); !status)
        return fromStore(status.error());
    if (auto status = writeInt(kNextSeqKey, seq + 1); !status)
        return status.error();
    if (auto status = (*tx)->commit(); !status)
        return fromStore(status.error());
    checkpoint("local_committed");
    return seq;
}

// ---- applying the server's truth ----------------------------------------------------------

namespace {

// What a kiosk sends for a visitor and must not keep once the server answered.
bool carriesVisitorData(const Mutation& m)
{
    return m.op_case() == Mutation::kSubmitVisitorEntry || m.op_case() == Mutation::kSignUp
        || m.op_case() == Mutation::kRequestLoan;
}

// Record kinds that hold visitor personal data; a kiosk keeps none from the server.
bool holdsVisitorData(RecordKind kind)
{
    return kind == RECORD_KIND_VISITOR_ENTRY || kind == RECORD_KIND_REGISTRATION
        || kind == RECORD_KIND_LOAN_REQUEST;
}

} // namespace

SyncResult<bool> SyncEngine::isKiosk()
{
    auto acc = readMessage<DeviceAccount>(m_store, kAccountKey);
    if (!acc)
        return acc.error();
    return *acc && (*acc)->kind() == DEVICE_KIND_KIOSK;
}

SyncStatus SyncEngine::purgeVisitorData(
    const std::vector<std::pair<int, std::string>>& targets, std::int64_t sent, std::int64_t refused)
{
    for (const auto& [kind, id] : targets) {
        // Whatever the server's answer brought or the local effect wrote: gone. The rebase
        // before this already dropped a record that was new on this device.
        if (auto status = m_store.envelopes().remove(static_cast<RecordKind>(kind), id); !status)
            return fromStore(status.error());
    }
    auto log = readMessage<SyncLog>(m_store, kSyncLogKey);
    if (!log)
        return log.error();
    SyncLog next = log->value_or(SyncLog {});
    next.set_visitor_entries_sent(next.visitor_entries_sent() + sent);
    next.set_visitor_entries_refused(next.visitor_entries_refused() + refused);
    return writeMessage(m_store, kSyncLogKey, next);
}

SyncStatus SyncEngine::applyServerRecords(const google::protobuf::RepeatedPtrField<Record>& records)
{
    auto bases = m_store.sync().overlayBases();
    if (!bases)
        return fromStore(bases.error());
    std::set<std::pair<int, std::string>> overlaid;
    for (const auto& base : *bases)
        overlaid.insert({ base.kind, base.id });
    auto kiosk = isKiosk();
    if (!kiosk)
        return kiosk.error();
    for (const auto& record : records) {
        const auto kind = store::EnvelopeRepository::kindOf(record);
        const std::string id(store::EnvelopeRepository::idOf(record));
        if (kind == RECORD_KIND_UNSPECIFIED || id.empty())
            return makeSyncError(SyncErrorCode::Protocol, "a record without kind or id");
        // Kiosks are write-only for visitor data: the server sends them none, and whatever
        // arrives anyway (an older server) is not kept.
        if (*kiosk && holdsVisitorData(kind) && !record.has_tombstone())
            continue;
        if (overlaid.contains({ kind, id })) {
            // Under a pending change: the server's copy waits in the overlay for the rebase.
            store::OverlayBase base { kind, id, std::nullopt };
            if (!record.has_tombstone())
                base.payload = record.SerializeAsString();
            if (auto status = m_store.sync().putOverlayBase(base); !status)
                return fromStore(status.error());
            continue;
        }
        if (auto status = m_store.envelopes().put(record); !status)
            return fromStore(status.error());
    }
    return {};
}

SyncStatus SyncEngine::rebase()
{
    auto bases = m_store.sync().overlayBases();
    if (!bases)
        return fromStore(bases.error());
    auto pending = m_store.sync().outbox(-1);
    if (!pending)
        return fromStore(pending.error());
    if (bases->empty() && pending->empty())
        return {};
    // Put back the server's copy of everything pending changes touched …
    for (const auto& base : *bases) {
        if (base.payload) {
            Record record;
            if (!record.ParseFromString(*base.payload))
                return makeSyncError(SyncErrorCode::Storage, "overlay base does not parse");
            if (auto status = m_store.envelopes().put(record); !status)
                return fromStore(status.error());
        } else if (auto status = m_store.envelopes().remove(static_cast<RecordKind>(base.kind), base.id);
                   !status) {
            return fromStore(status.error());
        }
    }
    if (auto status = m_store.sync().clearOverlayBases(); !status)
        return fromStore(status.error());
    // … then apply what is still pending on top, in the order it was made.
    OverlayWriter writer(m_store);
    for (const auto& entry : *pending) {
        Mutation mutation;
        if (!mutation.ParseFromString(entry.mutation))
            return makeSyncError(SyncErrorCode::Storage, "outbox entry does not parse");
        if (auto status = applyLocalEffect(writer, mutation); !status)
            return fromStore(status.error());
    }
    return {};
}

// ---- push and pull ------------------------------------------------------------------------

SyncResult<SyncReport> SyncEngine::push()
{
    SyncReport report;
    auto acked = readInt(kAckedSeqKey);
    if (!acked)
        return acked.error();
    std::int64_t ackedSeq = *acked;
    auto total = m_store.sync().outboxCount();
    if (!total)
        return fromStore(total.error());
    auto kiosk = isKiosk();
    if (!kiosk)
        return kiosk.error();
    for (;;) {
        // Mutations at or below ackedSeq were answered already; they wait for the pull that
        // carries their effect.
        auto next = m_store.sync().outbox(m_options.pushBatch, ackedSeq);
        if (!next)
            return fromStore(next.error());
        std::vector<store::OutboxEntry> batch = std::move(*next);
        if (batch.empty())
            break;
        setActivity(SyncActivity::Phase::Sending, report.sent, *total);
        PushRequest request;
        for (const auto& entry : batch)
            if (!request.add_mutations()->ParseFromString(entry.mutation))
                return makeSyncError(SyncErrorCode::Storage, "outbox entry does not parse");
        checkpoint("push_sending");
        auto response = call<PushResponse>("/v1/push", request, true);
        if (!response)
            return response.error();
        checkpoint("push_answered"); // the server applied the batch; the device has not recorded it
        if (response->results_size() != static_cast<int>(batch.size()))
            return makeSyncError(
                SyncErrorCode::Protocol, "push answer has a result count unlike the request's");
        auto tx = ServerDataTransaction::begin(m_store);
        if (!tx)
            return tx.error();
        std::vector<std::pair<int, std::string>> purge;
        std::int64_t visitorSent = 0;
        std::int64_t visitorRefused = 0;
        // The mutation is decided: it leaves the outbox and its outcome is kept.
        auto settle = [&](const store::OutboxEntry& entry, const MutationResult& result,
                          const std::string& reasonCode) -> SyncStatus {
            if (auto status = m_store.sync().removeOutbox(entry.seq); !status)
                return fromStore(status.error());
            const bool refused = result.status() == MUTATION_STATUS_REJECTED;
            store::MutationOutcome outcome { entry.seq, entry.name, entry.targetKind, entry.targetId,
                result.status(), reasonCode, refused ? result.message_ja() : std::string(),
                refused ? result.message_en() : std::string(), now() };
            if (auto status = m_store.sync().recordOutcome(outcome); !status)
                return fromStore(status.error());
            return {};
        };
        for (int i = 0; i < response->results_size(); ++i) {
            const auto& result = response->results(i);
            const auto& entry = batch[static_cast<std::size_t>(i)];
            if (result.seq() != entry.seq)
                return makeSyncError(SyncErrorCode::Protocol, "push answer out of order");
            if (*kiosk && carriesVisitorData(request.mutations(i))) {
                // Answered, whatever the answer: a kiosk keeps no copy of the visitor's data.
                if (result.status() == MUTATION_STATUS_UNSPECIFIED
                    || !MutationStatus_IsValid(result.status()))
                    return makeSyncError(SyncErrorCode::Protocol, "push result without a status");
                const bool refused = result.status() == MUTATION_STATUS_REJECTED;
                ++(refused ? report.rejected
                           : (result.status() == MUTATION_STATUS_DUPLICATE ? report.duplicates
                                                                           : report.applied));
                ++(refused ? visitorRefused : visitorSent);
                if (refused)
                    report.rejections.push_back(entry.name + ": " + result.message_ja());
                if (auto status = settle(entry, result, result.reason_code()); !status)
                    return status.error();
                purge.emplace_back(entry.targetKind, entry.targetId);
                ++report.purged;
                if (auto status = applyServerRecords(result.records()); !status)
                    return status.error();
                continue;
            }
            switch (result.status()) {
            case MUTATION_STATUS_APPLIED: {
                ++report.applied;
                report.conflicts += result.conflicts_size();
                if (auto status = settle(entry, result, result.conflicts_size() > 0 ? "conflict" : "");
                    !status)
                    return status.error();
                break;
            }
            case MUTATION_STATUS_DUPLICATE:
                // Applied before (an answer we never recorded): stays pending until the pull
                // brings its outcome, so nothing flickers away.
                ++report.duplicates;
                break;
            case MUTATION_STATUS_REJECTED: {
                ++report.rejected;
                if (auto status = settle(entry, result, result.reason_code()); !status)
                    return status.error();
                report.rejections.push_back(entry.name + ": " + result.message_ja());
                break;
            }
            default:
                return makeSyncError(SyncErrorCode::Protocol, "push result without a status");
            }
            if (auto status = applyServerRecords(result.records()); !status)
                return status.error();
        }
        ackedSeq = std::max(ackedSeq, batch.back().seq);
        if (auto status = writeInt(kAckedSeqKey, ackedSeq); !status)
            return status.error();
        if (auto status = writeInt(kLastAppliedKey, response->last_applied_seq()); !status)
            return status.error();
        if (auto status = rebase(); !status)
            return status.error();
        if (!purge.empty())
            if (auto status = purgeVisitorData(purge, visitorSent, visitorRefused); !status)
                return status.error();
        checkpoint("push_applying");
        if (auto status = (*tx)->commit(); !status)
            return fromStore(status.error());
        if (!purge.empty()) {
            // Deleted rows were overwritten in place (secure_delete); the WAL still holds the
            // pages as they were before: fold it into the database and empty it. Best effort:
            // the purge is committed, and a checkpoint blocked by a reader happens later.
            (void)m_store.database().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        report.sent += static_cast<std::int64_t>(batch.size());
        setActivity(SyncActivity::Phase::Sending, report.sent, *total);
    }
    return report;
}

SyncResult<HttpResponse> SyncEngine::sendWithToken(HttpRequest request, const std::string& accessToken)
{
    if (m_cancelled)
        return makeSyncError(SyncErrorCode::Cancelled);
    if (!accessToken.empty())
        request.headers.emplace_back("Authorization", "Bearer " + accessToken);
    auto result = m_transport.send(request);
    if (const auto* failure = std::get_if<TransportError>(&result)) {
        m_online = false;
        return fromTransport(*failure);
    }
    auto response = std::get<HttpResponse>(std::move(result));
    m_online = true;
    if (const auto date = parseHttpDate(response.header("date")); date > 0)
        m_clockSkewMs = date * 1000 - now();
    return response;
}

SyncResult<SyncReport> SyncEngine::pull()
{
    SyncReport report;
    auto cursor = m_store.sync().value(kCursorKey);
    if (!cursor)
        return fromStore(cursor.error());
    PullRequest request;
    request.set_limit(m_options.pullPageSize);
    if (*cursor)
        request.set_cursor(**cursor);
    setActivity(SyncActivity::Phase::Receiving, 0, 0);

    // While one page is written to the store, the next is already on its way: the request
    // only needs the cursor, which the page brought. The fetch runs on a worker thread and
    // touches only the transport (the store belongs to this thread).
    auto fetch = [this](const PullRequest& pullRequest) {
        std::string token;
        if (auto current = session(); current)
            token = current->tokens().access_token();
        HttpRequest http;
        http.method = "POST";
        http.target = "/v1/pull";
        http.body = pullRequest.SerializeAsString();
        return std::async(
            std::launch::async, [this, http = std::move(http), token = std::move(token)]() mutable {
                return sendWithToken(std::move(http), token);
            });
    };
    // A page from the worker, or the error it met; an expired token is renewed here and the
    // page asked for again the ordinary way.
    auto receive = [this](std::future<SyncResult<HttpResponse>>& pending,
                       const PullRequest& pullRequest) -> SyncResult<PullResponse> {
        auto answer = pending.get();
        if (!answer)
            return answer.error();
        if (answer->status < 200 || answer->status >= 300) {
            SyncError error = errorFromResponse(*answer);
            if (error.code == SyncErrorCode::DeviceRevoked)
                m_revoked = true;
            if (error.serverCode != "token_expired" && error.serverCode != "token_invalid")
                return error;
            if (auto refreshed = refreshSession(); !refreshed)
                return refreshed.error();
            return call<PullResponse>("/v1/pull", pullRequest, true);
        }
        PullResponse page;
        if (!page.ParseFromString(answer->body))
            return makeSyncError(SyncErrorCode::Protocol, "/v1/pull: the answer does not parse");
        return page;
    };

    auto pending = fetch(request);
    for (;;) {
        auto response = receive(pending, request);
        if (!response)
            return response.error();
        if (response->has_more()) {
            request.set_cursor(response->cursor());
            pending = fetch(request);
        }
        auto applied = applyPullPage(*response, report);
        if (!applied) {
            if (pending.valid())
                pending.wait(); // the worker must not outlive what it uses
            return applied.error();
        }
        setActivity(SyncActivity::Phase::Receiving, report.received,
            response->has_more() ? report.received + response->remaining() : report.received);
        if (!response->has_more())
            break;
    }
    return report;
}

SyncStatus SyncEngine::applyPullPage(const PullResponse& page, SyncReport& report)
{
    auto tx = ServerDataTransaction::begin(m_store);
    if (!tx)
        return tx.error();
    if (page.reset()) {
        // Other scopes now (the role changed): drop what was pulled; pending work stays.
        report.reset = true;
        if (auto status = m_store.envelopes().removeAll(); !status)
            return fromStore(status.error());
    }
    if (auto status = applyServerRecords(page.records()); !status)
        return status.error();
    if (!page.has_more()) {
        // Every change up to this snapshot is on the device now, including the effects of
        // every mutation the server processed: those leave the outbox.
        if (auto status = m_store.sync().removeOutboxUpTo(page.last_applied_seq()); !status)
            return fromStore(status.error());
        auto acked = readInt(kAckedSeqKey);
        if (!acked)
            return acked.error();
        if (auto status = writeInt(kAckedSeqKey, std::max(*acked, page.last_applied_seq())); !status)
            return status.error();
        if (auto status = writeInt(kLastAppliedKey, page.last_applied_seq()); !status)
            return status.error();
    }
    if (auto status = m_store.sync().setValue(kCursorKey, page.cursor()); !status)
        return fromStore(status.error());
    if (auto status = rebase(); !status)
        return status.error();
    checkpoint("pull_applying");
    if (auto status = (*tx)->commit(); !status)
        return fromStore(status.error());
    checkpoint("pull_page_committed");
    report.received += page.records_size();
    for (const auto& record : page.records())
        if (record.has_tombstone())
            ++report.removed;
    return {};
}

SyncResult<SyncReport> SyncEngine::syncOnce()
{
    m_cancelled = false;
    SyncReport report;
    auto finish = [&](std::optional<SyncError> error) -> SyncResult<SyncReport> {
        setActivity(SyncActivity::Phase::Idle, 0, 0);
        (void)noteAttempt(error, error ? nullptr : &report);
        if (error)
            return *error;
        return report;
    };
    if (auto acc = account(); !acc)
        return finish(acc.error());
    if (auto current = session(); !current)
        return finish(current.error());
    auto pushed = push();
    if (!pushed)
        return finish(pushed.error());
    auto pulled = pull();
    if (!pulled)
        return finish(pulled.error());
    report = *pushed;
    report.received = pulled->received;
    report.removed = pulled->removed;
    report.reset = pulled->reset;
    auto moved = transferAttachments();
    if (!moved)
        return finish(moved.error());
    report.uploadedBytes = moved->uploadedBytes;
    report.downloadedBytes = moved->downloadedBytes;
    return finish(std::nullopt);
}

SyncResult<SyncReport> SyncEngine::syncWithRetries(int attempts)
{
    for (int attempt = 1;; ++attempt) {
        auto report = syncOnce();
        if (report) {
            m_backoff.reset();
            return report;
        }
        if (!report.error().retryable() || attempt >= attempts || m_cancelled)
            return report;
        m_options.sleep(m_backoff.next());
    }
}

SyncStatus SyncEngine::noteAttempt(const std::optional<SyncError>& error, const SyncReport* report)
{
    if (m_revoked)
        return {}; // the store is about to be wiped
    auto log = readMessage<SyncLog>(m_store, kSyncLogKey);
    if (!log)
        return log.error();
    SyncLog next = log->value_or(SyncLog {});
    next.set_last_attempt_ms(now());
    next.set_clock_skew_ms(m_clockSkewMs);
    if (error) {
        next.set_last_error_code(std::string(syncErrorName(error->code)));
        next.set_last_error_ja(error->messageJa);
        next.set_last_error_en(error->messageEn);
    } else {
        next.set_last_success_ms(now());
        next.clear_last_error_code();
        next.clear_last_error_ja();
        next.clear_last_error_en();
        if (report != nullptr) {
            next.set_last_sent(report->sent);
            next.set_last_received(report->received);
        }
    }
    return writeMessage(m_store, kSyncLogKey, next);
}

// ---- attachments -------------------------------------------------------------------------

namespace {

constexpr int kUpload = 1;
constexpr int kDownload = 2;

bool isSha256Hex(const std::string& text)
{
    return text.size() == 64 && std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
    });
}

} // namespace

SyncStatus SyncEngine::queueUpload(const std::string& sha256, std::int64_t sizeBytes)
{
    if (!isSha256Hex(sha256) || sizeBytes <= 0)
        return makeSyncError(SyncErrorCode::InvalidInput, "bad attachment address or size");
    auto stmt = m_store.database().cached("INSERT OR IGNORE INTO attachment_transfers (sha256, direction, "
                                          "size_bytes, queued_at) VALUES (?1, ?2, ?3, ?4)");
    if (!stmt)
        return fromStore(stmt.error());
    if (auto status = (*stmt)->bind(1, sha256).bind(2, kUpload).bind(3, sizeBytes).bind(4, now()).run();
        !status)
        return fromStore(status.error());
    return {};
}

SyncStatus SyncEngine::queueDownload(const std::string& sha256, std::int64_t sizeBytes)
{
    if (!isSha256Hex(sha256) || sizeBytes <= 0)
        return makeSyncError(SyncErrorCode::InvalidInput, "bad attachment address or size");
    auto have = m_store.database().cached(
        "SELECT count(*) FROM attachments WHERE sha256 = ?1 AND content IS NOT NULL");
    if (!have)
        return fromStore(have.error());
    (*have)->bind(1, sha256);
    const bool present = (*have)->step() == store::Statement::Step::Row && (*have)->columnInt64(0) > 0;
    (*have)->reset();
    if (present)
        return {};
    auto stmt = m_store.database().cached("INSERT OR IGNORE INTO attachment_transfers (sha256, direction, "
                                          "size_bytes, queued_at) VALUES (?1, ?2, ?3, ?4)");
    if (!stmt)
        return fromStore(stmt.error());
    if (auto status = (*stmt)->bind(1, sha256).bind(2, kDownload).bind(3, sizeBytes).bind(4, now()).run();
        !status)
        return fromStore(status.error());
    return {};
}

SyncResult<std::int64_t> SyncEngine::uploadOne(const std::string& sha256, std::int64_t sizeBytes)
{
    // Ask how much the server holds, so an interrupted upload resumes where it stopped.
    HttpRequest statusRequest;
    statusRequest.method = "GET";
    statusRequest.target = "/v1/attachments/" + sha256 + "/status";
    statusRequest.contentType.clear();
    auto answer = exchange(statusRequest, true);
    if (!answer)
        return answer.error();
    AttachmentStatus held;
    if (!held.ParseFromString(answer->body))
        return makeSyncError(SyncErrorCode::Protocol, "attachment status does not parse");
    std::int64_t offset = held.complete() ? sizeBytes : held.received_bytes();
    std::int64_t sent = 0;
    auto read
        = m_store.database().cached("SELECT substr(content, ?2, ?3) FROM attachments WHERE sha256 = ?1");
    if (!read)
        return fromStore(read.error());
    while (offset < sizeBytes) {
        const std::int64_t length = std::min(m_options.attachmentChunkBytes, sizeBytes - offset);
        (*read)->bind(1, sha256).bind(2, offset + 1).bind(3, length);
        std::string chunk;
        if ((*read)->step() == store::Statement::Step::Row)
            chunk = (*read)->columnBlob(0);
        (*read)->reset();
        if (static_cast<std::int64_t>(chunk.size()) != length)
            return makeSyncError(SyncErrorCode::Storage, "attachment bytes missing from the store");
        HttpRequest put;
        put.method = "PUT";
        put.target = "/v1/attachments/" + sha256;
        put.contentType = "application/octet-stream";
        put.body = std::move(chunk);
        put.headers.emplace_back("Content-Range",
            "bytes " + std::to_string(offset) + "-" + std::to_string(offset + length - 1) + "/"
                + std::to_string(sizeBytes));
        auto stored = exchange(put, true);
        if (!stored)
            return stored.error();
        offset += length;
        sent += length;
        setActivity(SyncActivity::Phase::Uploading, offset, sizeBytes);
    }
    return sent;
}

SyncResult<std::int64_t> SyncEngine::downloadOne(
    const std::string& sha256, std::int64_t sizeBytes, std::int64_t doneBytes)
{
    std::int64_t received = 0;
    while (doneBytes < sizeBytes) {
        const std::int64_t last = std::min(sizeBytes, doneBytes + m_options.attachmentChunkBytes) - 1;
        HttpRequest get;
        get.method = "GET";
        get.target = "/v1/attachments/" + sha256;
        get.contentType.clear();
        get.headers.emplace_back("Range", "bytes=" + std::to_string(doneBytes) + "-" + std::to_string(last));
        auto answer = exchange(get, true);
        if (!answer)
            return answer.error();
        const std::int64_t expected = last - doneBytes + 1;
        if (static_cast<std::int64_t>(answer->body.size()) != expected)
            return makeSyncError(SyncErrorCode::Protocol, "attachment chunk of an unexpected size");
        // Each chunk is kept as it arrives: a broken connection costs at most one chunk.
        auto tx = beginTransaction(m_store);
        if (!tx)
            return tx.error();
        auto part = m_store.database().cached(
            "INSERT OR REPLACE INTO attachment_parts (sha256, offset, data) VALUES (?1, ?2, ?3)");
        if (!part)
            return fromStore(part.error());
        if (auto status = (*part)->bind(1, sha256).bind(2, doneBytes).bindBlob(3, answer->body).run();
            !status)
            return fromStore(status.error());
        auto done
            = m_store.database().cached("UPDATE attachment_transfers SET done_bytes = ?2 WHERE sha256 = ?1");
        if (!done)
            return fromStore(done.error());
        if (auto status = (*done)->bind(1, sha256).bind(2, doneBytes + expected).run(); !status)
            return fromStore(status.error());
        if (auto status = (*tx)->commit(); !status)
            return fromStore(status.error());
        doneBytes += expected;
        received += expected;
        setActivity(SyncActivity::Phase::Downloading, doneBytes, sizeBytes);
    }
    // Whole: check the address before the file counts as ours.
    auto parts
        = m_store.database().cached("SELECT data FROM attachment_parts WHERE sha256 = ?1 ORDER BY offset");
    if (!parts)
        return fromStore(parts.error());
    (*parts)->bind(1, sha256);
    std::string whole;
    while ((*parts)->step() == store::Statement::Step::Row)
        whole += (*parts)->columnBlob(0);
    (*parts)->reset();
    auto tx = beginTransaction(m_store);
    if (!tx)
        return tx.error();
    auto dropParts = m_store.database().cached("DELETE FROM attachment_parts WHERE sha256 = ?1");
    if (!dropParts)
        return fromStore(dropParts.error());
    if (auto status = (*dropParts)->bind(1, sha256).run(); !status)
        return fromStore(status.error());
    if (store::sha256Hex(whole) != sha256) {
        auto restart
            = m_store.database().cached("UPDATE attachment_transfers SET done_bytes = 0 WHERE sha256 = ?1");
        if (!restart)
            return fromStore(restart.error());
        if (auto status = (*restart)->bind(1, sha256).run(); !status)
            return fromStore(status.error());
        if (auto status = (*tx)->commit(); !status)
            return fromStore(status.error());
        return SyncError { SyncErrorCode::Protocol, {},
            "受信したファイルが壊れていました。もう一度受信します。",
            "A received file was damaged. It will be fetched again.", "attachment hash mismatch" };
    }
    auto keep = m_store.database().cached(
        "INSERT OR REPLACE INTO attachments (sha256, mime_type, size_bytes, content) VALUES (?1, "
        "coalesce((SELECT mime_type FROM attachments WHERE sha256 = ?1), 'application/octet-stream'), ?2, "
        "?3)");
    if (!keep)
        return fromStore(keep.error());
    if (auto status = (*keep)->bind(1, sha256).bind(2, sizeBytes).bindBlob(3, whole).run(); !status)
        return fromStore(status.error());
    if (auto status = (*tx)->commit(); !status)
        return fromStore(status.error());
    return received;
}

SyncResult<SyncReport> SyncEngine::transferAttachments()
{
    SyncReport report;
    struct Transfer {
        std::string sha256;
        int direction;
        std::int64_t size;
        std::int64_t done;
    };
    std::vector<Transfer> transfers;
    {
        auto stmt = m_store.database().cached(
            "SELECT sha256, direction, size_bytes, done_bytes FROM attachment_transfers ORDER BY queued_at");
        if (!stmt)
            return fromStore(stmt.error());
        while ((*stmt)->step() == store::Statement::Step::Row)
            transfers.push_back({ (*stmt)->columnText(0), static_cast<int>((*stmt)->columnInt64(1)),
                (*stmt)->columnInt64(2), (*stmt)->columnInt64(3) });
        (*stmt)->reset();
    }
    for (const auto& t : transfers) {
        if (t.direction == kUpload) {
            auto sent = uploadOne(t.sha256, t.size);
            if (!sent)
                return sent.error();
            report.uploadedBytes += *sent;
        } else {
            auto got = downloadOne(t.sha256, t.size, t.done);
            if (!got)
                return got.error();
            report.downloadedBytes += *got;
        }
        auto done = m_store.database().cached("DELETE FROM attachment_transfers WHERE sha256 = ?1");
        if (!done)
            return fromStore(done.error());
        if (auto status = (*done)->bind(1, t.sha256).run(); !status)
            return fromStore(status.error());
    }
    return report;
}

// ---- status -------------------------------------------------------------------------------

SyncResult<SyncOverview> SyncEngine::overview()
{
    SyncOverview o;
    auto acc = readMessage<DeviceAccount>(m_store, kAccountKey);
    if (!acc)
        return acc.error();
    if (*acc) {
        o.enrolled = true;
        o.serverUrl = (*acc)->server_url();
        o.deviceId = (*acc)->device_id();
        o.deviceKind = (*acc)->kind();
        o.organisationId = (*acc)->organisation_id();
    }
    auto sess = readMessage<DeviceSession>(m_store, kSessionKey);
    if (!sess)
        return sess.error();
    if (*sess) {
        o.signedIn = true;
        o.login = (*sess)->tokens().user().login();
    }
    o.scope = o.login.empty() ? "device:" + std::string(DeviceKind_Name(o.deviceKind)) : "user:" + o.login;
    auto pending = m_store.sync().outboxCount();
    if (!pending)
        return fromStore(pending.error());
    o.pending = *pending;
    auto uploads
        = m_store.database().queryInt("SELECT count(*) FROM attachment_transfers WHERE direction = 1");
    auto downloads
        = m_store.database().queryInt("SELECT count(*) FROM attachment_transfers WHERE direction = 2");
    if (!uploads || !downloads)
        return fromStore(!uploads ? uploads.error() : downloads.error());
    o.pendingUploads = *uploads;
    o.pendingDownloads = *downloads;
    auto log = readMessage<SyncLog>(m_store, kSyncLogKey);
    if (!log)
        return log.error();
    if (*log) {
        o.lastSuccessMs = (*log)->last_success_ms();
        o.lastAttemptMs = (*log)->last_attempt_ms();
        o.clockSkewMs = (*log)->clock_skew_ms();
        o.visitorEntriesSent = (*log)->visitor_entries_sent();
        o.visitorEntriesRefused = (*log)->visitor_entries_refused();
        o.online = (*log)->last_error_code().empty() && o.lastAttemptMs > 0;
        if (!(*log)->last_error_code().empty()) {
            SyncError error;
            error.detail = (*log)->last_error_code();
            error.messageJa = (*log)->last_error_ja();
            error.messageEn = (*log)->last_error_en();
            o.lastError = error;
        }
    }
    if (std::abs(o.clockSkewMs) > kClockSkewWarningMs && !o.lastError) {
        const auto minutes = std::to_string(std::abs(o.clockSkewMs) / 60000);
        o.lastError = SyncError { SyncErrorCode::InvalidInput, "clock_skew",
            "端末の時計がサーバーと約" + minutes + "分ずれています。日付と時刻の設定を確認してください。",
            "This device's clock is about " + minutes
                + " minutes off the server's. Check the date and time settings.",
            "clock_skew" };
    }
    auto cursor = m_store.sync().value(kCursorKey);
    if (!cursor)
        return fromStore(cursor.error());
    o.cursor = cursor->value_or("");
    auto lastApplied = readInt(kLastAppliedKey);
    if (!lastApplied)
        return lastApplied.error();
    o.lastAppliedSeq = *lastApplied;
    o.activity = activity();
    return o;
}

SyncResult<RecordSyncState> SyncEngine::stateOf(RecordKind kind, const std::string& id)
{
    auto pending = m_store.sync().hasPending(kind, id);
    if (!pending)
        return fromStore(pending.error());
    if (*pending)
        return RecordSyncState::Pending;
    auto outcome = m_store.sync().latestOutcome(kind, id);
    if (!outcome)
        return fromStore(outcome.error());
    if (*outcome && (*outcome)->status == MUTATION_STATUS_REJECTED)
        return RecordSyncState::Rejected;
    return RecordSyncState::Synced;
}

bool wipeStore(const std::string& directory, std::string* error)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::remove(fs::path(directory) / store::Store::KeyFileName, ec);
    if (!ec)
        fs::remove_all(directory, ec);
    if (ec && error != nullptr)
        *error = ec.message();
    return !ec;
}

} // namespace yk::sync
