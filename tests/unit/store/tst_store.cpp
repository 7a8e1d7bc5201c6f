// Store lifecycle and every error path of opening: each failure is distinct, clear, and
// leaves every byte of the store as it was.
#include "fault_vfs.h"
#include "store_fixture.h"

#include "storage/database.h"
#include "store/case_repository.h"
#include "store/key_file.h"
#include "store/migrations.h"
#include "store/record_repository.h"
#include "store/store.h"

#include <QTemporaryDir>
#include <QtTest>

#include <openssl/evp.h>

#include <filesystem>
#include <fstream>
#include <random>

using namespace yk::store;
namespace fs = std::filesystem;

namespace {

StoreOptions fastOptions()
{
    StoreOptions options;
    options.kdf = KdfSettings::fastForTests();
    return options;
}

constexpr const char* kPasscode = "sakura-2024";
constexpr const char* kTitle = "夜間の見守りセンサー導入で巡視を半減";
constexpr const char* kBackground
    = "夜勤帯は職員二名で五十床を担当しており、二時間ごとの巡視が大きな負担になっていた。";

// Creates a store holding one case and closes it.
fs::path makeStore(const QTemporaryDir& tmp, const char* name = "store")
{
    const fs::path dir = fs::path(tmp.path().toStdString()) / name;
    auto store = Store::create(dir, kPasscode, fastOptions());
    if (!store)
        qFatal("create failed: %s", store.error().detail.c_str());
    auto status = (*store)->cases().put(yk::test::sampleCase(yk::test::uuidFor(1), kTitle, kBackground));
    if (!status)
        qFatal("put failed: %s", status.error().detail.c_str());
    return dir;
}

// Opens the database file directly with a raw key (bypassing the key file).
Database rawOpen(const fs::path& dir, const SecretKey& key)
{
    auto db = Database::open((dir / Store::DatabaseFileName).string(), false);
    if (!db)
        qFatal("raw open failed");
    const std::string raw = key.sqlcipherRawKey();
    sqlite3_key(db->handle(), raw.data(), static_cast<int>(raw.size()));
    (void)db->exec("PRAGMA cipher_page_size = 4096");
    return std::move(*db);
}

// Every page of a SQLCipher 3 database file decrypted with its raw key: AES-256-CBC over the
// page less its reserve (IV 16 + HMAC-SHA1 20, rounded up to 48), the IV at the reserve's
// start; page 1 starts after its 16-byte salt. What a thief with the key could read, free
// pages and unused cell space included.
std::string decryptedPages(const fs::path& file, const SecretKey& key)
{
    constexpr std::size_t pageSize = Store::CipherPageSize;
    constexpr std::size_t reserve = 48;
    std::string bytes(static_cast<std::size_t>(fs::file_size(file)), '\0');
    std::ifstream(file, std::ios::binary).read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    std::string plain;
    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
    for (std::size_t page = 0; page + pageSize <= bytes.size(); page += pageSize) {
        const std::size_t start = page == 0 ? 16 : 0;
        const auto* data = reinterpret_cast<const unsigned char*>(bytes.data() + page);
        const auto* iv = data + pageSize - reserve;
        std::string out(pageSize, '\0');
        int n = 0;
        int tail = 0;
        EVP_DecryptInit_ex(ctx, EVP_aes_256_cbc(), nullptr, key.data(), iv);
        EVP_CIPHER_CTX_set_padding(ctx, 0);
        EVP_DecryptUpdate(ctx, reinterpret_cast<unsigned char*>(out.data()), &n, data + start,
            static_cast<int>(pageSize - reserve - start));
        EVP_DecryptFinal_ex(ctx, reinterpret_cast<unsigned char*>(out.data()) + n, &tail);
        plain.append(out.data(), static_cast<std::size_t>(n + tail));
    }
    EVP_CIPHER_CTX_free(ctx);
    return plain;
}

} // namespace

class TestStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { yk::test::FaultVfs::install(); }

    void createsAndReopens()
    {
        QTemporaryDir tmp;
        const fs::path dir = makeStore(tmp);
        QVERIFY(fs::exists(dir / Store::DatabaseFileName));
        QVERIFY(fs::exists(dir / Store::KeyFileName));
        QCOMPARE(fs::status(dir).permissions() & fs::perms::all, fs::perms::owner_all);
        QCOMPARE(fs::status(dir / Store::DatabaseFileName).permissions() & fs::perms::all,
            fs::perms::owner_read | fs::perms::owner_write);
        auto store = Store::open(dir, kPasscode, fastOptions());
        QVERIFY2(store.ok(), store.ok() ? "" : store.error().detail.c_str());
        QCOMPARE((*store)->schemaVersion(), latestSchemaVersion());
        auto found = (*store)->cases().find(yk::test::uuidFor(1));
        QVERIFY(found.ok());
        QVERIFY(found->has_value());
        QCOMPARE(QString::fromStdString((**found).title()), QString::fromUtf8(kTitle));
    }

    void createRefusesANonEmptyFolder()
    {
        QTemporaryDir tmp;
        const fs::path dir = makeStore(tmp);
        const auto before = yk::test::snapshotFolder(dir);
        auto again = Store::create(dir, kPasscode, fastOptions());
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, StoreErrorCode::AlreadyExists);
        QCOMPARE(yk::test::snapshotFolder(dir), before);
    }

    void createRejectsAnEmptyPasscode()
    {
        QTemporaryDir tmp;
        auto store = Store::create(fs::path(tmp.path().toStdString()) / "s", "", fastOptions());
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, StoreErrorCode::InvalidArgument);
        QVERIFY(!fs::exists(fs::path(tmp.path().toStdString()) / "s"));
    }

    void wrongPasscodeChangesNothing()
    {
        QTemporaryDir tmp;
        const fs::path dir = makeStore(tmp);
        const auto before = yk::test::snapshotFolder(dir);
        auto store = Store::open(dir, "not-the-passcode", fastOptions());
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, StoreErrorCode::WrongPasscode);
        QVERIFY(!store.error().messageJa().empty());
        QVERIFY(!store.error().messageEn().empty());
        QCOMPARE(yk::test::snapshotFolder(dir), before);
    }

    void anotherStoresKeyFileIsAWrongKey()
    {
        QTemporaryDir tmp;
        const fs::path a = makeStore(tmp, "a");
        const fs::path b = makeStore(tmp, "b");
        fs::copy_file(b / Store::KeyFileName, a / Store::KeyFileName, fs::copy_options::overwrite_existing);
        const auto before = yk::test::snapshotFolder(a);
        auto store = Store::open(a, kPasscode, fastOptions());
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, StoreErrorCode::WrongKey);
        QCOMPARE(yk::test::snapshotFolder(a), before); // no -wal or -shm left behind
    }

    void foreignFilesAreNotAStore_data()
    {
        QTest::addColumn<QByteArray>("keyFile");
        QTest::newRow("no key file") << QByteArray();
        QTest::newRow("text file") << QByteArray("hello, this is a shopping list\n");
        QTest::newRow("empty key file") << QByteArray("", 0);
    }
    void foreignFilesAreNotAStore()
    {
        QFETCH(QByteArray, keyFile);
        QTemporaryDir tmp;
        const fs::path dir = fs::path(tmp.path().toStdString()) / "foreign";
        fs::create_directory(dir);
        std::ofstream(dir / Store::DatabaseFileName) << "SQLite format 3 but not really";
        if (!keyFile.isNull())
            std::ofstream(dir / Store::KeyFileName, std::ios::binary) << keyFile.toStdString();
        const auto before = yk::test::snapshotFolder(dir);
        auto store = Store::open(dir, kPasscode, fastOptions());
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, StoreErrorCode::NotAStore);
        QCOMPARE(yk::test::snapshotFolder(dir), before);
    }

    void missingFolderIsNotFound()
    {
        QTemporaryDir tmp;
        auto store
            = Store::open(fs::path(tmp.path().toStdString()) / "nothing-here", kPasscode, fastOptions());
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, StoreErrorCode::NotFound);
    }

    void damagedKeyFileIsCorrupt()
    {
        QTemporaryDir tmp;
        const fs::path dir = makeStore(tmp);
        {
            std::fstream f(dir / Store::KeyFileName, std::ios::in | std::ios::out | std::ios::binary);
            f.seekp(30);
            f.write("\xff\xff\xff\xff\xff\xff", 6);
        }
        const auto before = yk::test::snapshotFolder(dir);
        auto store = Store::open(dir, kPasscode, fastOptions());
        QVERIFY(!store.ok());
        // A flipped byte lands in the protobuf framing (Corrupt) or inside a slot's
        // ciphertext, where the GCM tag refuses it like a wrong passcode: never a crash, never
        // an opened store.
        QVERIFY2(store.error().code == StoreErrorCode::Corrupt
                || store.error().code == StoreErrorCode::WrongPasscode,
            store.error().detail.c_str());
        QCOMPARE(yk::test::snapshotFolder(dir), before);
    }

    void mutatedKeyFilesNeverOpenNorCrash()
    {
        // Hostile or damaged key files: flipped bytes, truncations, appended garbage. Each
        // must give one of the documented errors; none may open the store or crash.
        QTemporaryDir tmp;
        const fs::path dir = makeStore(tmp);
        const std::string original = yk::test::snapshotFolder(dir).at(Store::KeyFileName);
        std::mt19937 rng(7);
        int refused = 0;
        for (int round = 0; round < 300; ++round) {
            std::string mutated = original;
            std::uniform_int_distribution<std::size_t> position(0, mutated.size() - 1);
            switch (round % 3) {
            case 0:
                mutated[position(rng)] ^= static_cast<char>(1 + rng() % 255);
                break;
            case 1:
                mutated.resize(position(rng));
                break;
            case 2:
                mutated.insert(position(rng), std::string(1 + rng() % 40, static_cast<char>(rng())));
                break;
            }
            std::ofstream(dir / Store::KeyFileName, std::ios::binary | std::ios::trunc) << mutated;
            auto store = Store::open(dir, kPasscode, fastOptions());
            if (store.ok()) {
                // Only a change protobuf ignores (e.g. in an unknown field) may still open.
                QVERIFY(mutated != original);
                continue;
            }
            const auto code = store.error().code;
            QVERIFY2(code == StoreErrorCode::NotAStore || code == StoreErrorCode::Corrupt
                    || code == StoreErrorCode::WrongPasscode || code == StoreErrorCode::NewerVersion
                    || code == StoreErrorCode::WrongKey,
                store.error().detail.c_str());
            ++refused;
        }
        QVERIFY(refused > 250);
        std::ofstream(dir / Store::KeyFileName, std::ios::binary | std::ios::trunc) << original;
        QVERIFY(Store::open(dir, kPasscode, fastOptions()).ok());
    }

    void truncatedDatabaseIsCorrupt()
    {
        QTemporaryDir tmp;
        const fs::path dir = makeStore(tmp);
        const auto size = fs::file_size(dir / Store::DatabaseFileName);
        QVERIFY(size > 8 * 4096);
        fs::resize_file(dir / Store::DatabaseFileName, size / 2);
        const auto before = yk::test::snapshotFolder(dir);
        auto store = Store::open(dir, kPasscode, fastOptions());
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, StoreErrorCode::Corrupt);
        QCOMPARE(yk::test::snapshotFolder(dir), before);
    }

    void missingDatabaseIsCorrupt()
    {
        QTemporaryDir tmp;
        const fs::path dir = makeStore(tmp);
        fs::remove(dir / Store::DatabaseFileName);
        auto store = Store::open(dir, kPasscode, fastOptions());
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, StoreErrorCode::Corrupt);
        QVERIFY(!fs::exists(dir / Store::DatabaseFileName)); // not recreated empty
    }

    void damagedPagesAreReportedNotCrashed()
    {
        QTemporaryDir tmp;
        const fs::path dir = makeStore(tmp);
        const auto size = fs::file_size(dir / Store::DatabaseFileName);
        {
            // Scribble over every page after the schema: SQLCipher's per-page HMAC fails.
            std::fstream f(dir / Store::DatabaseFileName, std::ios::in | std::ios::out | std::ios::binary);
            for (std::uintmax_t offset = 3 * 4096 + 100; offset < size; offset += 4096) {
                f.seekp(static_cast<std::streamoff>(offset));
                f.write("\x00\x11\x22\x33", 4);
            }
        }
        const auto before = yk::test::snapshotFolder(dir);
        auto store = Store::open(dir, kPasscode, fastOptions());
        if (store.ok()) {
            auto check = (*store)->verifyIntegrity();
            QVERIFY(!check.ok());
            QCOMPARE(check.error().code, StoreErrorCode::Corrupt);
            auto search = (*store)->cases().search("見守り");
            QVERIFY(!search.ok());
            QCOMPARE(search.error().code, StoreErrorCode::Corrupt);
            store->reset();
        } else {
            QCOMPARE(store.error().code, StoreErrorCode::Corrupt);
        }
        QCOMPARE(
            yk::test::snapshotFolder(dir).at(Store::DatabaseFileName), before.at(Store::DatabaseFileName));
    }

    void newerSchemaIsRefusedUntouched()
    {
        QTemporaryDir tmp;
        const fs::path dir = makeStore(tmp);
        {
            auto store = Store::open(dir, kPasscode, fastOptions());
            QVERIFY(store.ok());
            QVERIFY((*store)->database().exec("PRAGMA user_version = 99").ok());
        }
        const auto before = yk::test::snapshotFolder(dir);
        auto store = Store::open(dir, kPasscode, fastOptions());
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, StoreErrorCode::NewerVersion);
        QCOMPARE(yk::test::snapshotFolder(dir), before);
    }

    void newerKeyFileFormatIsRefused()
    {
        QTemporaryDir tmp;
        const fs::path dir = makeStore(tmp);
        const std::string magic = "YOKOTEN-STORE-KEY\n";
        yokoten::store::v1::KeyFile future;
        future.set_format_version(2);
        future.set_store_id("x");
        std::ofstream(dir / Store::KeyFileName, std::ios::binary | std::ios::trunc)
            << magic << future.SerializeAsString();
        auto store = Store::open(dir, kPasscode, fastOptions());
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, StoreErrorCode::NewerVersion);
    }

    void olderStoreIsUpgraded()
    {
        QTemporaryDir tmp;
        const fs::path dir = fs::path(tmp.path().toStdString()) / "old";
        StoreOptions v1 = fastOptions();
        v1.schemaVersion = 1; // as written by the first release, before search existed
        {
            auto store = Store::create(dir, kPasscode, v1);
            QVERIFY(store.ok());
            QCOMPARE((*store)->schemaVersion(), 1);
            auto fts
                = (*store)->database().queryInt("SELECT count(*) FROM sqlite_master WHERE name = 'case_fts'");
            QCOMPARE(*fts, 0);
        }
        auto store = Store::open(dir, kPasscode, fastOptions());
        QVERIFY2(store.ok(), store.ok() ? "" : store.error().detail.c_str());
        QCOMPARE((*store)->schemaVersion(), latestSchemaVersion());
        QVERIFY((*store)->cases().put(yk::test::sampleCase(yk::test::uuidFor(2), kTitle, kBackground)).ok());
        auto hits = (*store)->cases().search("見守り");
        QVERIFY(hits.ok());
        QCOMPARE(hits->size(), size_t(1));
    }

    // Migration 12 (issue 23): a phone's store from before holds its case summaries in the
    // full-text tables; on first open they move to case_summary_search with shorter payloads,
    // and search still finds every case as before, each once.
    void olderSummariesLeaveTheFullTextIndex()
    {
        QTemporaryDir tmp;
        const fs::path dir = fs::path(tmp.path().toStdString()) / "phone";
        StoreOptions v11 = fastOptions();
        v11.schemaVersion = 11;
        auto whole = yk::test::sampleCase(yk::test::uuidFor(1), kTitle, kBackground);
        auto summary = yk::test::sampleCase(
            yk::test::uuidFor(2), "インカムで連絡を速くする", "階をまたぐ連絡に時間がかかった。");
        summary.clear_sections();
        summary.set_summary_only(true);
        std::int64_t payloadBytes = 0;
        {
            auto store = Store::create(dir, kPasscode, v11);
            QVERIFY(store.ok());
            QCOMPARE((*store)->schemaVersion(), 11);
            // As version 11 filed a summary: indexed in full (here with a body the index must
            // forget) and its whole message as the payload.
            auto indexed = summary;
            indexed.clear_summary_only();
            indexed.mutable_sections()->set_background("階をまたぐ連絡に時間がかかった。");
            QVERIFY((*store)->cases().put(whole).ok());
            QVERIFY((*store)->cases().put(indexed).ok());
            auto& db = (*store)->database();
            auto update = db.prepare("UPDATE case_payloads SET payload = ?1 WHERE docid = 2");
            QVERIFY(update.ok());
            QVERIFY(update->bindBlob(1, summary.SerializeAsString()).run().ok());
            payloadBytes = *db.queryInt("SELECT length(payload) FROM case_payloads WHERE docid = 2");
            QCOMPARE(*db.queryInt("SELECT count(*) FROM case_search"), 2);
        }
        auto store = Store::open(dir, kPasscode, fastOptions());
        QVERIFY2(store.ok(), store.ok() ? "" : store.error().detail.c_str());
        QCOMPARE((*store)->schemaVersion(), latestSchemaVersion());
        auto& db = (*store)->database();
        QCOMPARE(*db.queryInt("SELECT count(*) FROM case_search"), 1);
        QCOMPARE(*db.queryInt("SELECT count(*) FROM case_summary_search"), 1);
        QVERIFY(*db.queryInt("SELECT length(payload) FROM case_payloads WHERE docid = 2") < payloadBytes);
        QCOMPARE((*store)->cases().find(yk::test::uuidFor(2))->value().SerializeAsString(),
            summary.SerializeAsString());
        const auto ids = [&](std::string_view query) {
            std::vector<std::string> out;
            auto rows = (*store)->cases().search(query);
            for (const auto& row : *rows)
                out.push_back(row.id);
            return out;
        };
        QCOMPARE(ids("インカム"), (std::vector<std::string> { yk::test::uuidFor(2), yk::test::uuidFor(1) }));
        QCOMPARE(ids("階をまたぐ"), std::vector<std::string> {});
        QCOMPARE(ids("見守り"), std::vector<std::string> { yk::test::uuidFor(1) });
        QVERIFY((*store)->cases().remove(yk::test::uuidFor(1)).ok());
        QCOMPARE(ids("見守り"), std::vector<std::string> {});
        QCOMPARE(ids("インカム"), std::vector<std::string> { yk::test::uuidFor(2) });
    }

    void passcodeChangeRewrapsWithoutTouchingData()
    {
        QTemporaryDir tmp;
        const fs::path dir = makeStore(tmp);
        const auto before = yk::test::snapshotFolder(dir);
        {
            auto store = Store::open(dir, kPasscode, fastOptions());
            QVERIFY(store.ok());
            auto wrong = (*store)->changePasscode("guess", "new-passcode");
            QVERIFY(!wrong.ok());
            QCOMPARE(wrong.error().code, StoreErrorCode::WrongPasscode);
            QVERIFY((*store)->changePasscode(kPasscode, "new-passcode").ok());
        }
        const auto after = yk::test::snapshotFolder(dir);
        QCOMPARE(after.at(Store::DatabaseFileName), before.at(Store::DatabaseFileName));
        QVERIFY(after.at(Store::KeyFileName) != before.at(Store::KeyFileName));
        QCOMPARE(Store::open(dir, kPasscode, fastOptions()).error().code, StoreErrorCode::WrongPasscode);
        QVERIFY(Store::open(dir, "new-passcode", fastOptions()).ok());
    }

    // A purged visitor entry (kiosk) leaves no readable bytes in the file: stores run with
    // secure_delete, which SQLCipher 3.4.1 (SQLite 3.15.2) honours. The control with
    // secure_delete off shows the decryption would have found the bytes.
    void deletedRowsAreOverwrittenInTheFile()
    {
        const std::string marker = "来場者の氏名-visitor-marker@example.jp";
        for (const bool secureDelete : { true, false }) {
            QTemporaryDir tmp;
            const fs::path dir = fs::path(tmp.path().toStdString()) / "store";
            {
                auto store = Store::create(dir, kPasscode, fastOptions());
                QVERIFY(store.ok());
                QCOMPARE(*(*store)->database().queryInt("PRAGMA secure_delete"), 1);
                if (!secureDelete)
                    QVERIFY((*store)->database().exec("PRAGMA secure_delete = OFF").ok());
                yokoten::v1::VisitorEntry entry;
                entry.set_id(yk::test::uuidFor(7));
                entry.set_kind(yokoten::v1::VISITOR_ENTRY_KIND_VISIT);
                entry.set_session_id(yk::test::uuidFor(8));
                entry.set_visitor_name(marker);
                QVERIFY((*store)->records().put(entry).ok());
                QVERIFY((*store)->database().exec("PRAGMA wal_checkpoint(TRUNCATE)").ok());
                QVERIFY((*store)->records().remove<yokoten::v1::VisitorEntry>(entry.id()).ok());
                QVERIFY((*store)->database().exec("PRAGMA wal_checkpoint(TRUNCATE)").ok());
            }
            const auto keyFile = KeyFile::load(dir / Store::KeyFileName);
            QVERIFY(keyFile.ok());
            const auto key = keyFile->unlockWithPasscode(kPasscode, 1);
            QVERIFY(key.ok());
            const std::string plain = decryptedPages(dir / Store::DatabaseFileName, *key);
            QVERIFY(plain.find("SQLite format 3") == std::string::npos); // page 1 header is not stored
            QVERIFY(plain.find("visitor_entries") != std::string::npos); // the schema decrypts
            QCOMPARE(plain.find(marker) != std::string::npos, !secureDelete);
        }
    }

    void rekeyRotatesTheDataKey()
    {
        QTemporaryDir tmp;
        const fs::path dir = makeStore(tmp);
        const auto oldKeyFile = KeyFile::load(dir / Store::KeyFileName);
        QVERIFY(oldKeyFile.ok());
        const auto oldKey = oldKeyFile->unlockWithPasscode(kPasscode, 1);
        QVERIFY(oldKey.ok());
        {
            auto store = Store::open(dir, kPasscode, fastOptions());
            QVERIFY(store.ok());
            QVERIFY((*store)->rekey(kPasscode).ok());
            QCOMPARE((*store)->keyGeneration(), 2u);
        }
        {
            Database raw = rawOpen(dir, *oldKey);
            auto read = raw.queryInt("SELECT count(*) FROM sqlite_master");
            QVERIFY(!read.ok()); // the old key no longer decrypts anything
        }
        auto store = Store::open(dir, kPasscode, fastOptions());
        QVERIFY(store.ok());
        QCOMPARE((*store)->keyGeneration(), 2u);
        QCOMPARE(*(*store)->cases().count(), 1);
    }

    void rekeyInterruptedAfterTheDatabaseChangedStillOpens()
    {
        // The state a crash between "PRAGMA rekey" and the final key-file write leaves: the
        // key file still says generation 1 but also holds generation 2, the database uses 2.
        QTemporaryDir tmp;
        const fs::path dir = makeStore(tmp);
        auto keyFile = KeyFile::load(dir / Store::KeyFileName);
        QVERIFY(keyFile.ok());
        const auto oldKey = keyFile->unlockWithPasscode(kPasscode, 1);
        const SecretKey next = SecretKey::random();
        QVERIFY(keyFile->setPasscodeSlot(next, 2, kPasscode, KdfSettings::fastForTests()).ok());
        QVERIFY(keyFile->save(dir / Store::KeyFileName).ok());
        {
            Database raw = rawOpen(dir, *oldKey);
            const std::string literal = next.sqlcipherRawKey();
            QCOMPARE(
                sqlite3_rekey(raw.handle(), literal.data(), static_cast<int>(literal.size())), SQLITE_OK);
        }
        auto store = Store::open(dir, kPasscode, fastOptions());
        QVERIFY2(store.ok(), store.ok() ? "" : store.error().detail.c_str());
        QCOMPARE((*store)->keyGeneration(), 2u);
        QCOMPARE(*(*store)->cases().count(), 1);
        const auto finished = KeyFile::load(dir / Store::KeyFileName);
        QCOMPARE(finished->generation(), 2u);
        QVERIFY(!finished->hasSlot(yokoten::store::v1::KeySlot::KIND_PASSCODE, 1));
    }

    void secretSlotOpensAndSurvivesPasscodeChange()
    {
        QTemporaryDir tmp;
        const fs::path dir = makeStore(tmp);
        const SecretKey keystoreSecret = SecretKey::random();
        {
            auto store = Store::open(dir, kPasscode, fastOptions());
            QVERIFY((*store)
                        ->addSecretSlot(
                            yokoten::store::v1::KeySlot::KIND_KEYSTORE, "test keyring", keystoreSecret)
                        .ok());
            QVERIFY((*store)->changePasscode(kPasscode, "another-one").ok());
        }
        auto bySecret = Store::openWithSecret(
            dir, yokoten::store::v1::KeySlot::KIND_KEYSTORE, keystoreSecret, fastOptions());
        QVERIFY(bySecret.ok());
        bySecret->reset();
        auto byWrongSecret = Store::openWithSecret(
            dir, yokoten::store::v1::KeySlot::KIND_KEYSTORE, SecretKey::random(), fastOptions());
        QVERIFY(!byWrongSecret.ok());
        QCOMPARE(byWrongSecret.error().code, StoreErrorCode::WrongKey);
        QVERIFY(Store::open(dir, "another-one", fastOptions()).ok());
    }

    void noPlaintextOnDisk()
    {
        QTemporaryDir tmp;
        const fs::path dir = fs::path(tmp.path().toStdString()) / "store";
        auto store = Store::create(dir, kPasscode, fastOptions());
        QVERIFY(store.ok());
        const std::string marker = "ZZマーカー見守りセンサー平文検出用";
        auto c = yk::test::sampleCase(yk::test::uuidFor(7), marker, marker + "を含む背景");
        QVERIFY((*store)->cases().put(c).ok());
        // While open: the WAL holds the newest pages.
        for (const auto& entry : fs::directory_iterator(dir)) {
            QVERIFY2(!yk::test::fileContains(entry.path(), marker), entry.path().filename().c_str());
            QVERIFY(!yk::test::fileContains(entry.path(), "SQLite format 3"));
            QVERIFY(!yk::test::fileContains(entry.path(), "CREATE TABLE"));
        }
        store->reset();
        for (const auto& entry : fs::directory_iterator(dir))
            QVERIFY2(!yk::test::fileContains(entry.path(), marker), entry.path().filename().c_str());
    }

    void readOnlyMediaIsReportedAtOpen()
    {
        QTemporaryDir tmp;
        const fs::path dir = makeStore(tmp);
        const auto before = yk::test::snapshotFolder(dir);
        StoreOptions options = fastOptions();
        options.vfs = yk::test::FaultVfs::Name;
        yk::test::FaultVfs::openReadOnly(true);
        auto store = Store::open(dir, kPasscode, options);
        yk::test::FaultVfs::openReadOnly(false);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, StoreErrorCode::ReadOnly);
        QCOMPARE(yk::test::snapshotFolder(dir), before);
    }

    void caseWriteIsAtomicWhenTheDiskFillsMidway()
    {
        // One put outside any transaction, with the disk filling after k page writes for
        // every k: the case, its payload, its search text and its index entries are all
        // there or all absent, never half written.
        QTemporaryDir tmp;
        const fs::path dir = makeStore(tmp);
        StoreOptions options = fastOptions();
        options.vfs = yk::test::FaultVfs::Name;
        auto store = Store::open(dir, kPasscode, options);
        QVERIFY(store.ok());
        Database& db = (*store)->database();
        int failures = 0;
        for (int allowed = 0; allowed < 60; ++allowed) {
            const std::string id = yk::test::uuidFor(100 + allowed);
            const std::string word = "固有語" + std::to_string(allowed) + "番";
            yk::test::FaultVfs::failWrites(SQLITE_FULL, allowed);
            auto status = (*store)->cases().put(yk::test::sampleCase(id, word, kBackground));
            yk::test::FaultVfs::disarm();
            failures += status.ok() ? 0 : 1;
            const auto cases = *db.queryInt("SELECT count(*) FROM cases");
            QCOMPARE(*db.queryInt("SELECT count(*) FROM case_payloads"), cases);
            QCOMPARE(*db.queryInt("SELECT count(*) FROM case_search"), cases);
            const bool stored = (*store)->cases().find(id)->has_value();
            QCOMPARE(stored, status.ok());
            QCOMPARE((*store)->cases().search(word)->size(), size_t(stored ? 1 : 0));
        }
        QVERIFY(failures > 0);
        QVERIFY(failures < 60); // some writes got through too
        QVERIFY((*store)->verifyIntegrity().ok());
        // FTS4's own 'integrity-check' cannot judge this: in SQLite 3.15.2 it reports any
        // order=DESC table as malformed, even with the built-in tokenizer. The loop's searches
        // (every stored case found by its unique word, no failed one) are the check instead.
    }

    void diskFullFailsCleanlyAndKeepsData_data()
    {
        QTest::addColumn<int>("sqliteCode");
        QTest::addColumn<int>("expected");
        QTest::newRow("disk full") << SQLITE_FULL << int(StoreErrorCode::DiskFull);
        QTest::newRow("read-only media") << SQLITE_READONLY << int(StoreErrorCode::ReadOnly);
    }
    void diskFullFailsCleanlyAndKeepsData()
    {
        QFETCH(int, sqliteCode);
        QFETCH(int, expected);
        QTemporaryDir tmp;
        const fs::path dir = makeStore(tmp);
        StoreOptions options = fastOptions();
        options.vfs = yk::test::FaultVfs::Name;
        {
            auto store = Store::open(dir, kPasscode, options);
            QVERIFY2(store.ok(), store.ok() ? "" : store.error().detail.c_str());
            auto transaction = Transaction::begin((*store)->database());
            QVERIFY(transaction.ok());
            for (int i = 10; i < 60; ++i)
                QVERIFY((*store)
                            ->cases()
                            .put(yk::test::sampleCase(yk::test::uuidFor(i), kTitle, kBackground))
                            .ok());
            yk::test::FaultVfs::failWrites(sqliteCode);
            auto committed = (*transaction)->commit();
            yk::test::FaultVfs::disarm();
            QVERIFY(!committed.ok());
            QCOMPARE(int(committed.error().code), expected);
            QVERIFY(yk::test::FaultVfs::refusedWrites() > 0);
            QCOMPARE(*(*store)->cases().count(), 1); // nothing of the failed batch stays
        }
        auto store = Store::open(dir, kPasscode, fastOptions());
        QVERIFY(store.ok());
        QVERIFY((*store)->verifyIntegrity().ok());
        QCOMPARE(*(*store)->cases().count(), 1);
        auto hits = (*store)->cases().search("見守り");
        QCOMPARE(hits->size(), size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
