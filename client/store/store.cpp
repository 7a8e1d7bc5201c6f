#include "store.h"

#include "hex_text.h"

#include "case_repository.h"
#include "envelope_repository.h"
#include "japanese_text.h"
#include "migrations.h"
#include "record_repository.h"
#include "relations.h"
#include "storage/cipher.h"
#include "storage/file_io.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

#include <chrono>
#include <system_error>

namespace yk::store {

namespace fs = std::filesystem;

namespace {

// PRAGMA application_id of every Yokoten store: "YKTN".
constexpr std::int64_t kApplicationId = 0x594B544E;

StoreStatus registerExtensions(Database& db)
{
    std::string error;
    if (!registerBigramTokenizer(db.handle(), &error))
        return makeError(StoreErrorCode::Internal, "search extensions: " + error);
    return {};
}

// Opens the database file and proves `key` opens it; the connection is closed on failure.
StoreResult<Database> openKeyed(const fs::path& dbPath, const SecretKey& key, std::uint32_t pageSize,
    const char* vfs, bool readOnly = false)
{
    auto db = readOnly ? Database::openSnapshot(dbPath.string(), vfs)
                       : Database::open(dbPath.string(), false, vfs);
    if (!db)
        return db.error();
    if (auto status = registerExtensions(*db); !status)
        return status.error();
    if (auto status = keyAndVerify(*db, key, pageSize); !status)
        return status.error();
    return db;
}

// Remembers which SQLite side files existed before an open, so that a failed open can remove
// the ones it created itself and leave the folder exactly as it found it.
class SideFiles {
public:
    explicit SideFiles(const fs::path& database)
        : m_wal(database.string() + "-wal")
        , m_shm(database.string() + "-shm")
        , m_hadWal(fs::exists(m_wal))
        , m_hadShm(fs::exists(m_shm))
    {
    }
    void removeCreated() const
    {
        std::error_code ignored;
        if (!m_hadWal && fs::exists(m_wal) && fs::file_size(m_wal, ignored) == 0)
            fs::remove(m_wal, ignored);
        if (!m_hadShm)
            fs::remove(m_shm, ignored);
    }

private:
    fs::path m_wal;
    fs::path m_shm;
    bool m_hadWal;
    bool m_hadShm;
};

std::int64_t nowMillis()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::system_clock::now().time_since_epoch())
        .count();
}

} // namespace

Store::Store(fs::path dir, Database db, KeyFile keyFile, StoreOptions options)
    : m_dir(std::move(dir))
    , m_db(std::move(db))
    , m_keyFile(std::move(keyFile))
    , m_options(options)
    , m_cases(std::make_unique<CaseRepository>(m_db))
    , m_records(std::make_unique<RecordRepository>(m_db))
    , m_relations(std::make_unique<RelationRepository>(m_db))
    , m_envelopes(std::make_unique<EnvelopeRepository>(m_db, *m_cases, *m_records))
{
}

StoreStatus Store::putRecord(const yokoten::v1::Record& record)
{
    return m_envelopes->put(record);
}

StoreStatus Store::removeRecord(yokoten::v1::RecordKind kind, std::string_view id)
{
    return m_envelopes->remove(kind, id);
}

StoreResult<std::optional<yokoten::v1::Record>> Store::findRecord(
    yokoten::v1::RecordKind kind, std::string_view id)
{
    return m_envelopes->find(kind, id);
}

StoreStatus Store::removeAllRecords()
{
    return m_envelopes->removeAll();
}

Store::~Store()
{
    // Repositories hold cached statements of the connection: drop them before it closes.
    m_envelopes.reset();
    m_cases.reset();
    m_records.reset();
    m_relations.reset();
    m_db.close();
}

