// ServerStore: creation and refusal of bad folders, records filed by audience, pulls that
// page by version and never skip a change, tombstones, savepoints and the device seq.
#include "core/audience.h"
#include "core/placement.h"
#include "core/postgres_connection.h"
#include "core/server_schema.h"
#include "core/server_store.h"
#include "test_store_location.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <thread>

using namespace yk::server;
using namespace yokoten::v1;
namespace fs = std::filesystem;

namespace {

Record organisation(const std::string& id, int prefecture)
{
    Record r;
    auto* o = r.mutable_organisation();
    o->set_id(id);
    o->set_kind(ORGANISATION_KIND_FACILITY);
    o->set_name("施設 " + id);
    o->set_prefecture_code(prefecture);
    return r;
}

Record caseRecord(const std::string& id, const std::string& org, CaseState state, PublicationScope scope)
{
    Record r;
    auto* c = r.mutable_good_practice_case();
    c->set_id(id);
    c->set_owner_org_id(org);
    c->set_prefecture_code(20);
    c->set_title("見守りセンサーの導入 " + id);
    c->set_state(state);
    c->set_publication_scope(scope);
    return r;
}

std::set<std::string> idsOf(const std::vector<Change>& changes)
{
    std::set<std::string> ids;
    for (const auto& c : changes)
        ids.insert(c.id);
    return ids;
}

std::string readAll(const fs::path& path)
{
    QFile file(QString::fromStdString(path.string()));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().toStdString();
}

} // namespace

class TestServerStore : public QObject {
    Q_OBJECT

    // The key file and the folder are the embedded store's; PostgreSQL has neither.
    static void skipOnPostgres()
    {
        if (!yk::test::testPostgresDatabase().empty())
            QSKIP("embedded store only");
    }

private Q_SLOTS:
    void createsKeyFileOwnerOnly()
    {
        skipOnPostgres();
        QTemporaryDir tmp;
        const fs::path dir = tmp.path().toStdString() + "/data";
        auto store = ServerStore::create(dir);
        QVERIFY2(store.ok(), store.ok() ? "" : store.error().detail.c_str());
        const auto perms = fs::status(dir / ServerStore::KeyFileName).permissions();
        QCOMPARE(perms & (fs::perms::group_all | fs::perms::others_all), fs::perms::none);
        QVERIFY(!(*store)->serverId().empty());
        // No plain SQLite header and no schema text in the encrypted file.
        const auto bytes = readAll(dir / ServerStore::DatabaseFileName);
        QVERIFY(bytes.find("SQLite format 3") == std::string::npos);
        QVERIFY(bytes.find("CREATE TABLE") == std::string::npos);
    }

