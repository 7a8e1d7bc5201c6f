#pragma once

#include "engine/local_store.h"
#include "key_file.h"
#include "storage_names.h"

#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

namespace yk::store {

class CaseRepository;
class EnvelopeRepository;
class RecordRepository;
class RelationRepository;

/// Knobs a caller may turn; defaults are what a device uses.
struct StoreOptions {
    KdfSettings kdf = KdfSettings::interactive();
    /// Name of an SQLite VFS to open the database through (fault-injection tests); null = default.
    const char* vfs = nullptr;
    /// Stop migrating at this schema version (tests of upgrades); 0 = latest.
    int schemaVersion = 0;
    /// Open for reading only, writing nothing at all (not even SQLite's side files): what a
    /// full device can still do. Refused while the write-ahead log holds changes; every write
    /// through the store then fails as read-only.
    bool readOnly = false;
};

/// One user's encrypted local store: a folder holding store.db (SQLCipher, WAL) and
/// store.key (the wrapped data key). Not thread-safe: one Store per thread.
class Store final : public sync::LocalStore {
public:
    static constexpr const char* DatabaseFileName = "store.db";
    static constexpr const char* KeyFileName = "store.key";
    static constexpr std::uint32_t CipherPageSize = 4096;
    /// Page cache per connection (PRAGMA cache_size): holds the doclists of common search terms.
    static constexpr int PageCacheKiB = 16 * 1024;

    /// Creates a new store in `dir` (which must not exist, or be empty). Atomic: the store
    /// is built in a sibling folder and renamed into place, so a crash leaves no half store.
    static StoreResult<std::unique_ptr<Store>> create(
        const std::filesystem::path& dir, std::string_view passcode, const StoreOptions& options = {});
    /// Opens with the user's passcode. Any failure leaves every file of the store as it was.
    static StoreResult<std::unique_ptr<Store>> open(
        const std::filesystem::path& dir, std::string_view passcode, const StoreOptions& options = {});
    /// Opens with a 32-byte secret kept by a platform keystore or on a recovery sheet.
    static StoreResult<std::unique_ptr<Store>> openWithSecret(const std::filesystem::path& dir,
        KeyFile::SlotKind kind, const SecretKey& secret, const StoreOptions& options = {});
    ~Store() override;

    /// Re-wraps the data key under a new passcode; the database is not rewritten.
    StoreStatus changePasscode(std::string_view currentPasscode, std::string_view newPasscode);
    /// Adds (or replaces) a slot that unlocks the store with `secret` (keystore, recovery).
    StoreStatus addSecretSlot(KeyFile::SlotKind kind, std::string label, const SecretKey& secret);
    /// Rotates the data key: re-encrypts every page (PRAGMA rekey). Crash-safe: the key file
    /// holds the next key before the database changes, so either key opens the store after a
    /// crash. Slots other than the passcode's are dropped and must be added again.
    StoreStatus rekey(std::string_view passcode);
    /// Full consistency check (PRAGMA quick_check): reads every page, so it is slow on big stores.
    StoreStatus verifyIntegrity();

    Database& database() override { return m_db; }
    // sync::LocalStore: the records the sync engine writes, filed by envelopes().
    StoreStatus putRecord(const yokoten::v1::Record& record) override;
    StoreStatus removeRecord(yokoten::v1::RecordKind kind, std::string_view id) override;
    StoreResult<std::optional<yokoten::v1::Record>> findRecord(
        yokoten::v1::RecordKind kind, std::string_view id) override;
    StoreStatus removeAllRecords() override;
    CaseRepository& cases() { return *m_cases; }
    RecordRepository& records() { return *m_records; }
    RelationRepository& relations() { return *m_relations; }
    EnvelopeRepository& envelopes() { return *m_envelopes; }

    const std::filesystem::path& directory() const { return m_dir; }
    const std::string& storeId() const { return m_keyFile.storeId(); }
    std::uint32_t keyGeneration() const { return m_keyFile.generation(); }
    int schemaVersion();

private:
    Store(std::filesystem::path dir, Database db, KeyFile keyFile, StoreOptions options);
    /// Unwraps the data key of a given key generation from a key file.
    using Unlocker = std::function<StoreResult<SecretKey>(const KeyFile&, std::uint32_t generation)>;
    static StoreResult<std::unique_ptr<Store>> openWith(
        const std::filesystem::path& dir, const Unlocker& unlock, const StoreOptions& options);
    /// `unlockNext` may open the next key generation when a rekey was interrupted.
    static StoreResult<std::unique_ptr<Store>> openUnlocked(const std::filesystem::path& dir, KeyFile keyFile,
        const SecretKey& dataKey, const Unlocker& unlockNext, const StoreOptions& options);

    std::filesystem::path m_dir;
    Database m_db;
    KeyFile m_keyFile;
    StoreOptions m_options;
    SecretKey m_dataKey;
    std::unique_ptr<CaseRepository> m_cases;
    std::unique_ptr<RecordRepository> m_records;
    std::unique_ptr<RelationRepository> m_relations;
    std::unique_ptr<EnvelopeRepository> m_envelopes;
};

/// Deletes a store folder for good: the key file first, so that what may be left on disk can
/// never be decrypted again (a revoked or wiped device).
bool wipeStore(const std::filesystem::path& directory, std::string* error = nullptr);

} // namespace yk::store
