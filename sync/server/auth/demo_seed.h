#pragma once

#include "auth/password_hash.h"
#include "core/server_store.h"

#include "yokoten/v1/sync.pb.h"

#include <chrono>
#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

namespace yk::server {

/// A demo user and the password made for it (shown once, never stored in clear).
struct DemoAccount {
    std::string login;
    std::string userId;
    std::string role; ///< admin spelling, "facility-staff" …
    std::string organisationId;
    std::string organisationName;
    std::string password;
};

/// An enrolment code made for a demo device.
struct DemoEnrolmentCode {
    yokoten::v1::DeviceKind kind = yokoten::v1::DEVICE_KIND_UNSPECIFIED;
    std::string organisationId;
    std::string organisationName;
    std::string code; ///< as printed, "ABCD-EFGH-JKMN"
    std::int64_t expiresAt = 0; ///< Unix seconds
    /// What `./yk demo` calls it: tablet, kiosk, phone, or centre (the centre's tablet).
    std::string label;
};

/// What seeding the demo made.
struct DemoSeed {
    int records = 0;
    std::vector<DemoAccount> accounts;
    std::vector<DemoEnrolmentCode> codes;
};

/// Demo enrolment codes stay valid this long, so a demo can be prepared days ahead.
inline constexpr std::chrono::hours kDemoCodeLifetime { 24 * 30 };

/// Imports the built-in demo data set (yk::proto::builtinDemoDataset) in one write
/// transaction, every record filed through placement, gives each demo user a random password
/// and makes enrolment codes: a tablet for the demo facility, a kiosk and a phone for the demo
/// centre. Refuses (AlreadyExists) a store that already holds the demo.
StoreResult<DemoSeed> importDemo(ServerStore& store, const PasswordCost& cost = PasswordCost::production(),
    std::chrono::system_clock::time_point now = std::chrono::system_clock::now());

/// The accounts and codes as the table an operator reads once.
void printDemoSeed(const DemoSeed& seed, std::ostream& out);

/// importDemo() then printDemoSeed() to `out` (for `yokoten-server init --demo`).
StoreStatus seedDemo(
    ServerStore& store, std::ostream& out, const PasswordCost& cost = PasswordCost::production());

} // namespace yk::server
