#include "authenticator.h"

#include "auth_crypto.h"
#include "enrolment_code.h"

#include "storage/cipher.h"

#include <google/protobuf/timestamp.pb.h>

#include <algorithm>
#include <mutex>

namespace yk::server {

using namespace yokoten::v1;
using Statement = SqlStatement;

namespace {

constexpr std::size_t kHmacKeyBytes = 32;
constexpr std::size_t kDeviceSecretBytes = 32;
constexpr std::size_t kRefreshTokenBytes = 32;
constexpr std::size_t kTokenIdBytes = 16;
constexpr std::uint8_t kAccessTokenVersion = 1;
constexpr std::size_t kMaxIdLength = 64;
// "payload.mac" in base64url: the payload holds two ids of at most 64 bytes.
constexpr std::size_t kMaxAccessTokenLength = 512;

// ---- errors ----------------------------------------------------------------------------------

ApiError storeFailure(const StoreError& error)
{
    if (error.code == storage::StoreErrorCode::Busy)
        return apiError(503, "server_busy",
            "サーバーが混み合っています。しばらくしてからもう一度お試しください。",
            "The server is busy. Please try again shortly.");
    ApiError failure = apiError(500, "server_error",
        "サーバーで問題が起きました。しばらくしてからもう一度お試しください。",
        "Something went wrong on the server. Please try again later.");
    failure.logDetail = storageLogDetail(storage::errorCodeName(error.code), error.detail);
    return failure;
}

ApiError invalidRequest()
{
    return apiError(
        400, "invalid_request", "送信された内容が正しくありません。", "The request is not valid.");
}

// Unknown, used and expired codes get this one answer: a device that is not enrolled yet
// learns nothing about which codes exist (a used one names a device that is already in use).
ApiError enrolmentCodeInvalid()
{
    return apiError(401, "enrolment_code_invalid",
        "登録コードが正しくないか、使用済みか、有効期限が切れています。新しいコードを発行してもらってください"
        "。",
        "The enrolment code is not valid, already used or expired. Please check it or ask for a new code.");
}

ApiError deviceInvalid()
{
    return apiError(401, "device_invalid", "この端末は登録されていません。端末をもう一度登録してください。",
        "This device is not enrolled. Please enrol it again.");
}

ApiError deviceRevoked()
{
    return apiError(401, "device_revoked", "この端末の登録は取り消されました。端末内のデータは削除されます。",
        "This device has been revoked. Its local data will be deleted.");
}

ApiError loginRequired()
{
    return apiError(401, "login_required", "この端末ではログインが必要です。",
        "Please sign in with your login on this device.");
}

ApiError invalidCredentials()
{
    return apiError(401, "invalid_credentials", "ログイン名またはパスワードが正しくありません。",
        "The login or password is not correct.");
}

ApiError userDisabled(int httpStatus)
{
    return apiError(httpStatus, "user_disabled",
        "このアカウントは利用停止されています。管理者に連絡してください。",
        "This account has been disabled. Please contact your administrator.");
}

ApiError tokenInvalid()
{
    return apiError(401, "token_invalid", "ログインし直してください。", "Please sign in again.");
}

ApiError tokenExpired()
{
    return apiError(401, "token_expired", "ログインの有効期限が切れました。", "Your sign-in has expired.");
}

ApiError refreshTokenInvalid()
{
    return apiError(401, "refresh_token_invalid", "ログインし直してください。", "Please sign in again.");
}

ApiError refreshTokenUsed()
{
    return apiError(401, "refresh_token_used", "安全のためログインし直してください。",
        "For your safety, please sign in again.");
}

ApiError refreshTokenExpired()
{
    return apiError(401, "refresh_token_expired",
        "ログインの有効期限が切れました。ログインし直してください。",
        "Your sign-in has expired. Please sign in again.");
}

// ---- access tokens ---------------------------------------------------------------------------

struct AccessClaims {
    std::string deviceId;
    std::string userId;
    std::int64_t issuedAt = 0;
    std::int64_t expiresAt = 0;
};

void appendInt64(std::string& out, std::int64_t value)
{
    const auto bits = static_cast<std::uint64_t>(value);
    for (int shift = 56; shift >= 0; shift -= 8)
        out.push_back(static_cast<char>((bits >> shift) & 0xff));
}

std::int64_t readInt64(std::string_view in)
{
    std::uint64_t bits = 0;
    for (std::size_t i = 0; i < 8; ++i)
        bits = (bits << 8) | static_cast<std::uint8_t>(in[i]);
    return static_cast<std::int64_t>(bits);
}

// Fixed layout, versioned by its first byte: version | len | device id | len | user id |
// issued (8, big-endian) | expires (8) | random token id (16).
std::string encodeClaims(const AccessClaims& claims)
{
    std::string payload;
    payload.push_back(static_cast<char>(kAccessTokenVersion));
    payload.push_back(static_cast<char>(claims.deviceId.size()));
    payload += claims.deviceId;
    payload.push_back(static_cast<char>(claims.userId.size()));
    payload += claims.userId;
    appendInt64(payload, claims.issuedAt);
    appendInt64(payload, claims.expiresAt);
    payload += auth_crypto::randomBytes(kTokenIdBytes);
    return payload;
}

std::optional<AccessClaims> decodeClaims(std::string_view payload)
{
    AccessClaims claims;
    std::size_t at = 0;
    const auto take = [&](std::size_t count) -> std::optional<std::string_view> {
        if (payload.size() - at < count)
            return std::nullopt;
        const auto part = payload.substr(at, count);
        at += count;
        return part;
    };
    const auto version = take(1);
    if (!version || static_cast<std::uint8_t>((*version)[0]) != kAccessTokenVersion)
        return std::nullopt;
    for (std::string* field : { &claims.deviceId, &claims.userId }) {
        const auto length = take(1);
        if (!length)
            return std::nullopt;
        const auto text = take(static_cast<std::uint8_t>((*length)[0]));
        if (!text)
            return std::nullopt;
        *field = std::string(*text);
    }
    const auto issued = take(8);
    const auto expires = take(8);
    const auto tokenId = take(kTokenIdBytes);
    if (!issued || !expires || !tokenId || at != payload.size() || claims.deviceId.empty())
        return std::nullopt;
    claims.issuedAt = readInt64(*issued);
    claims.expiresAt = readInt64(*expires);
    return claims;
}

void setTimestamp(google::protobuf::Timestamp* timestamp, std::int64_t unixSeconds)
{
    timestamp->set_seconds(unixSeconds);
    timestamp->set_nanos(0);
}

// ---- devices ---------------------------------------------------------------------------------

struct DeviceRow {
    std::string id;
    std::string organisationId;
    DeviceKind kind = DEVICE_KIND_UNSPECIFIED;
    std::string secretHash;
    bool revoked = false;
};

StoreResult<std::optional<DeviceRow>> readDevice(SqlConnection& db, std::string_view deviceId)
{
    auto stmt = db.cached(
        "SELECT organisation_id, kind, secret_hash, revoked_at IS NOT NULL FROM devices WHERE id = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, deviceId);
    const auto step = (*stmt)->step();
    if (step == Statement::Step::Error) {
        auto error = (*stmt)->lastError("read device");
        (*stmt)->reset();
        return error;
    }
    std::optional<DeviceRow> row;
    if (step == Statement::Step::Row) {
        row.emplace();
        row->id = std::string(deviceId);
        row->organisationId = (*stmt)->columnText(0);
        row->kind = static_cast<DeviceKind>((*stmt)->columnInt64(1));
        row->secretHash = (*stmt)->columnBlob(2);
        row->revoked = (*stmt)->columnInt64(3) != 0;
    }
    (*stmt)->reset();
    return row;
}

// The device proves itself with its secret; only a device that does may learn it is revoked
// (and wipe its store), so a guessed id reveals nothing.
ApiResult<DeviceRow> checkDevice(SqlConnection& db, std::string_view deviceId, std::string_view secret)
{
    if (deviceId.empty() || deviceId.size() > kMaxIdLength || secret.empty()
        || secret.size() > Authenticator::kMaxSecretLength)
        return deviceInvalid();
    auto row = readDevice(db, deviceId);
    if (!row)
        return storeFailure(row.error());
    const std::string presented = auth_crypto::sha256(secret);
    if (!*row || !auth_crypto::constantTimeEqual(presented, (*row)->secretHash))
        return deviceInvalid();
    if ((*row)->revoked)
        return deviceRevoked();
    return std::move(**row);
}

// A kiosk or a phone may work without a user; the roles come from the kind of device.
std::optional<std::vector<Role>> deviceSessionRoles(DeviceKind kind)
{
    switch (kind) {
    case DEVICE_KIND_KIOSK:
        return std::vector<Role> { ROLE_KIOSK };
    case DEVICE_KIND_PHONE:
        return std::vector<Role> { ROLE_ATTENDEE };
    default:
        return std::nullopt;
    }
}

StoreResult<std::optional<std::pair<std::string, std::string>>> readCredentials(
    SqlConnection& db, std::string_view login)
{
    auto stmt = db.cached("SELECT user_id, password_hash FROM credentials WHERE login = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, login);
    const auto step = (*stmt)->step();
    if (step == Statement::Step::Error) {
        auto error = (*stmt)->lastError("read credentials");
        (*stmt)->reset();
        return error;
    }
    std::optional<std::pair<std::string, std::string>> found;
    if (step == Statement::Step::Row)
        found.emplace((*stmt)->columnText(0), (*stmt)->columnText(1));
    (*stmt)->reset();
    return found;
}

std::vector<Role> rolesOf(const User& user)
{
    std::vector<Role> roles;
    for (const int role : user.roles())
        roles.push_back(static_cast<Role>(role));
    return roles;
}

/// Which accounts a device may carry. A kiosk: none (it works as itself). An attendee's
/// phone: only accounts of its organisation that hold no staff role. A tablet: only the users
/// of its own organisation. (Centre staff working on a facility's tablet could be allowed
/// later; today they use the centre's devices.)
bool deviceMayCarry(const DeviceRow& device, const User& user)
{
    if (user.organisation_id() != device.organisationId)
        return false;
    switch (device.kind) {
    case DEVICE_KIND_TABLET:
        return true;
    case DEVICE_KIND_PHONE:
        return std::all_of(user.roles().begin(), user.roles().end(),
            [](int role) { return static_cast<Role>(role) == ROLE_ATTENDEE; });
    default:
        return false;
    }
}

std::string municipalityOf(const Organisation& org)
{
    if (org.kind() == ORGANISATION_KIND_FACILITY)
        return org.parent_id();
    if (org.kind() == ORGANISATION_KIND_MUNICIPALITY)
        return org.id();
    return {};
}

} // namespace

// ---- Impl ------------------------------------------------------------------------------------

struct Authenticator::Impl {
    ServerStore& store;
    AuthOptions options;
    std::string hmacKey;
    /// Checked against when a login is unknown, so that answer takes as long as a wrong
    /// password. Made on first need, not at open: one scrypt hash costs 0.1-0.2 s, which every
    /// server start (and every test that opens a store) would pay for nothing.
    std::once_flag dummyHashMade;
    std::string dummyHash;

    const std::string& unknownLoginHash()
    {
        std::call_once(dummyHashMade, [this] {
            dummyHash = hashPassword(
                auth_crypto::base64UrlEncode(auth_crypto::randomBytes(16)), options.passwordCost);
        });
        return dummyHash;
    }

    std::int64_t now() const { return auth_crypto::unixSeconds(options.clock()); }

    std::string signAccessToken(const AccessClaims& claims) const
    {
        const std::string payload = encodeClaims(claims);
        return auth_crypto::base64UrlEncode(payload) + "."
            + auth_crypto::base64UrlEncode(auth_crypto::hmacSha256(hmacKey, payload));
    }

    std::optional<AccessClaims> verifyAccessToken(std::string_view token) const
    {
        if (token.size() > kMaxAccessTokenLength)
            return std::nullopt;
        const auto dot = token.find('.');
        if (dot == std::string_view::npos)
            return std::nullopt;
        const auto payload = auth_crypto::base64UrlDecode(token.substr(0, dot));
        const auto mac = auth_crypto::base64UrlDecode(token.substr(dot + 1));
        if (!payload || !mac)
            return std::nullopt;
        // Nothing of the payload is trusted before the signature checks out.
        if (!auth_crypto::constantTimeEqual(auth_crypto::hmacSha256(hmacKey, *payload), *mac))
            return std::nullopt;
        return decodeClaims(*payload);
    }

    /// Issues a new access and refresh token inside `tx` (the caller commits).
    ApiResult<SessionTokens> issue(WriteTransaction& tx, const DeviceRow& device,
        const std::optional<User>& user, const Organisation& organisation,
        const std::vector<Role>& roles) const
    {
        const std::int64_t issuedAt = now();
        AccessClaims claims;
        claims.deviceId = device.id;
        claims.userId = user ? user->id() : std::string();
        claims.issuedAt = issuedAt;
        claims.expiresAt = issuedAt + options.accessTokenLifetime.count();
        const std::string refreshToken
            = auth_crypto::base64UrlEncode(auth_crypto::randomBytes(kRefreshTokenBytes));
        const std::int64_t refreshExpiresAt = issuedAt + options.refreshTokenLifetime.count();

        auto& db = tx.db();
        // Expired tokens of the device are of no use any more, not even as a theft signal.
        auto prune = db.cached("DELETE FROM refresh_tokens WHERE device_id = ? AND expires_at <= ?");
        if (!prune)
            return storeFailure(prune.error());
        (*prune)->bind(1, device.id).bind(2, issuedAt);
        if (auto status = (*prune)->run(); !status)
            return storeFailure(status.error());
        auto insert
            = db.cached("INSERT INTO refresh_tokens(token_hash, device_id, user_id, issued_at, expires_at) "
                        "VALUES (?, ?, ?, ?, ?)");
        if (!insert)
            return storeFailure(insert.error());
        (*insert)->bindBlob(1, auth_crypto::sha256(refreshToken)).bind(2, device.id).bind(3, claims.userId);
        (*insert)->bind(4, issuedAt).bind(5, refreshExpiresAt);
        if (auto status = (*insert)->run(); !status)
            return storeFailure(status.error());
        auto seen = db.cached("UPDATE devices SET last_seen_at = ? WHERE id = ?");
        if (!seen)
            return storeFailure(seen.error());
        (*seen)->bind(1, issuedAt).bind(2, device.id);
        if (auto status = (*seen)->run(); !status)
            return storeFailure(status.error());

        SessionTokens tokens;
        tokens.set_access_token(signAccessToken(claims));
        setTimestamp(tokens.mutable_access_expires_at(), claims.expiresAt);
        tokens.set_refresh_token(refreshToken);
        setTimestamp(tokens.mutable_refresh_expires_at(), refreshExpiresAt);
        if (user)
            *tokens.mutable_user() = *user;
        *tokens.mutable_organisation() = organisation;
        for (const Role role : roles)
            tokens.add_roles(role);
        tokens.set_device_kind(device.kind);
        return tokens;
    }
};

// ---- Authenticator ---------------------------------------------------------------------------

Authenticator::Authenticator(ServerStore& store, AuthOptions options)
    : m_impl(new Impl { store, std::move(options), {}, {}, {} })
{
}

Authenticator::~Authenticator() = default;

StoreResult<std::unique_ptr<Authenticator>> Authenticator::open(ServerStore& store, AuthOptions options)
{
    std::unique_ptr<Authenticator> auth(new Authenticator(store, std::move(options)));
    auto& impl = *auth->m_impl;

    // The signing key is made once, on first open, and kept with the data it protects.
    auto tx = store.write();
    if (!tx)
        return tx.error();
    auto& db = (*tx)->db();
    auto select = db.prepare("SELECT value FROM meta WHERE key = 'token_hmac_key'");
    if (!select)
        return select.error();
    const auto step = (*select)->step();
    if (step == Statement::Step::Error)
        return (*select)->lastError("read token key");
    const std::string stored = step == Statement::Step::Row ? (*select)->columnText(0) : std::string();
    (*select)->reset();
    if (step == Statement::Step::Row) {
        auto key = auth_crypto::base64UrlDecode(stored);
        if (!key || key->size() != kHmacKeyBytes)
            return storage::makeError(storage::StoreErrorCode::Corrupt, "the stored token key is damaged");
        impl.hmacKey = std::move(*key);
    } else {
        impl.hmacKey = auth_crypto::randomBytes(kHmacKeyBytes);
        if (impl.hmacKey.size() != kHmacKeyBytes)
            return storage::makeError(storage::StoreErrorCode::Internal, "no random bytes for the token key");
        auto insert = db.prepare("INSERT INTO meta(key, value) VALUES ('token_hmac_key', ?)");
        if (!insert)
            return insert.error();
        (*insert)->bind(1, auth_crypto::base64UrlEncode(impl.hmacKey));
        if (auto status = (*insert)->run(); !status)
            return status.error();
    }
    if (auto status = (*tx)->commit(); !status)
        return status.error();

    return auth;
}

ApiResult<EnrolResponse> Authenticator::enrol(const EnrolRequest& request)
{
    if (request.device_name().size() > kMaxDeviceNameLength
        || request.platform().size() > kMaxDeviceNameLength)
        return invalidRequest();
    const auto code = enrolment_code::normalise(request.code());
    if (!code)
        return enrolmentCodeInvalid();

    auto tx = m_impl->store.write();
    if (!tx)
        return storeFailure(tx.error());
    auto& db = (*tx)->db();
    const std::string codeHash = enrolment_code::hashOf(*code);
    auto select
        = db.cached("SELECT organisation_id, kind, expires_at, used_at IS NOT NULL FROM enrolment_codes "
                    "WHERE code_hash = ?");
    if (!select)
        return storeFailure(select.error());
    (*select)->bindBlob(1, codeHash);
    const auto step = (*select)->step();
    if (step == Statement::Step::Error) {
        auto error = (*select)->lastError("read enrolment code");
        (*select)->reset();
        return storeFailure(error);
    }
    if (step == Statement::Step::Done) {
        (*select)->reset();
        return enrolmentCodeInvalid();
    }
    const std::string organisationId = (*select)->columnText(0);
    const auto kind = static_cast<DeviceKind>((*select)->columnInt64(1));
    const std::int64_t expiresAt = (*select)->columnInt64(2);
    const bool used = (*select)->columnInt64(3) != 0;
    (*select)->reset();
    // Refusals return before anything is written; the transaction rolls back untouched.
    const std::int64_t now = m_impl->now();
    if (used || now >= expiresAt)
        return enrolmentCodeInvalid();

    const std::string deviceId = storage::newUuid();
    const std::string secret = auth_crypto::base64UrlEncode(auth_crypto::randomBytes(kDeviceSecretBytes));
    auto insert = db.cached("INSERT INTO devices(id, organisation_id, kind, name, platform, secret_hash, "
                            "enrolled_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!insert)
        return storeFailure(insert.error());
    (*insert)->bind(1, deviceId).bind(2, organisationId).bind(3, static_cast<int>(kind));
    (*insert)->bind(4, request.device_name()).bind(5, request.platform());
    (*insert)->bindBlob(6, auth_crypto::sha256(secret)).bind(7, now);
    if (auto status = (*insert)->run(); !status)
        return storeFailure(status.error());
    auto markUsed = db.cached("UPDATE enrolment_codes SET used_at = ?, device_id = ? WHERE code_hash = ?");
    if (!markUsed)
        return storeFailure(markUsed.error());
    (*markUsed)->bind(1, now).bind(2, deviceId).bindBlob(3, codeHash);
    if (auto status = (*markUsed)->run(); !status)
        return storeFailure(status.error());
    if (auto status = (*tx)->commit(); !status)
        return storeFailure(status.error());

    EnrolResponse response;
    response.set_device_id(deviceId);
    response.set_device_secret(secret);
    response.set_kind(kind);
    response.set_organisation_id(organisationId);
    return response;
}

ApiResult<SessionTokens> Authenticator::signIn(const SignInRequest& request)
{
    if (request.login().size() > kMaxLoginLength || request.password().size() > kMaxPasswordLength)
        return invalidCredentials();

    std::optional<DeviceRow> device;
    std::optional<std::pair<std::string, std::string>> credentials;
    std::optional<Record> userRecord;
    {
        auto snapshot = m_impl->store.read();
        if (!snapshot)
            return storeFailure(snapshot.error());
        auto& db = (*snapshot)->db();
        auto checked = checkDevice(db, request.device_id(), request.device_secret());
        if (!checked)
            return checked.error();
        device = std::move(*checked);
        if (!request.login().empty()) {
            auto found = readCredentials(db, request.login());
            if (!found)
                return storeFailure(found.error());
            credentials = std::move(*found);
            if (credentials) {
                auto user = (*snapshot)->find(RECORD_KIND_USER, credentials->first);
                if (!user)
                    return storeFailure(user.error());
                userRecord = std::move(*user);
            }
        }
    } // the snapshot ends here: the slow hash below holds no connection

    std::optional<User> user;
    std::vector<Role> roles;
    if (request.login().empty()) {
        auto deviceRoles = deviceSessionRoles(device->kind);
        if (!deviceRoles)
            return loginRequired();
        roles = std::move(*deviceRoles);
    } else {
        // Unknown login, wrong password, an account this device may not carry: the same
        // path, the same time and the same answer, so the response tells nobody which logins
        // exist, which organisation they belong to, or that a guessed password was right. An
        // account the device may not carry is checked against the dummy hash: its real
        // password is never evaluated there (issue 21).
        const bool mayCarry = credentials && userRecord && userRecord->has_user()
            && deviceMayCarry(*device, userRecord->user());
        const bool matches
            = verifyPassword(request.password(), mayCarry ? credentials->second : m_impl->unknownLoginHash());
        if (!mayCarry || !matches)
            return invalidCredentials();
        user = userRecord->user();
        // Said only to someone who knows the password, on a device the account may use.
        if (user->disabled())
            return userDisabled(403);
        roles = rolesOf(*user);
    }

    auto tx = m_impl->store.write();
    if (!tx)
        return storeFailure(tx.error());
    // The device may have been revoked while the password was being checked.
    auto current = readDevice((*tx)->db(), device->id);
    if (!current)
        return storeFailure(current.error());
    if (!*current || (*current)->revoked)
        return deviceRevoked();
    auto organisation = (*tx)->find(RECORD_KIND_ORGANISATION, device->organisationId);
    if (!organisation)
        return storeFailure(organisation.error());
    if (!*organisation)
        return deviceInvalid();
    auto tokens = m_impl->issue(**tx, *device, user, (*organisation)->organisation(), roles);
    if (!tokens)
        return tokens.error();
    if (auto status = (*tx)->commit(); !status)
        return storeFailure(status.error());
    return tokens;
}

ApiResult<SessionTokens> Authenticator::refresh(const RefreshRequest& request)
{
    if (request.refresh_token().empty() || request.refresh_token().size() > kMaxSecretLength)
        return refreshTokenInvalid();

    auto tx = m_impl->store.write();
    if (!tx)
        return storeFailure(tx.error());
    auto& db = (*tx)->db();
    auto device = checkDevice(db, request.device_id(), request.device_secret());
    if (!device)
        return device.error();

    const std::string tokenHash = auth_crypto::sha256(request.refresh_token());
    auto select = db.cached("SELECT device_id, user_id, expires_at, used_at IS NOT NULL FROM refresh_tokens "
                            "WHERE token_hash = ?");
    if (!select)
        return storeFailure(select.error());
    (*select)->bindBlob(1, tokenHash);
    const auto step = (*select)->step();
    if (step == Statement::Step::Error) {
        auto error = (*select)->lastError("read refresh token");
        (*select)->reset();
        return storeFailure(error);
    }
    if (step == Statement::Step::Done) {
        (*select)->reset();
        return refreshTokenInvalid();
    }
    const std::string tokenDevice = (*select)->columnText(0);
    const std::string userId = (*select)->columnText(1);
    const std::int64_t expiresAt = (*select)->columnInt64(2);
    const bool used = (*select)->columnInt64(3) != 0;
    (*select)->reset();
    if (!auth_crypto::constantTimeEqual(tokenDevice, device->id))
        return refreshTokenInvalid();

    const std::int64_t now = m_impl->now();
    if (used) {
        // A refresh token comes back only if someone kept a copy: end every session of the
        // device, so both the thief and the device must sign in again.
        auto revokeAll
            = db.cached("UPDATE refresh_tokens SET used_at = ? WHERE device_id = ? AND used_at IS NULL");
        if (!revokeAll)
            return storeFailure(revokeAll.error());
        (*revokeAll)->bind(1, now).bind(2, device->id);
        if (auto status = (*revokeAll)->run(); !status)
            return storeFailure(status.error());
        if (auto status = (*tx)->commit(); !status)
            return storeFailure(status.error());
        return refreshTokenUsed();
    }
    if (now >= expiresAt)
        return refreshTokenExpired();

    std::optional<User> user;
    std::vector<Role> roles;
    if (userId.empty()) {
        auto deviceRoles = deviceSessionRoles(device->kind);
        if (!deviceRoles)
            return refreshTokenInvalid();
        roles = std::move(*deviceRoles);
    } else {
        auto record = (*tx)->find(RECORD_KIND_USER, userId);
        if (!record)
            return storeFailure(record.error());
        if (!*record || !(*record)->has_user())
            return refreshTokenInvalid();
        user = (*record)->user();
        if (user->disabled())
            return userDisabled(401);
        if (!deviceMayCarry(*device, *user))
            return refreshTokenInvalid();
        roles = rolesOf(*user);
    }
    auto organisation = (*tx)->find(RECORD_KIND_ORGANISATION, device->organisationId);
    if (!organisation)
        return storeFailure(organisation.error());
    if (!*organisation)
        return deviceInvalid();

    auto markUsed = db.cached("UPDATE refresh_tokens SET used_at = ? WHERE token_hash = ?");
    if (!markUsed)
        return storeFailure(markUsed.error());
    (*markUsed)->bind(1, now).bindBlob(2, tokenHash);
    if (auto status = (*markUsed)->run(); !status)
        return storeFailure(status.error());
    auto tokens = m_impl->issue(**tx, *device, user, (*organisation)->organisation(), roles);
    if (!tokens)
        return tokens.error();
    if (auto status = (*tx)->commit(); !status)
        return storeFailure(status.error());
    return tokens;
}

ApiResult<Principal> Authenticator::authenticate(std::string_view accessToken)
{
    // Runs on every request: one HMAC, then three lookups by primary key in a read snapshot.
    const auto claims = m_impl->verifyAccessToken(accessToken);
    if (!claims)
        return tokenInvalid();
    if (m_impl->now() >= claims->expiresAt)
        return tokenExpired();

    auto snapshot = m_impl->store.read();
    if (!snapshot)
        return storeFailure(snapshot.error());
    auto device = readDevice((*snapshot)->db(), claims->deviceId);
    if (!device)
        return storeFailure(device.error());
    // A signed token names a device this server enrolled; if it is gone, it was removed.
    if (!*device || (*device)->revoked)
        return deviceRevoked();

    Principal principal;
    principal.deviceId = (*device)->id;
    principal.deviceKind = (*device)->kind;
    principal.organisationId = (*device)->organisationId;
    if (claims->userId.empty()) {
        auto roles = deviceSessionRoles((*device)->kind);
        if (!roles)
            return tokenInvalid();
        principal.roles = std::move(*roles);
    } else {
        auto record = (*snapshot)->find(RECORD_KIND_USER, claims->userId);
        if (!record)
            return storeFailure(record.error());
        if (!*record || !(*record)->has_user())
            return tokenInvalid();
        const auto& user = (*record)->user();
        if (user.disabled())
            return userDisabled(401);
        if (!deviceMayCarry(**device, user))
            return tokenInvalid();
        principal.userId = user.id();
        principal.roles = rolesOf(user);
    }
    auto organisation = (*snapshot)->find(RECORD_KIND_ORGANISATION, principal.organisationId);
    if (!organisation)
        return storeFailure(organisation.error());
    if (!*organisation)
        return tokenInvalid();
    const auto& org = (*organisation)->organisation();
    principal.organisationKind = org.kind();
    principal.prefectureCode = org.prefecture_code();
    principal.municipalityId = municipalityOf(org);
    return principal;
}

} // namespace yk::server