StoreResult<std::unique_ptr<Store>> Store::create(
    const fs::path& dir, std::string_view passcode, const StoreOptions& options)
{
    if (passcode.empty())
        return makeError(StoreErrorCode::InvalidArgument, "empty passcode");
    std::error_code ec;
    if (fs::exists(dir, ec) && !(fs::is_directory(dir, ec) && fs::is_empty(dir, ec)))
        return makeError(StoreErrorCode::AlreadyExists, "folder exists and is not empty");
    const fs::path parent = dir.parent_path().empty() ? fs::path(".") : dir.parent_path();
    fs::create_directories(parent, ec);
    if (ec)
        return errorFromErrno(ec.value(), "create parent folder");

    const std::string storeId = newUuid();
    // Built with append rather than operator+: GCC 12 at -O2 warns falsely (-Wrestrict) on "." + string.
    std::string stagingName(".");
    stagingName.append(dir.filename().string()).append(".creating-").append(storeId, 0, 8);
    const fs::path staging = parent / stagingName;
    if (!fs::create_directory(staging, ec))
        return errorFromErrno(ec ? ec.value() : EEXIST, "create staging folder");
    fs::permissions(staging, fs::perms::owner_all, fs::perm_options::replace, ec);

    auto fail = [&](StoreError error) -> StoreResult<std::unique_ptr<Store>> {
        std::error_code ignored;
        fs::remove_all(staging, ignored);
        return error;
    };

    const SecretKey dataKey = SecretKey::random();
    KeyFile keyFile = KeyFile::createNew(storeId, CipherPageSize);
    if (auto status = keyFile.setPasscodeSlot(dataKey, keyFile.generation(), passcode, options.kdf); !status)
        return fail(status.error());
    {
        auto db = Database::open((staging / DatabaseFileName).string(), true, options.vfs);
        if (!db)
            return fail(db.error());
        if (auto status = applyKey(*db, dataKey, CipherPageSize); !status)
            return fail(status.error());
        if (auto status = registerExtensions(*db); !status)
            return fail(status.error());
        if (auto status = db->exec(
                "PRAGMA journal_mode = WAL; PRAGMA application_id = " + std::to_string(kApplicationId));
            !status)
            return fail(status.error());
        const int target = options.schemaVersion > 0 ? options.schemaVersion : latestSchemaVersion();
        if (auto status = migrate(*db, target); !status)
            return fail(status.error());
        auto insert
            = db->prepare("INSERT INTO store_meta(key, value) VALUES ('store_id', ?1), ('created_at', ?2)");
        if (!insert)
            return fail(insert.error());
        insert->bind(1, storeId).bind(2, std::to_string(nowMillis()));
        if (auto status = insert->run(); !status)
            return fail(status.error());
    }
    // SQLite creates files 0644 and gives -wal/-shm the database's mode: owner only.
    fs::permissions(staging / DatabaseFileName, fs::perms::owner_read | fs::perms::owner_write,
        fs::perm_options::replace, ec);
    if (auto status = keyFile.save(staging / KeyFileName); !status)
        return fail(status.error());
    if (fs::exists(dir, ec))
        fs::remove(dir, ec); // the empty folder the caller prepared
    fs::rename(staging, dir, ec);
    if (ec)
        return fail(errorFromErrno(ec.value(), "move new store into place"));
    (void)syncDirectory(parent);

    return openUnlocked(dir, std::move(keyFile), dataKey, nullptr, options);
}

StoreResult<std::unique_ptr<Store>> Store::open(
    const fs::path& dir, std::string_view passcode, const StoreOptions& options)
{
    const std::string code(passcode);
    return openWith(
        dir,
        [code](const KeyFile& file, std::uint32_t generation) -> StoreResult<SecretKey> {
            auto key = file.unlockWithPasscode(code, generation);
            // Every store has a passcode slot: one missing means a damaged key file.
            if (!key && key.error().code == StoreErrorCode::NotFound)
                return makeError(StoreErrorCode::Corrupt, "key file has no passcode slot");
            return key;
        },
        options);
}

StoreResult<std::unique_ptr<Store>> Store::openWithSecret(
    const fs::path& dir, KeyFile::SlotKind kind, const SecretKey& secret, const StoreOptions& options)
{
    return openWith(
        dir,
        [kind, secret](const KeyFile& file, std::uint32_t generation) {
            return file.unlockWithSecret(kind, secret, generation);
        },
        options);
}

StoreResult<std::unique_ptr<Store>> Store::openWith(
    const fs::path& dir, const Unlocker& unlock, const StoreOptions& options)
{
    std::error_code ec;
    if (!fs::is_directory(dir, ec))
        return makeError(StoreErrorCode::NotFound, "no store folder");
    auto keyFile = KeyFile::load(dir / KeyFileName);
    if (!keyFile)
        return keyFile.error();
    auto dataKey = unlock(*keyFile, keyFile->generation());
    if (!dataKey)
        return dataKey.error();
    auto opened = openUnlocked(dir, std::move(*keyFile), *dataKey, unlock, options);
    if (!opened)
        return storage::explainIfFull(opened.error(), dir);
    return opened;
}

