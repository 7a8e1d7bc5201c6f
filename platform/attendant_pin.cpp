#include "attendant_pin.h"

#include "platform_logging.h"

#include "proto/hex_text.h"
#include "storage/file_io.h"

#include <QByteArray>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <algorithm>

namespace yk::platform {

namespace {

constexpr const char* Magic = "yokoten-attendant-pin-v1";
constexpr std::size_t SaltBytes = 16;
constexpr std::size_t HashBytes = 32;
// Bounds a damaged or crafted file: no gigantic PBKDF2 run.
constexpr std::uint32_t MaxIterations = 10'000'000;

std::string derive(const QString& pin, const std::string& salt, std::uint32_t iterations)
{
    const QByteArray utf8 = pin.toUtf8();
    std::string out(HashBytes, '\0');
    if (PKCS5_PBKDF2_HMAC(utf8.constData(), static_cast<int>(utf8.size()),
            reinterpret_cast<const unsigned char*>(salt.data()), static_cast<int>(salt.size()),
            static_cast<int>(iterations), EVP_sha256(), static_cast<int>(HashBytes),
            reinterpret_cast<unsigned char*>(out.data()))
        != 1)
        return {};
    return out;
}

} // namespace

AttendantPin::AttendantPin(QString filePath)
    : AttendantPin(
        std::move(filePath), [] { return QDateTime::currentMSecsSinceEpoch(); }, Options {})
{
}

AttendantPin::AttendantPin(QString filePath, Clock clock, Options options)
    : m_path(std::move(filePath))
    , m_clock(std::move(clock))
    , m_options(options)
{
}

bool AttendantPin::isValidPin(const QString& pin)
{
    if (pin.size() < 4 || pin.size() > 12)
        return false;
    return std::all_of(
        pin.begin(), pin.end(), [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

bool AttendantPin::isSet() const
{
    Stored stored;
    return load(stored) == Load::Ok;
}

VaultStatus AttendantPin::setPin(const QString& pin)
{
    if (!isValidPin(pin))
        return makeVaultError(VaultErrorCode::InvalidArgument, "a PIN is 4 to 12 digits");
    Stored stored;
    stored.iterations = m_options.iterations;
    stored.salt.assign(SaltBytes, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(stored.salt.data()), static_cast<int>(SaltBytes)) != 1)
        return makeVaultError(VaultErrorCode::Io, "RAND_bytes failed");
    stored.hash = derive(pin, stored.salt, stored.iterations);
    if (stored.hash.empty())
        return makeVaultError(VaultErrorCode::Io, "PBKDF2 failed");
    return save(stored);
}

PinCheck AttendantPin::verify(const QString& pin)
{
    PinCheck check;
    Stored stored;
    switch (load(stored)) {
    case Load::Missing:
        check.outcome = PinCheck::Outcome::NotSet;
        return check;
    case Load::Damaged:
        qCWarning(lcPlatform) << "attendant PIN file is damaged; the kiosk stays locked";
        check.outcome = PinCheck::Outcome::Unreadable;
        return check;
    case Load::Ok:
        break;
    }
    const qint64 now = m_clock();
    if (now < stored.lockedUntilMs) {
        check.outcome = PinCheck::Outcome::LockedOut;
        check.lockedUntilMs = stored.lockedUntilMs;
        return check;
    }
    const std::string candidate = derive(pin, stored.salt, stored.iterations);
    const bool match = candidate.size() == stored.hash.size()
        && CRYPTO_memcmp(candidate.data(), stored.hash.data(), stored.hash.size()) == 0;
    if (match) {
        if (stored.failures != 0 || stored.lockedUntilMs != 0) {
            stored.failures = 0;
            stored.lockedUntilMs = 0;
            if (auto saved = save(stored); !saved)
                qCWarning(lcPlatform)
                    << "could not reset the PIN failure count:" << saved.error().detail.c_str();
        }
        check.outcome = PinCheck::Outcome::Accepted;
        return check;
    }
    stored.failures += 1;
    const int over = stored.failures - m_options.maxTries;
    if (over >= 0) {
        // 30 s after the 5th wrong PIN, then doubling with each further one, capped.
        qint64 lockout = m_options.firstLockoutMs;
        for (int i = 0; i < over && lockout < m_options.maxLockoutMs; ++i)
            lockout *= 2;
        lockout = std::min(lockout, m_options.maxLockoutMs);
        stored.lockedUntilMs = now + lockout;
        check.outcome = PinCheck::Outcome::LockedOut;
        check.lockedUntilMs = stored.lockedUntilMs;
        qCWarning(lcPlatform) << "attendant PIN locked for" << lockout / 1000 << "s after" << stored.failures
                              << "wrong tries";
    } else {
        check.outcome = PinCheck::Outcome::Rejected;
        check.triesLeft = -over;
    }
    // A failure that cannot be recorded still counts as wrong; the file keeps the old count.
    if (auto saved = save(stored); !saved)
        qCWarning(lcPlatform) << "could not record a wrong PIN:" << saved.error().detail.c_str();
    return check;
}

AttendantPin::Load AttendantPin::load(Stored& stored) const
{
    auto bytes = storage::readWholeFile(QFile::encodeName(m_path).constData(), 4096);
    if (!bytes)
        return bytes.error().code == storage::StoreErrorCode::NotFound ? Load::Missing : Load::Damaged;
    const QStringList lines = QString::fromLatin1(bytes->data(), static_cast<qsizetype>(bytes->size()))
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.size() != 6 || lines.at(0) != QLatin1String(Magic))
        return Load::Damaged;
    bool ok1 = false, ok2 = false, ok3 = false;
    stored.iterations = lines.at(1).toUInt(&ok1);
    const QByteArray salt = QByteArray::fromHex(lines.at(2).toLatin1());
    const QByteArray hash = QByteArray::fromHex(lines.at(3).toLatin1());
    stored.failures = lines.at(4).toInt(&ok2);
    stored.lockedUntilMs = lines.at(5).toLongLong(&ok3);
    if (!ok1 || !ok2 || !ok3 || stored.iterations == 0 || stored.iterations > MaxIterations
        || salt.size() != qsizetype(SaltBytes) || hash.size() != qsizetype(HashBytes) || stored.failures < 0)
        return Load::Damaged;
    stored.salt = salt.toStdString();
    stored.hash = hash.toStdString();
    return Load::Ok;
}

VaultStatus AttendantPin::save(const Stored& stored) const
{
    const QString dir = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(dir))
        return makeVaultError(VaultErrorCode::Io, "cannot create the PIN folder");
    const std::string text = std::string(Magic) + "\n" + std::to_string(stored.iterations) + "\n"
        + proto::toHex(stored.salt) + "\n" + proto::toHex(stored.hash) + "\n"
        + std::to_string(stored.failures) + "\n" + std::to_string(stored.lockedUntilMs) + "\n";
    if (auto written = storage::writeFileAtomically(QFile::encodeName(m_path).constData(), text); !written)
        return makeVaultError(VaultErrorCode::Io, written.error().detail);
    return {};
}

} // namespace yk::platform