    void refusesSecondCreateAndKeepsFirst()
    {
        skipOnPostgres();
        QTemporaryDir tmp;
        const fs::path dir = tmp.path().toStdString();
        std::string firstId;
        {
            auto store = ServerStore::create(dir);
            QVERIFY(store.ok());
            firstId = (*store)->serverId();
        }
        const auto key = readAll(dir / ServerStore::KeyFileName);
        auto again = ServerStore::create(dir);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, yk::storage::StoreErrorCode::AlreadyExists);
        QCOMPARE(readAll(dir / ServerStore::KeyFileName), key);
        auto reopened = ServerStore::open(dir);
        QVERIFY(reopened.ok());
        QCOMPARE((*reopened)->serverId(), firstId);
    }

    void refusesKeyReadableByOthers()
    {
        skipOnPostgres();
        QTemporaryDir tmp;
        const fs::path dir = tmp.path().toStdString();
        QVERIFY(ServerStore::create(dir).ok());
        fs::permissions(dir / ServerStore::KeyFileName, fs::perms::others_read, fs::perm_options::add);
        auto store = ServerStore::open(dir);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, yk::storage::StoreErrorCode::InvalidArgument);
    }

    void refusesAnotherStoresKey()
    {
        skipOnPostgres();
        QTemporaryDir a;
        QTemporaryDir b;
        QVERIFY(ServerStore::create(a.path().toStdString()).ok());
        QVERIFY(ServerStore::create(b.path().toStdString()).ok());
        const fs::path keyA = fs::path(a.path().toStdString()) / ServerStore::KeyFileName;
        const fs::path keyB = fs::path(b.path().toStdString()) / ServerStore::KeyFileName;
        fs::copy_file(keyB, keyA, fs::copy_options::overwrite_existing);
        auto store = ServerStore::open(a.path().toStdString());
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, yk::storage::StoreErrorCode::WrongKey);
    }

    void refusesEmptyFolderAndDamagedKey()
    {
        skipOnPostgres();
        QTemporaryDir tmp;
        const fs::path dir = tmp.path().toStdString();
        auto none = ServerStore::open(dir);
        QVERIFY(!none.ok());
        QCOMPARE(none.error().code, yk::storage::StoreErrorCode::NotFound);
        QVERIFY(ServerStore::create(dir).ok());
        {
            std::ofstream out(dir / ServerStore::KeyFileName, std::ios::trunc);
            out << "yokoten-server-key 1\nnot hex\n";
        }
        auto damaged = ServerStore::open(dir);
        QVERIFY(!damaged.ok());
        QCOMPARE(damaged.error().code, yk::storage::StoreErrorCode::Corrupt);
    }

    void putFilesByAudienceAndStampsVersion()
    {
        QTemporaryDir tmp;
        auto store = yk::test::createServerStore(yk::test::newTestStoreLocation(tmp.path().toStdString()));
        QVERIFY(store.ok());
        {
            auto tx = (*store)->write();
            QVERIFY(tx.ok());
            auto org = organisation("org-a", 20);
            QVERIFY(putPlaced(**tx, org).ok());
            auto draft = caseRecord("case-1", "org-a", CASE_STATE_DRAFT, PUBLICATION_SCOPE_PUBLIC);
            auto version = putPlaced(**tx, draft);
            QVERIFY(version.ok());
            QCOMPARE(serverVersionOf(draft), *version);
            QVERIFY((*tx)->commit().ok());
        }
        auto snapshot = (*store)->read();
        QVERIFY(snapshot.ok());
        auto found = (*snapshot)->find(RECORD_KIND_CASE, "case-1");
        QVERIFY(found.ok() && found->has_value());
        QCOMPARE((**found).good_practice_case().server_version(), std::int64_t(2));
        // A draft is seen by its organisation, not by the public.
        auto publicChanges = (*snapshot)->changesSince({ audience::everyone() }, 0, 100);
        QVERIFY(publicChanges.ok());
        QCOMPARE(idsOf(*publicChanges), std::set<std::string>({ "org-a" }));
        auto orgChanges = (*snapshot)->changesSince({ audience::organisation("org-a") }, 0, 100);
        QVERIFY(orgChanges.ok());
        QCOMPARE(idsOf(*orgChanges), std::set<std::string>({ "case-1" }));
    }

    void leavingAnAudienceLeavesATombstone()
    {
        QTemporaryDir tmp;
        auto store = yk::test::createServerStore(yk::test::newTestStoreLocation(tmp.path().toStdString()));
        QVERIFY(store.ok());
        auto c = caseRecord("case-1", "org-a", CASE_STATE_PUBLISHED, PUBLICATION_SCOPE_PUBLIC);
        {
            auto tx = (*store)->write();
            QVERIFY(putPlaced(**tx, c).ok());
            QVERIFY((*tx)->commit().ok());
        }
        // Narrowed to the organisation: the public sees a tombstone, the organisation the case.
        c.mutable_good_practice_case()->set_publication_scope(PUBLICATION_SCOPE_ORGANISATION);
        std::int64_t narrowed = 0;
        {
            auto tx = (*store)->write();
            auto version = putPlaced(**tx, c);
            QVERIFY(version.ok());
            narrowed = *version;
            QVERIFY((*tx)->commit().ok());
        }
        auto snapshot = (*store)->read();
        auto publicChanges = (*snapshot)->changesSince({ audience::everyone() }, 0, 100);
        QVERIFY(publicChanges.ok());
        QCOMPARE(publicChanges->size(), std::size_t(1));
        QVERIFY(publicChanges->front().deleted);
        QCOMPARE(publicChanges->front().version, narrowed);
        // Seen through one audience and tombstoned in another: visible.
        auto both
            = (*snapshot)->changesSince({ audience::everyone(), audience::organisation("org-a") }, 0, 100);
        QVERIFY(both.ok());
        QCOMPARE(both->size(), std::size_t(1));
        QVERIFY(!both->front().deleted);
    }

    // Out of an audience and back in: the same row comes back to life at the new version,
    // and a change that does not touch an audience's membership leaves its tombstone alone.
    void returningToAnAudienceRevivesIt()
    {
        QTemporaryDir tmp;
        auto store = yk::test::createServerStore(yk::test::newTestStoreLocation(tmp.path().toStdString()));
        auto c = caseRecord("case-1", "org-a", CASE_STATE_PUBLISHED, PUBLICATION_SCOPE_PUBLIC);
        auto putAndVersion = [&](PublicationScope scope) -> std::int64_t {
            c.mutable_good_practice_case()->set_publication_scope(scope);
            auto tx = (*store)->write();
            auto version = putPlaced(**tx, c);
            return version && (*tx)->commit() ? *version : -1;
        };
        const auto published = putAndVersion(PUBLICATION_SCOPE_PUBLIC);
        const auto narrowed = putAndVersion(PUBLICATION_SCOPE_ORGANISATION);
        const auto narrowedAgain = putAndVersion(PUBLICATION_SCOPE_ORGANISATION);
        QVERIFY(published > 0 && narrowed > published && narrowedAgain > narrowed);
        auto snapshot = (*store)->read();
        // The public's tombstone stays at the version where the case left.
        auto tombstone = (*snapshot)->changesSince({ audience::everyone() }, 0, 100);
        QCOMPARE(tombstone->size(), std::size_t(1));
        QVERIFY(tombstone->front().deleted);
        QCOMPARE(tombstone->front().version, narrowed);
        snapshot->reset();
        const auto widened = putAndVersion(PUBLICATION_SCOPE_PUBLIC);
        snapshot = (*store)->read();
        auto back = (*snapshot)->changesSince({ audience::everyone() }, narrowed, 100);
        QCOMPARE(back->size(), std::size_t(1));
        QVERIFY(!back->front().deleted);
        QCOMPARE(back->front().version, widened);
    }

    void removeTombstonesEveryAudience()
    {
        QTemporaryDir tmp;
        auto store = yk::test::createServerStore(yk::test::newTestStoreLocation(tmp.path().toStdString()));
        auto org = organisation("org-a", 20);
        {
            auto tx = (*store)->write();
            QVERIFY(putPlaced(**tx, org).ok());
            QVERIFY((*tx)->remove(RECORD_KIND_ORGANISATION, "org-a").ok());
            QVERIFY((*tx)->commit().ok());
        }
        auto snapshot = (*store)->read();
        auto found = (*snapshot)->find(RECORD_KIND_ORGANISATION, "org-a");
        QVERIFY(found.ok() && !found->has_value());
        auto changes = (*snapshot)->changesSince({ audience::everyone() }, 0, 100);
        QCOMPARE(changes->size(), std::size_t(1));
        QVERIFY(changes->front().deleted);
    }

    void pagesNeverSplitAVersion()
    {
        QTemporaryDir tmp;
        auto store = yk::test::createServerStore(yk::test::newTestStoreLocation(tmp.path().toStdString()));
        {
            auto tx = (*store)->write();
            for (int i = 0; i < 25; ++i) {
                auto org = organisation("org-" + std::to_string(100 + i), 20);
                QVERIFY(putPlaced(**tx, org).ok());
            }
            QVERIFY((*tx)->commit().ok());
        }
        auto snapshot = (*store)->read();
        std::int64_t after = 0;
        std::set<std::string> seen;
        int pages = 0;
        for (;;) {
            auto page = (*snapshot)->changesSince({ audience::everyone() }, after, 10);
            QVERIFY(page.ok());
            if (page->empty())
                break;
            QVERIFY(page->size() <= 10);
            for (const auto& c : *page) {
                QVERIFY(c.version > after);
                QVERIFY(seen.insert(c.id).second);
            }
            after = page->back().version;
            ++pages;
        }
        QCOMPARE(seen.size(), std::size_t(25));
        QCOMPARE(pages, 3);
    }

    void savepointRollbackLeavesNothing()
    {
        QTemporaryDir tmp;
        auto store = yk::test::createServerStore(yk::test::newTestStoreLocation(tmp.path().toStdString()));
        {
            auto tx = (*store)->write();
            QVERIFY((*tx)->savepoint().ok());
            auto org = organisation("org-x", 20);
            QVERIFY(putPlaced(**tx, org).ok());
            QVERIFY((*tx)->rollbackToSavepoint().ok());
            auto kept = organisation("org-y", 20);
            QVERIFY(putPlaced(**tx, kept).ok());
            QVERIFY((*tx)->commit().ok());
        }
        auto snapshot = (*store)->read();
        QVERIFY(!(*snapshot)->find(RECORD_KIND_ORGANISATION, "org-x")->has_value());
        QVERIFY((*snapshot)->find(RECORD_KIND_ORGANISATION, "org-y")->has_value());
        auto changes = (*snapshot)->changesSince({ audience::everyone() }, 0, 100);
        QCOMPARE(idsOf(*changes), std::set<std::string>({ "org-y" }));
    }

    void uncommittedWriteIsRolledBack()
    {
        QTemporaryDir tmp;
        auto store = yk::test::createServerStore(yk::test::newTestStoreLocation(tmp.path().toStdString()));
        {
            auto tx = (*store)->write();
            auto org = organisation("org-x", 20);
            QVERIFY(putPlaced(**tx, org).ok());
        }
        auto snapshot = (*store)->read();
        QVERIFY(!(*snapshot)->find(RECORD_KIND_ORGANISATION, "org-x")->has_value());
        QCOMPARE(*(*snapshot)->currentVersion(), std::int64_t(0));
    }

    void lastAppliedSeqOnlyGrows()
    {
        QTemporaryDir tmp;
        auto store = yk::test::createServerStore(yk::test::newTestStoreLocation(tmp.path().toStdString()));
        {
            auto tx = (*store)->write();
            auto insert = (*tx)->db().prepare("INSERT INTO devices(id, organisation_id, kind, secret_hash, "
                                              "enrolled_at) VALUES ('dev-1', 'org-a', 1, ?, 0)");
            QVERIFY(insert.ok());
            QVERIFY((*insert)->bindBlob(1, std::string_view("\0", 1)).run().ok());
            QVERIFY((*tx)->setLastAppliedSeq("dev-1", 7).ok());
            QVERIFY((*tx)->setLastAppliedSeq("dev-1", 3).ok());
            QVERIFY((*tx)->commit().ok());
        }
        auto snapshot = (*store)->read();
        QCOMPARE(*(*snapshot)->lastAppliedSeq("dev-1"), std::int64_t(7));
        QCOMPARE(*(*snapshot)->lastAppliedSeq("unknown"), std::int64_t(0));
    }

    // Writers commit while readers pull page by page from their cursor. Every reader must end
    // with every record: a change that commits after a concurrent one must not carry a lower
    // version than one a reader has already passed.
    void concurrentPullsNeverSkipAChange()
    {
        QTemporaryDir tmp;
        auto opened = yk::test::createServerStore(yk::test::newTestStoreLocation(tmp.path().toStdString()));
        QVERIFY(opened.ok());
        ServerStore& store = **opened;
        constexpr int writers = 4;
        constexpr int perWriter = 60;
        std::atomic<int> writersDone { 0 };
        std::atomic<bool> failed { false };

        std::vector<std::thread> threads;
        for (int w = 0; w < writers; ++w) {
            threads.emplace_back([&, w] {
                for (int i = 0; i < perWriter; ++i) {
                    auto tx = store.write();
                    if (!tx) {
                        failed = true;
                        break;
                    }
                    auto org = organisation("w" + std::to_string(w) + "-" + std::to_string(i), 20);
                    if (!putPlaced(**tx, org) || !(*tx)->commit())
                        failed = true;
                }
                ++writersDone;
            });
        }
        std::vector<std::set<std::string>> seen(3);
        for (auto& reader : seen) {
            threads.emplace_back([&] {
                std::int64_t after = 0;
                for (;;) {
                    const bool finalRound = writersDone.load() == writers;
                    auto snapshot = store.read();
                    if (!snapshot) {
                        failed = true;
                        return;
                    }
                    auto page = (*snapshot)->changesSince({ audience::everyone() }, after, 7);
                    if (!page) {
                        failed = true;
                        return;
                    }
                    for (const auto& c : *page) {
                        reader.insert(c.id);
                        after = c.version;
                    }
                    if (page->empty() && finalRound)
                        return;
                }
            });
        }
        for (auto& t : threads)
            t.join();
        QVERIFY(!failed);
        for (const auto& reader : seen)
            QCOMPARE(reader.size(), std::size_t(writers * perWriter));
    }
    // Several stores on one database stand for several server processes: their writers
    // interleave, and every puller, whichever store it reads through, still sees every
    // change exactly once (DESIGN.md, the cursor gap).
    void pullsThroughEveryStoreSeeEachChangeOnce()
    {
        QTemporaryDir tmp;
        const auto location = yk::test::newTestStoreLocation(tmp.path().toStdString());
        QVERIFY(yk::test::createServerStore(location).ok());
        std::vector<std::unique_ptr<ServerStore>> stores;
        for (int i = 0; i < 3; ++i) {
            auto opened = yk::test::openServerStore(location);
            QVERIFY2(opened.ok(), opened.ok() ? "" : opened.error().detail.c_str());
            stores.push_back(std::move(*opened));
        }
        constexpr int writers = 6;
        constexpr int perWriter = 40;
        std::atomic<int> writersDone { 0 };
        std::atomic<bool> failed { false };
        std::vector<std::thread> threads;
        threads.reserve(writers + 3);
        for (int w = 0; w < writers; ++w) {
            threads.emplace_back([&, w] {
                ServerStore& store = *stores[static_cast<std::size_t>(w) % stores.size()];
                for (int i = 0; i < perWriter; ++i) {
                    auto tx = store.write();
                    if (!tx) {
                        failed = true;
                        break;
                    }
                    auto org = organisation("w" + std::to_string(w) + "-" + std::to_string(i), 20);
                    if (!putPlaced(**tx, org) || !(*tx)->commit())
                        failed = true;
                }
                ++writersDone;
            });
        }
        std::vector<std::map<std::string, int>> seen(3);
        for (std::size_t r = 0; r < seen.size(); ++r) {
            threads.emplace_back([&, r] {
                std::int64_t after = 0;
                std::size_t turn = r;
                for (;;) {
                    const bool finalRound = writersDone.load() == writers;
                    auto snapshot = stores[turn++ % stores.size()]->read();
                    if (!snapshot) {
                        failed = true;
                        return;
                    }
                    auto page = (*snapshot)->changesSince({ audience::everyone() }, after, 5);
                    if (!page) {
                        failed = true;
                        return;
                    }
                    for (const auto& c : *page) {
                        if (c.version <= after)
                            failed = true; // a version went backwards
                        ++seen[r][c.id];
                        after = c.version;
                    }
                    if (page->empty() && finalRound)
                        return;
                }
            });
        }
        for (auto& t : threads)
            t.join();
        QVERIFY(!failed);
        for (const auto& reader : seen) {
            QCOMPARE(reader.size(), std::size_t(writers * perWriter));
            for (const auto& [id, times] : reader)
                QVERIFY2(times == 1, id.c_str());
        }
    }

    // The cursor gap itself: a writer holds its transaction open after taking a version; a
    // writer in another process must not commit a later version meanwhile, or a pull in
    // between would move its cursor past the first writer's change for ever.
    void aLaterWriterWaitsForTheOpenOne()
    {
        if (yk::test::testPostgresDatabase().empty())
            QSKIP("PostgreSQL only: the embedded store's second process would wait on the file lock");
        QTemporaryDir tmp;
        const auto location = yk::test::newTestStoreLocation(tmp.path().toStdString());
        QVERIFY(yk::test::createServerStore(location).ok());
        auto first = yk::test::openServerStore(location);
        QVERIFY(first.ok());
        // The second "process" names its connections, so the test can see it waiting.
        const std::string tag = "gap" + std::to_string(QRandomGenerator::global()->generate());
        auto secondLocation = location;
        secondLocation.postgres += "&application_name=" + tag;
        auto second = yk::test::openServerStore(secondLocation);
        QVERIFY(second.ok());
        auto reader = yk::test::openServerStore(location);
        QVERIFY(reader.ok());

        auto held = (*first)->write();
        QVERIFY(held.ok());
        auto early = organisation("early", 20);
        auto earlyVersion = putPlaced(**held, early);
        QVERIFY(earlyVersion.ok());

        std::atomic<bool> secondCommitted { false };
        std::atomic<bool> secondFailed { false };
        std::thread later([&] {
            auto tx = (*second)->write();
            auto org = organisation("late", 20);
            if (!tx || !putPlaced(**tx, org) || !(*tx)->commit())
                secondFailed = true;
            secondCommitted = true;
        });
        // Wait (without a clock) until PostgreSQL reports the second writer blocked on a lock.
        bool waiting = false;
        for (int attempt = 0; attempt < 100000 && !waiting && !secondCommitted; ++attempt) {
            auto snapshot = (*reader)->read();
            QVERIFY(snapshot.ok());
            auto count = (*snapshot)->db().queryInt(
                "SELECT count(*) FROM pg_stat_activity WHERE application_name = '" + tag
                + "' AND wait_event_type = 'Lock'");
            QVERIFY(count.ok());
            waiting = *count > 0;
        }
        QVERIFY(waiting);
        QVERIFY(!secondCommitted);

        // A pull now sees neither change, so its cursor stays before both.
        std::int64_t cursor = 0;
        {
            auto snapshot = (*reader)->read();
            auto page = (*snapshot)->changesSince({ audience::everyone() }, cursor, 100);
            QVERIFY(page.ok());
            QVERIFY(page->empty());
        }
        QVERIFY((*held)->commit().ok());
        held->reset();
        later.join();
        QVERIFY(!secondFailed);

        auto snapshot = (*reader)->read();
        auto page = (*snapshot)->changesSince({ audience::everyone() }, cursor, 100);
        QVERIFY(page.ok());
        QCOMPARE(page->size(), std::size_t(2));
        QCOMPARE((*page)[0].id, std::string("early"));
        QCOMPARE((*page)[0].version, *earlyVersion);
        QCOMPARE((*page)[1].id, std::string("late"));
        QVERIFY((*page)[1].version > *earlyVersion);
    }
    // The SQL the server writes, as PostgreSQL gets it.
    void postgresSqlTranslation_data()
    {
        QTest::addColumn<QString>("sqlite");
        QTest::addColumn<QString>("postgres");
        QTest::addColumn<int>("parameters");
        QTest::newRow("placeholders") << "SELECT a FROM t WHERE b = ? AND c > ?"
                                      << "SELECT a FROM t WHERE b = $1 AND c > $2" << 2;
        QTest::newRow("numbered") << "SELECT 1 WHERE x = ?1 AND y < ?3 AND z >= ?1"
                                  << "SELECT 1 WHERE x = $1 AND y < $3 AND z >= $1" << 3;
        QTest::newRow("quoted ? stays") << "SELECT '?', \"a?\" FROM t WHERE k = ?"
                                        << "SELECT '?', \"a?\" FROM t WHERE k = $1" << 1;
        QTest::newRow("insert or ignore")
            << "INSERT OR IGNORE INTO r(a, b) VALUES (?, ?)"
            << "INSERT INTO r(a, b) VALUES ($1, $2) ON CONFLICT DO NOTHING" << 2;
    }

    void postgresSqlTranslation()
    {
        QFETCH(QString, sqlite);
        QFETCH(QString, postgres);
        QFETCH(int, parameters);
        int counted = 0;
        QCOMPARE(QString::fromStdString(yk::server::toPostgresSql(sqlite.toStdString(), counted)), postgres);
        QCOMPARE(counted, parameters);
    }

    // init refuses a database that already holds a store; run refuses an empty one and a
    // schema newer than the program.
    void postgresCreateAndOpenRefuseTheWrongDatabase()
    {
        if (yk::test::testPostgresDatabase().empty())
            QSKIP("PostgreSQL only");
        QTemporaryDir tmp;
        const auto location = yk::test::newTestStoreLocation(tmp.path().toStdString());
        auto missing = yk::test::openServerStore(location);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, yk::storage::StoreErrorCode::NotFound);

        auto created = yk::test::createServerStore(location);
        QVERIFY2(created.ok(), created.ok() ? "" : created.error().detail.c_str());
        const std::string serverId = (*created)->serverId();
        QVERIFY(!serverId.empty());
        auto again = yk::test::createServerStore(location);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, yk::storage::StoreErrorCode::AlreadyExists);

        auto reopened = yk::test::openServerStore(location);
        QVERIFY(reopened.ok());
        QCOMPARE((*reopened)->serverId(), serverId);
        {
            auto tx = (*reopened)->write();
            QVERIFY(tx.ok());
            QVERIFY((*tx)->db().exec("UPDATE yokoten_schema SET version = 99").ok());
            QVERIFY((*tx)->commit().ok());
        }
        auto newer = yk::test::openServerStore(location);
        QVERIFY(!newer.ok());
        QCOMPARE(newer.error().code, yk::storage::StoreErrorCode::NewerVersion);
    }

    // Three processes starting at once on a fresh database: one migrates, the others wait on
    // the advisory lock and find the schema done; all agree on the server id.
    void postgresConcurrentOpensMigrateOnce()
    {
        if (yk::test::testPostgresDatabase().empty())
            QSKIP("PostgreSQL only");
        QTemporaryDir tmp;
        const auto location = yk::test::newTestStoreLocation(tmp.path().toStdString());
        std::vector<std::string> ids(4);
        std::vector<std::thread> threads;
        threads.reserve(ids.size());
        for (auto& id : ids) {
            threads.emplace_back([&location, &id] {
                auto connection = yk::server::PostgresConnection::connect(location.postgres);
                if (connection && yk::server::migrateServerSchema(**connection)) {
                    auto opened = yk::test::openServerStore(location);
                    if (opened)
                        id = (*opened)->serverId();
                }
            });
        }
        for (auto& t : threads)
            t.join();
        for (const auto& id : ids) {
            QVERIFY(!id.empty());
            QCOMPARE(id, ids.front());
        }
    }
};

QTEST_GUILESS_MAIN(TestServerStore)
#include "tst_serverstore.moc"