StoreResult<std::unique_ptr<Store>> Store::openUnlocked(const fs::path& dir, KeyFile keyFile,
    const SecretKey& dataKey, const Unlocker& unlockNext, const StoreOptions& options)
{
    const fs::path dbPath = dir / DatabaseFileName;
    std::error_code ec;
    if (!fs::is_regular_file(dbPath, ec))
        return makeError(StoreErrorCode::Corrupt, "store.db is missing");
    const SideFiles sideFiles(dbPath);
    if (options.readOnly) {
        // The snapshot does not read the write-ahead log: refuse rather than show old data.
        const fs::path wal = dbPath.string() + "-wal";
        if (fs::exists(wal, ec) && fs::file_size(wal, ec) > 0)
            return makeError(
                StoreErrorCode::Busy, "store.db-wal holds changes; open the store normally once");
    }

    auto db = openKeyed(dbPath, dataKey, keyFile.cipherPageSize(), options.vfs, options.readOnly);
    bool finishRotation = false;
    SecretKey openedWith = dataKey;
    if (!db && db.error().code == StoreErrorCode::WrongKey && unlockNext) {
        // A rekey may have been cut short after the database changed but before the key file
        // did: the next generation's slot then opens the database.
        if (auto next = unlockNext(keyFile, keyFile.generation() + 1)) {
            auto retried = openKeyed(dbPath, *next, keyFile.cipherPageSize(), options.vfs, options.readOnly);
            if (retried) {
                db = std::move(retried);
                finishRotation = true;
                openedWith = *next;
            }
        }
    }
    if (!db) {
        sideFiles.removeCreated();
        return db.error();
    }
    auto fail = [&](StoreError error) -> StoreResult<std::unique_ptr<Store>> {
        db->close();
        sideFiles.removeCreated();
        return error;
    };
    // On read-only media SQLite quietly opens the file read-only; say so now rather than at
    // the first thing the user tries to save.
    if (!options.readOnly && sqlite3_db_readonly(db->handle(), "main") == 1)
        return fail(makeError(StoreErrorCode::ReadOnly, "the store's storage is read-only"));

    auto applicationId = db->queryInt("PRAGMA application_id");
    if (!applicationId)
        return fail(applicationId.error());
    if (*applicationId != kApplicationId)
        return fail(makeError(StoreErrorCode::NotAStore, "database is not a Yokoten store"));
    auto version = db->queryInt("PRAGMA user_version");
    if (!version)
        return fail(version.error());
    if (*version > latestSchemaVersion())
        return fail(makeError(StoreErrorCode::NewerVersion,
            "store schema " + std::to_string(*version) + ", this program knows up to "
                + std::to_string(latestSchemaVersion())));
    {
        auto storedId = db->prepare("SELECT value FROM store_meta WHERE key = 'store_id'");
        if (!storedId)
            return fail(storedId.error());
        const auto step = storedId->step();
        if (step == Statement::Step::Error)
            return fail(storedId->lastError("read store id"));
        if (step != Statement::Step::Row || storedId->columnTextView(0) != keyFile.storeId())
            return fail(makeError(StoreErrorCode::NotAStore, "key file belongs to another store"));
    }

    // FULL: a committed transaction (an outbox entry, a sign-up) survives a power cut.
    // cache_size: SQLite's default 2 MiB page cache cannot hold the doclists of common bigrams,
    // and every page that falls out of it costs a decryption on the next search (a two-word
    // query measured 10 ms instead of 0.9 ms at 50,000 cases; docs/benchmarks.md).
    // secure_delete: a deleted row's bytes are overwritten with zeros, not left in a free
    // page, so data purged from a kiosk cannot be read back even by someone with the key.
    const int target = options.schemaVersion > 0 ? options.schemaVersion : latestSchemaVersion();
    if (options.readOnly) {
        if (*version < target)
            return fail(
                makeError(StoreErrorCode::ReadOnly, "the store must be updated, which needs free space"));
        if (auto status = db->exec("PRAGMA cache_size = -" + std::to_string(PageCacheKiB)); !status)
            return fail(status.error());
        std::unique_ptr<Store> store(new Store(dir, std::move(*db), std::move(keyFile), options));
        store->m_dataKey = openedWith;
        return store;
    }
    if (auto status
        = db->exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 2000; "
                   "PRAGMA secure_delete = ON; PRAGMA cache_size = -"
            + std::to_string(PageCacheKiB));
        !status)
        return fail(status.error());
    if (auto status = migrate(*db, target); !status)
        return fail(status.error());

    if (finishRotation) {
        keyFile.setGeneration(keyFile.generation() + 1);
        keyFile.keepOnlyGeneration(keyFile.generation());
        if (auto status = keyFile.save(dir / KeyFileName); !status)
            return fail(status.error());
    }
    std::unique_ptr<Store> store(new Store(dir, std::move(*db), std::move(keyFile), options));
    store->m_dataKey = openedWith;
    return store;
}

