// The sync engine's tables in the device store (SyncRepository) and records by envelope
// (EnvelopeRepository).
#include "store_fixture.h"

#include "engine/sync_repository.h"
#include "record_kinds.h"
#include "store/case_repository.h"
#include "store/envelope_repository.h"
#include "store/record_repository.h"
#include "store/store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace yk::store;
using yk::sync::MutationOutcome;
using yk::sync::OutboxEntry;
using yk::sync::OverlayBase;
using yk::sync::SyncRepository;
using namespace yk::test;
using namespace yokoten::v1;

class TestSyncRepository : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<SyncRepository> m_sync;

    SyncRepository& sync() { return *m_sync; }
    EnvelopeRepository& envelopes() { return m_store->envelopes(); }

    static OutboxEntry entry(std::int64_t seq, const std::string& target)
    {
        return OutboxEntry { seq, "sign_up", RECORD_KIND_REGISTRATION, target, 1000 + seq,
            "m" + std::to_string(seq) };
    }

    bool inTransaction(const std::function<bool()>& body)
    {
        auto tx = Transaction::begin(m_store->database());
        return tx.ok() && body() && (*tx)->commit().ok();
    }

private Q_SLOTS:
    void init()
    {
        StoreOptions options;
        options.kdf = KdfSettings::fastForTests();
        m_tmp = std::make_unique<QTemporaryDir>();
        auto store = Store::create(
            std::filesystem::path(m_tmp->path().toStdString()) / "store", "passcode", options);
        QVERIFY(store.ok());
        m_sync.reset();
        m_store = std::move(*store);
        m_sync = std::make_unique<SyncRepository>(m_store->database());
    }

    void outboxKeepsOrderAndDropsWhatTheServerProcessed()
    {
        for (std::int64_t seq : { 3, 1, 2, 5 })
            QVERIFY(sync().appendOutbox(entry(seq, "r" + std::to_string(seq))).ok());
        QVERIFY(!sync().appendOutbox(entry(2, "again")).ok()); // a seq is used once
        auto all = sync().outbox(-1);
        QVERIFY(all.ok());
        QCOMPARE(all->size(), std::size_t(4));
        QCOMPARE(all->front().seq, 1);
        QCOMPARE(all->back().seq, 5);
        QCOMPARE(all->front().mutation, std::string("m1"));
        QCOMPARE(sync().outbox(2)->size(), std::size_t(2));
        QCOMPARE(sync().outbox(-1, 2)->front().seq, 3); // after what the server answered
        QVERIFY(*sync().hasPending(RECORD_KIND_REGISTRATION, "r3"));
        QVERIFY(!*sync().hasPending(RECORD_KIND_LOAN_REQUEST, "r3"));
        QVERIFY(sync().removeOutboxUpTo(3).ok());
        QCOMPARE(*sync().outboxCount(), 1);
        QVERIFY(!*sync().hasPending(RECORD_KIND_REGISTRATION, "r3"));
        QVERIFY(sync().removeOutbox(5).ok());
        QCOMPARE(*sync().outboxCount(), 0);
    }

    void latestOutcomeIsTheNewest()
    {
        QVERIFY(
            sync()
                .recordOutcome({ 4, "sign_up", RECORD_KIND_REGISTRATION, "r", 2, "not_found", "ja", "en", 1 })
                .ok());
        QVERIFY(
            sync()
                .recordOutcome({ 9, "cancel_registration", RECORD_KIND_REGISTRATION, "r", 1, "", "", "", 2 })
                .ok());
        auto latest = sync().latestOutcome(RECORD_KIND_REGISTRATION, "r");
        QVERIFY(latest.ok() && latest->has_value());
        QCOMPARE((*latest)->seq, 9);
        QVERIFY(!sync().latestOutcome(RECORD_KIND_REGISTRATION, "other")->has_value());
        QCOMPARE(sync().recentOutcomes(10)->size(), std::size_t(2));
    }

    void stateValuesAndOverlayBases()
    {
        QVERIFY(!sync().value("cursor")->has_value());
        QVERIFY(sync().setValue("cursor", std::string("c1:\0:x", 6)).ok());
        QCOMPARE(sync().value("cursor")->value(), std::string("c1:\0:x", 6)); // bytes, not text
        QVERIFY(sync().removeValue("cursor").ok());
        QVERIFY(!sync().value("cursor")->has_value());

        QVERIFY(sync().putOverlayBase({ RECORD_KIND_CASE, "a", std::nullopt }).ok());
        QVERIFY(sync().putOverlayBase({ RECORD_KIND_CASE, "b", std::string("payload") }).ok());
        QVERIFY(*sync().hasOverlayBase(RECORD_KIND_CASE, "a"));
        auto bases = sync().overlayBases();
        QCOMPARE(bases->size(), std::size_t(2));
        for (const auto& base : *bases)
            QCOMPARE(base.payload.has_value(), base.id == "b");
        QVERIFY(sync().clearOverlayBases().ok());
        QVERIFY(sync().overlayBases()->empty());
    }

    void envelopesRoundTripEveryKindAndTombstonesRemove()
    {
        Record c;
        *c.mutable_good_practice_case() = sampleCase(uuidFor(1), "夜間の見守りセンサー", "巡回を減らした。");
        c.mutable_good_practice_case()->set_server_version(7);
        Record r;
        r.mutable_registration()->set_id(uuidFor(2));
        r.mutable_registration()->set_session_id(uuidFor(3));
        r.mutable_registration()->set_status(REGISTRATION_STATUS_CONFIRMED);
        QVERIFY(inTransaction([&] { return envelopes().put(c).ok() && envelopes().put(r).ok(); }));
        auto found = envelopes().find(RECORD_KIND_CASE, uuidFor(1));
        QVERIFY(found.ok() && found->has_value());
        QCOMPARE((*found)->SerializeAsString(), c.SerializeAsString());
        QCOMPARE(envelopes().serverVersion(RECORD_KIND_CASE, uuidFor(1))->value(), 7);
        QCOMPARE(yk::proto::kindOf(r), RECORD_KIND_REGISTRATION);
        QCOMPARE(std::string(yk::proto::idOf(r)), uuidFor(2));

        Record gone;
        gone.mutable_tombstone()->set_kind(RECORD_KIND_REGISTRATION);
        gone.mutable_tombstone()->set_id(uuidFor(2));
        QCOMPARE(yk::proto::kindOf(gone), RECORD_KIND_REGISTRATION);
        QVERIFY(inTransaction([&] { return envelopes().put(gone).ok(); }));
        QVERIFY(!envelopes().find(RECORD_KIND_REGISTRATION, uuidFor(2))->has_value());
        QVERIFY(!envelopes().put(Record {}).ok()); // an empty envelope is refused
    }

    // A case is written without its own savepoint only inside the caller's transaction.
    void bulkCaseWritesNeedATransaction()
    {
        const auto c = sampleCase(uuidFor(1), "インカムで連絡", "申し送りを短くした。");
        QVERIFY(!m_store->cases().putInTransaction(c).ok());
        QVERIFY(inTransaction([&] { return m_store->cases().putInTransaction(c).ok(); }));
        QCOMPARE(m_store->cases().search("インカム")->size(), std::size_t(1));
    }

    // A pull reset drops every pulled record and the search index; local-only work stays.
    void removeAllEmptiesRecordsAndIndexButKeepsLocalWork()
    {
        Record c;
        *c.mutable_good_practice_case()
            = sampleCase(uuidFor(1), "見守りセンサー導入", "夜間の巡回を見直した。");
        Record org;
        org.mutable_organisation()->set_id(uuidFor(5));
        org.mutable_organisation()->set_name("千曲の杜");
        QVERIFY(inTransaction([&] { return envelopes().put(c).ok() && envelopes().put(org).ok(); }));
        QVERIFY(sync().appendOutbox(entry(1, "r")).ok());
        QVERIFY(sync().setValue("account", "kept").ok());
        QCOMPARE(m_store->cases().search("見守り")->size(), std::size_t(1));
        QVERIFY(inTransaction([&] { return envelopes().removeAll().ok(); }));
        QCOMPARE(*m_store->cases().count(), 0);
        QVERIFY(m_store->cases().search("見守り")->empty());
        QVERIFY(m_store->records().all<Organisation>()->empty());
        QCOMPARE(*sync().outboxCount(), 1);
        QCOMPARE(sync().value("account")->value(), std::string("kept"));
        // The index still works for what comes next.
        QVERIFY(inTransaction([&] { return envelopes().put(c).ok(); }));
        QCOMPARE(m_store->cases().search("見守り")->size(), std::size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestSyncRepository)
#include "tst_syncrepository.moc"
