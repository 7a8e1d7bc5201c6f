#include "account_admin.h"

#include "auth/auth_crypto.h"
#include "auth/enrolment_code.h"
#include "core/placement.h"
#include "storage/cipher.h"

#include <algorithm>

namespace yk::server {

using namespace yokoten::v1;
using Statement = SqlStatement;

namespace {

constexpr std::size_t kMaxPasswordBytes = 1024;

AdminError storeFailure(const storage::StoreError& error)
{
    return { "store_error", "the server store failed: " + error.detail };
}

AdminError unknownOrganisation(const std::string& id)
{
    return { "unknown_organisation", "no organisation with id " + id };
}

StoreResult<std::optional<Organisation>> findOrganisation(RecordQueries& queries, std::string_view id)
{
    auto found = queries.find(RECORD_KIND_ORGANISATION, id);
    if (!found)
        return found.error();
    if (!*found || !(*found)->has_organisation())
        return std::optional<Organisation> {};
    return std::optional<Organisation> { (*found)->organisation() };
}

StoreResult<std::optional<std::string>> userIdOfLogin(SqlConnection& db, std::string_view login)
{
    auto stmt = db.cached("SELECT user_id FROM credentials WHERE login = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, login);
    const auto step = (*stmt)->step();
    if (step == Statement::Step::Error) {
        auto error = (*stmt)->lastError("read credentials");
        (*stmt)->reset();
        return error;
    }
    std::optional<std::string> id;
    if (step == Statement::Step::Row)
        id = (*stmt)->columnText(0);
    (*stmt)->reset();
    return id;
}

} // namespace

AdminResult<CreatedUser> addUser(ServerStore& store, NewUser user, const AdminOptions& options)
{
    if (characterCount(user.password) < kMinimumPasswordLength)
        return AdminError { "password_too_short",
            "the password is too short: at least " + std::to_string(kMinimumPasswordLength) + " characters" };
    if (user.password.size() > kMaxPasswordBytes)
        return AdminError { "password_too_long", "the password is too long (at most 1024 bytes)" };
    // The slow hash runs before the write transaction, so it blocks no other writer.
    const std::string passwordHash = hashPassword(user.password, options.passwordCost);
    std::fill(user.password.begin(), user.password.end(), '\0');
    if (passwordHash.empty())
        return AdminError { "hash_failed", "the password could not be hashed" };

    auto tx = store.write();
    if (!tx)
        return storeFailure(tx.error());
    auto org = findOrganisation(**tx, user.organisationId);
    if (!org)
        return storeFailure(org.error());
    if (!*org)
        return unknownOrganisation(user.organisationId);
    auto existing = userIdOfLogin((*tx)->db(), user.login);
    if (!existing)
        return storeFailure(existing.error());
    if (*existing)
        return AdminError { "login_taken", "the login is already in use" };

    Record record;
    auto* created = record.mutable_user();
    created->set_id(storage::newUuid());
    created->set_organisation_id((*org)->id());
    created->set_login(user.login);
    created->set_display_name(user.displayName.empty() ? user.login : user.displayName);
    created->add_roles(user.role);
    if (auto placed = putPlaced(**tx, record); !placed)
        return storeFailure(placed.error());
    auto insert = (*tx)->db().cached(
        "INSERT INTO credentials(user_id, login, password_hash, changed_at) VALUES (?, ?, ?, ?)");
    if (!insert)
        return storeFailure(insert.error());
    (*insert)->bind(1, created->id()).bind(2, user.login).bind(3, passwordHash);
    (*insert)->bind(4, auth_crypto::unixSeconds(options.clock()));
    if (auto status = (*insert)->run(); !status)
        return storeFailure(status.error());
    if (auto status = (*tx)->commit(); !status)
        return storeFailure(status.error());
    return CreatedUser { created->id(), (*org)->id(), (*org)->name(), created->display_name() };
}

AdminResult<DisabledUser> disableUser(ServerStore& store, const std::string& login)
{
    auto tx = store.write();
    if (!tx)
        return storeFailure(tx.error());
    auto userId = userIdOfLogin((*tx)->db(), login);
    if (!userId)
        return storeFailure(userId.error());
    if (!*userId)
        return AdminError { "unknown_login", "no user with that login" };
    auto record = (*tx)->find(RECORD_KIND_USER, **userId);
    if (!record)
        return storeFailure(record.error());
    if (!*record || !(*record)->has_user())
        return AdminError { "unknown_login", "the login has no user record" };
    const bool wasDisabled = (*record)->user().disabled();
    if (!wasDisabled) {
        (*record)->mutable_user()->set_disabled(true);
        // Put through placement so every device of the organisation learns it on its next pull.
        if (auto placed = putPlaced(**tx, **record); !placed)
            return storeFailure(placed.error());
    }
    auto forget = (*tx)->db().cached("DELETE FROM refresh_tokens WHERE user_id = ?");
    if (!forget)
        return storeFailure(forget.error());
    (*forget)->bind(1, **userId);
    if (auto status = (*forget)->run(); !status)
        return storeFailure(status.error());
    if (auto status = (*tx)->commit(); !status)
        return storeFailure(status.error());
    return DisabledUser { **userId, wasDisabled };
}

AdminResult<IssuedCode> issueEnrolmentCode(ServerStore& store, const std::string& organisationId,
    DeviceKind kind, int hours, const AdminOptions& options)
{
    auto tx = store.write();
    if (!tx)
        return storeFailure(tx.error());
    auto org = findOrganisation(**tx, organisationId);
    if (!org)
        return storeFailure(org.error());
    if (!*org)
        return unknownOrganisation(organisationId);
    const std::string code = enrolment_code::generate();
    if (code.size() != enrolment_code::kLength)
        return AdminError { "random_failed", "no random bytes for the code" };
    const std::int64_t now = auth_crypto::unixSeconds(options.clock());
    const std::int64_t expiresAt = now + std::int64_t { hours } * 3600;
    if (auto status = enrolment_code::insert(**tx, code, (*org)->id(), kind, now, expiresAt); !status)
        return storeFailure(status.error());
    if (auto status = (*tx)->commit(); !status)
        return storeFailure(status.error());
    return IssuedCode { enrolment_code::format(code), (*org)->id(), (*org)->name(), expiresAt };
}

AdminResult<std::vector<EnrolledDevice>> listDevices(ServerStore& store, const std::string& organisationId)
{
    auto snapshot = store.read();
    if (!snapshot)
        return storeFailure(snapshot.error());
    if (!organisationId.empty()) {
        auto org = findOrganisation(**snapshot, organisationId);
        if (!org)
            return storeFailure(org.error());
        if (!*org)
            return unknownOrganisation(organisationId);
    }
    auto stmt = (*snapshot)->db().prepare("SELECT id, organisation_id, kind, name, platform, enrolled_at, "
                                          "revoked_at, last_seen_at FROM devices "
                                          "WHERE ? = '' OR organisation_id = ? ORDER BY enrolled_at, id");
    if (!stmt)
        return storeFailure(stmt.error());
    (*stmt)->bind(1, organisationId).bind(2, organisationId);
    std::vector<EnrolledDevice> devices;
    for (;;) {
        const auto step = (*stmt)->step();
        if (step == Statement::Step::Done)
            break;
        if (step == Statement::Step::Error)
            return storeFailure((*stmt)->lastError("list devices"));
        EnrolledDevice device;
        device.id = (*stmt)->columnText(0);
        device.organisationId = (*stmt)->columnText(1);
        device.kind = static_cast<DeviceKind>((*stmt)->columnInt64(2));
        device.name = (*stmt)->columnText(3);
        device.platform = (*stmt)->columnText(4);
        device.enrolledAt = (*stmt)->columnInt64(5);
        if (!(*stmt)->columnIsNull(6))
            device.revokedAt = (*stmt)->columnInt64(6);
        if (!(*stmt)->columnIsNull(7))
            device.lastSeenAt = (*stmt)->columnInt64(7);
        devices.push_back(std::move(device));
    }
    (*stmt)->reset();
    return devices;
}

AdminResult<RevokedDevice> revokeDevice(
    ServerStore& store, const std::string& deviceId, const AdminOptions& options)
{
    auto tx = store.write();
    if (!tx)
        return storeFailure(tx.error());
    auto& db = (*tx)->db();
    auto select = db.prepare("SELECT revoked_at FROM devices WHERE id = ?");
    if (!select)
        return storeFailure(select.error());
    (*select)->bind(1, deviceId);
    const auto step = (*select)->step();
    if (step == Statement::Step::Error)
        return storeFailure((*select)->lastError("read device"));
    if (step == Statement::Step::Done)
        return AdminError { "unknown_device", "no device with id " + deviceId };
    const bool wasRevoked = !(*select)->columnIsNull(0);
    const std::int64_t revokedAt
        = wasRevoked ? (*select)->columnInt64(0) : auth_crypto::unixSeconds(options.clock());
    (*select)->reset();
    if (!wasRevoked) {
        auto update = db.prepare("UPDATE devices SET revoked_at = ? WHERE id = ?");
        if (!update)
            return storeFailure(update.error());
        (*update)->bind(1, revokedAt).bind(2, deviceId);
        if (auto status = (*update)->run(); !status)
            return storeFailure(status.error());
    }
    auto forget = db.prepare("DELETE FROM refresh_tokens WHERE device_id = ?");
    if (!forget)
        return storeFailure(forget.error());
    (*forget)->bind(1, deviceId);
    if (auto status = (*forget)->run(); !status)
        return storeFailure(status.error());
    if (auto status = (*tx)->commit(); !status)
        return storeFailure(status.error());
    return RevokedDevice { revokedAt, wasRevoked };
}

} // namespace yk::server
