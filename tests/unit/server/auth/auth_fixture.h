#pragma once

#include "admin/admin_commands.h"
#include "auth/authenticator.h"
#include "core/server_store.h"

#include <QTemporaryDir>

#include <chrono>
#include <memory>
#include <string>
#include <vector>

namespace yk::test {

/// A fresh server store in a temporary folder with a small organisation tree (prefecture 20,
/// a municipality, a facility under it, a centre and a second facility), a movable clock and
/// cheap password hashing.
class AuthFixture {
public:
    static constexpr const char* kPrefectureId = "00000000-0000-4000-8000-000000000001";
    static constexpr const char* kMunicipalityId = "00000000-0000-4000-8000-000000000002";
    static constexpr const char* kFacilityId = "00000000-0000-4000-8000-000000000003";
    static constexpr const char* kCentreId = "00000000-0000-4000-8000-000000000004";
    static constexpr const char* kOtherFacilityId = "00000000-0000-4000-8000-000000000005";
    static constexpr const char* kPassword = "correct horse battery";

    /// `withOrganisations` = false leaves the store empty (for the demo seed).
    explicit AuthFixture(bool withOrganisations = true);

    yk::server::ServerStore& store() { return *m_store; }
    std::chrono::system_clock::time_point& now() { return m_now; }
    yk::server::AuthOptions authOptions();
    yk::server::AdminOptions adminOptions();
    std::unique_ptr<yk::server::Authenticator> openAuthenticator();

    /// runAdminCommand with `stdinText` as standard input; output and errors are kept.
    int admin(const std::vector<std::string>& args, const std::string& stdinText = {});
    std::string out;
    std::string err;

    /// Adds a user through `user add` with kPassword; returns its id (fails the test if not).
    std::string addUser(const std::string& login, const std::string& orgId, const std::string& role);
    /// A new enrolment code through `device code --json`, as printed.
    std::string newCode(const std::string& orgId, const std::string& kind);
    /// Stores a code directly (to control it exactly).
    void insertCode(const std::string& canonical, const std::string& orgId, yokoten::v1::DeviceKind kind,
        std::chrono::seconds ttl);

    /// Every row of the tables the authenticator writes, as text: to prove nothing changed.
    std::string dumpAuthTables();
    /// One integer from a query (a count).
    std::int64_t queryInt(const std::string& sql);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<yk::server::ServerStore> m_store;
    std::chrono::system_clock::time_point m_now;
};

} // namespace yk::test