StoreStatus Store::changePasscode(std::string_view currentPasscode, std::string_view newPasscode)
{
    auto key = m_keyFile.unlockWithPasscode(currentPasscode, m_keyFile.generation());
    if (!key)
        return key.error();
    KeyFile updated = m_keyFile;
    if (auto status = updated.setPasscodeSlot(*key, updated.generation(), newPasscode, m_options.kdf);
        !status)
        return status;
    if (auto status = updated.save(m_dir / KeyFileName); !status)
        return status;
    m_keyFile = std::move(updated);
    return {};
}

StoreStatus Store::addSecretSlot(KeyFile::SlotKind kind, std::string label, const SecretKey& secret)
{
    KeyFile updated = m_keyFile;
    updated.setSecretSlot(kind, std::move(label), m_dataKey, updated.generation(), secret);
    if (auto status = updated.save(m_dir / KeyFileName); !status)
        return status;
    m_keyFile = std::move(updated);
    return {};
}

StoreStatus Store::rekey(std::string_view passcode)
{
    auto current = m_keyFile.unlockWithPasscode(passcode, m_keyFile.generation());
    if (!current)
        return current.error();
    const SecretKey next = SecretKey::random();
    const std::uint32_t nextGeneration = m_keyFile.generation() + 1;

    // 1. The key file learns the next key first: from here on either key opens the store.
    KeyFile pending = m_keyFile;
    if (auto status = pending.setPasscodeSlot(next, nextGeneration, passcode, m_options.kdf); !status)
        return status;
    if (auto status = pending.save(m_dir / KeyFileName); !status)
        return status;

    // 2. Re-encrypt every page in one transaction.
    std::string raw = next.sqlcipherRawKey();
    const int rc = sqlite3_rekey(m_db.handle(), raw.data(), static_cast<int>(raw.size()));
    OPENSSL_cleanse(raw.data(), raw.size());
    if (rc != SQLITE_OK) {
        StoreError error = errorFromSqlite(rc, "rekey", m_db.handle());
        (void)m_keyFile.save(m_dir / KeyFileName); // forget the unused next key
        return error;
    }

    // 3. Only the new generation remains.
    KeyFile done = pending;
    done.setGeneration(nextGeneration);
    done.keepOnlyGeneration(nextGeneration);
    m_keyFile = pending; // should saving fail, the pending file on disk still opens the store
    m_dataKey = next;
    if (auto status = done.save(m_dir / KeyFileName); !status)
        return status;
    m_keyFile = std::move(done);
    return {};
}

StoreStatus Store::verifyIntegrity()
{
    auto check = m_db.prepare("PRAGMA quick_check");
    if (!check)
        return check.error();
    if (check->step() == Statement::Step::Error)
        return check->lastError("quick_check");
    if (check->columnTextView(0) != "ok")
        return makeError(StoreErrorCode::Corrupt, "quick_check: " + check->columnText(0));
    return {};
}

int Store::schemaVersion()
{
    auto version = m_db.queryInt("PRAGMA user_version");
    return version ? static_cast<int>(*version) : -1;
}

bool wipeStore(const fs::path& directory, std::string* error)
{
    std::error_code ec;
    fs::remove(directory / Store::KeyFileName, ec);
    if (!ec)
        fs::remove_all(directory, ec);
    if (ec && error != nullptr)
        *error = ec.message();
    return !ec;
}

} // namespace yk::store
