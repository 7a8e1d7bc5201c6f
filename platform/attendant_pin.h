#pragma once

#include "vault_error.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <string>

namespace yk::platform {

/// The result of one PIN entry.
struct PinCheck {
    enum class Outcome {
        Accepted,
        Rejected, ///< wrong PIN; triesLeft more before a lock-out
        LockedOut, ///< too many wrong PINs: no PIN is checked until lockedUntilMs
        NotSet, ///< the kiosk has no attendant PIN: nothing unlocks it
        Unreadable, ///< the PIN file is damaged: nothing unlocks it (fail closed)
    };
    Outcome outcome = Outcome::Rejected;
    int triesLeft = 0;
    qint64 lockedUntilMs = 0; ///< wall-clock ms since the epoch, when LockedOut
};

/// The kiosk attendant's PIN, the only way out of the kiosk's lock-down. Stored as a salted
/// PBKDF2-HMAC-SHA256 hash in a 0600 file together with the count of wrong tries, so that
/// restarting the app does not reset a lock-out. After `maxTries` wrong PINs each further wrong
/// PIN locks entry for a time that doubles (30 s, 1 min, 2 min … up to 15 min). A correct PIN
/// resets the count. Comparison is constant-time. Plain C++: 0.1 s of PBKDF2 per check.
class AttendantPin {
public:
    struct Options {
        std::uint32_t iterations = 200000;
        int maxTries = 5;
        qint64 firstLockoutMs = 30 * 1000;
        qint64 maxLockoutMs = 15 * 60 * 1000;
    };
    /// Wall-clock milliseconds since the epoch (injectable for tests).
    using Clock = std::function<qint64()>;

    explicit AttendantPin(QString filePath);
    AttendantPin(QString filePath, Clock clock, Options options);

    bool isSet() const;
    /// 4 to 12 digits; replaces any PIN and clears the failure count.
    VaultStatus setPin(const QString& pin);
    PinCheck verify(const QString& pin);
    /// True when the PIN is well formed (4–12 ASCII digits).
    static bool isValidPin(const QString& pin);

private:
    struct Stored {
        std::uint32_t iterations = 0;
        std::string salt;
        std::string hash;
        int failures = 0;
        qint64 lockedUntilMs = 0;
    };
    enum class Load { Ok, Missing, Damaged };
    Load load(Stored& stored) const;
    VaultStatus save(const Stored& stored) const;

    QString m_path;
    Clock m_clock;
    Options m_options;
};

} // namespace yk::platform
