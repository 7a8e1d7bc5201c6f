// SyncService push and pull without HTTP: idempotent batches, rejected mutations that leave
// nothing, pulls by scope with paging, tombstones and a reset when the scopes change.
#include "engine/mutations.h"
#include "service/pull_cursor.h"
#include "service/sync_service.h"

#include "core/audience.h"
#include "core/placement.h"
#include "test_store_location.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <map>
#include <set>

using namespace yk::server;
using namespace yokoten::v1;

namespace {

constexpr int kPrefecture = 20;
const std::string kCentre = "c0000000-0000-4000-8000-000000000001";
const std::string kFacilityA = "f0000000-0000-4000-8000-00000000000a";
const std::string kFacilityB = "f0000000-0000-4000-8000-00000000000b";
const std::string kSeminar = "50000000-0000-4000-8000-000000000001";
const std::string kSession = "51000000-0000-4000-8000-000000000001";

Record organisation(const std::string& id, OrganisationKind kind)
{
    Record r;
    auto* o = r.mutable_organisation();
    o->set_id(id);
    o->set_kind(kind);
    o->set_name("組織");
    o->set_prefecture_code(kPrefecture);
    return r;
}

Principal principal(const std::string& device, const std::string& user, const std::string& org,
    OrganisationKind orgKind, Role role, DeviceKind kind = DEVICE_KIND_TABLET)
{
    Principal p;
    p.deviceId = device;
    p.deviceKind = kind;
    p.userId = user;
    p.organisationId = org;
    p.organisationKind = orgKind;
    p.prefectureCode = kPrefecture;
    p.roles = { role };
    return p;
}

Mutation createSeminar(std::int64_t seq)
{
    Mutation m;
    m.set_seq(seq);
    auto* s = m.mutable_create_seminar()->mutable_seminar();
    s->set_id(kSeminar);
    s->set_organiser_org_id(kCentre);
    s->set_prefecture_code(kPrefecture);
    s->set_title("ビギナーズセミナー");
    s->set_kind(SEMINAR_KIND_BEGINNER);
    return m;
}

Mutation createSession(std::int64_t seq, int capacity)
{
    Mutation m;
    m.set_seq(seq);
    auto* s = m.mutable_create_session()->mutable_session();
    s->set_id(kSession);
    s->set_seminar_id(kSeminar);
    s->set_capacity(capacity);
    s->set_venue_name("飯田会場");
    s->mutable_starts_at()->set_seconds(4102444800); // 2100-01-01: never past its deadline
    s->mutable_ends_at()->set_seconds(4102452000);
    return m;
}

Mutation signUp(std::int64_t seq, const std::string& registrationId)
{
    Mutation m = yk::sync::makeSignUp(
        { .sessionId = kSession, .attendeeName = "参加者", .registrationId = registrationId });
    m.set_seq(seq);
    return m;
}

const std::string kPublicCase = "ca000000-0000-4000-8000-000000000001";
const std::string kLinkedCase = "ca000000-0000-4000-8000-000000000002";
const std::string kDraftCase = "ca000000-0000-4000-8000-000000000003";

// A case of facility A with its whole text: sections, two figures, funding.
Record caseRecord(const std::string& id, CaseState state, PublicationScope scope, bool linkedToModel)
{
    Record r;
    auto* c = r.mutable_good_practice_case();
    c->set_id(id);
    c->set_revision(2);
    c->set_owner_org_id(kFacilityA);
    c->set_owner_org_name("特養あおぞら");
    c->set_prefecture_code(kPrefecture);
    c->set_title("見守りセンサーで夜間巡回を減らす");
    c->set_category(CASE_CATEGORY_ICT);
    c->add_technologies("見守りセンサー");
    c->set_state(state);
    c->set_publication_scope(scope);
    c->mutable_sections()->set_background("夜間の巡回が職員の負担になっていた。");
    c->mutable_sections()->set_effects("巡回が半分になった。");
    c->mutable_funding()->set_source("地域医療介護総合確保基金");
    for (const char* label : { "夜間巡回の回数", "職員の負担感" }) {
        auto* m = c->add_metrics();
        m->set_label(label);
        m->set_before_value(10);
        m->set_after_value(5);
    }
    if (linkedToModel)
        c->add_equipment_model_ids("e0000000-0000-4000-8000-000000000001");
    return r;
}

std::string uuid(int n)
{
    char text[40];
    std::snprintf(text, sizeof text, "a0000000-0000-4000-8000-%012d", n);
    return text;
}

} // namespace

class TestSyncService : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_stores = 0;
    std::unique_ptr<SyncService> m_service;
    Principal m_centre
        = principal("dev-centre", "u-centre", kCentre, ORGANISATION_KIND_CENTRE, ROLE_CENTRE_STAFF);
    Principal m_staffA
        = principal("dev-a", "u-a", kFacilityA, ORGANISATION_KIND_FACILITY, ROLE_FACILITY_STAFF);
    Principal m_staffB
        = principal("dev-b", "u-b", kFacilityB, ORGANISATION_KIND_FACILITY, ROLE_FACILITY_STAFF);
    Principal m_kiosk
        = principal("dev-kiosk", "", kCentre, ORGANISATION_KIND_CENTRE, ROLE_KIOSK, DEVICE_KIND_KIOSK);
    Principal m_phone
        = principal("dev-phone", "", kCentre, ORGANISATION_KIND_CENTRE, ROLE_ATTENDEE, DEVICE_KIND_PHONE);

    void putCases()
    {
        auto tx = m_service->store().write();
        QVERIFY(tx.ok());
        for (auto record : { caseRecord(kPublicCase, CASE_STATE_PUBLISHED, PUBLICATION_SCOPE_PUBLIC, false),
                 caseRecord(kLinkedCase, CASE_STATE_PUBLISHED, PUBLICATION_SCOPE_PUBLIC, true),
                 caseRecord(kDraftCase, CASE_STATE_DRAFT, PUBLICATION_SCOPE_ORGANISATION, false) })
            QVERIFY(putPlaced(**tx, record).ok());
        QVERIFY((*tx)->commit().ok());
    }

    // The cases of every page of a pull, by id.
    std::map<std::string, GoodPracticeCase> pulledCases(const Principal& who)
    {
        std::map<std::string, GoodPracticeCase> cases;
        PullRequest request;
        for (int page = 0; page < 100; ++page) {
            auto response = m_service->pull(who, request);
            if (!response)
                break;
            for (const auto& record : response->records())
                if (record.has_good_practice_case())
                    cases[record.good_practice_case().id()] = record.good_practice_case();
            request.set_cursor(response->cursor());
            if (!response->has_more())
                break;
        }
        return cases;
    }

    PushResponse push(const Principal& who, std::vector<Mutation> mutations)
    {
        PushRequest request;
        for (auto& m : mutations)
            *request.add_mutations() = std::move(m);
        auto response = m_service->push(who, request);
        if (!response)
            qWarning("push failed: %s", response.error().code.c_str());
        return response ? *response : PushResponse {};
    }

    // Pulls every page; returns ids of live records and of tombstones.
    std::pair<std::set<std::string>, std::set<std::string>> pullAll(
        const Principal& who, std::string* cursor = nullptr, int limit = 0)
    {
        std::set<std::string> live;
        std::set<std::string> gone;
        PullRequest request;
        request.set_limit(limit);
        if (cursor != nullptr)
            request.set_cursor(*cursor);
        for (int page = 0; page < 1000; ++page) {
            auto response = m_service->pull(who, request);
            if (!response)
                break;
            for (const auto& record : response->records()) {
                if (record.has_tombstone()) {
                    gone.insert(record.tombstone().id());
                    live.erase(record.tombstone().id());
                } else {
                    live.insert(std::string(idOf(record)));
                    gone.erase(std::string(idOf(record)));
                }
            }
            request.set_cursor(response->cursor());
            if (!response->has_more())
                break;
        }
        if (cursor != nullptr)
            *cursor = request.cursor();
        return { live, gone };
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        const std::filesystem::path dir = m_dir.path().toStdString() + "/store-" + std::to_string(++m_stores);
        {
            auto store = yk::test::createServerStore(yk::test::newTestStoreLocation(dir));
            QVERIFY(store.ok());
            auto tx = (*store)->write();
            QVERIFY(tx.ok());
            for (auto [id, kind] :
                { std::pair { kCentre, ORGANISATION_KIND_CENTRE }, { kFacilityA, ORGANISATION_KIND_FACILITY },
                    { kFacilityB, ORGANISATION_KIND_FACILITY } }) {
                auto org = organisation(id, kind);
                QVERIFY(putPlaced(**tx, org).ok());
            }
            for (const char* device : { "dev-centre", "dev-a", "dev-b", "dev-kiosk", "dev-phone" }) {
                auto stmt = (*tx)->db().prepare("INSERT INTO devices(id, organisation_id, kind, secret_hash, "
                                                "enrolled_at) VALUES (?, '', 1, ?, 0)");
                QVERIFY(stmt.ok());
                (*stmt)->bind(1, device).bindBlob(2, std::string_view("\0", 1));
                QVERIFY((*stmt)->run().ok());
            }
            QVERIFY((*tx)->commit().ok());
            tx->reset(); // gives the writer back
            auto service = SyncService::open(std::move(*store));
            QVERIFY2(service.ok(), service.ok() ? "" : service.error().detail.c_str());
            m_service = std::move(*service);
        }
    }

    void cleanup() { m_service.reset(); }

    void replayedBatchIsDuplicateAndChangesNothing()
    {
        auto first = push(m_centre, { createSeminar(1), createSession(2, 30) });
        QCOMPARE(first.results_size(), 2);
        QCOMPARE(first.results(0).status(), MUTATION_STATUS_APPLIED);
        QCOMPARE(first.results(1).status(), MUTATION_STATUS_APPLIED);
        QCOMPARE(first.last_applied_seq(), std::int64_t(2));
        auto version = (*m_service->store().read())->currentVersion();

        auto again = push(m_centre, { createSeminar(1), createSession(2, 30) });
        QCOMPARE(again.results_size(), 2);
        QCOMPARE(again.results(0).status(), MUTATION_STATUS_DUPLICATE);
        QCOMPARE(again.results(1).status(), MUTATION_STATUS_DUPLICATE);
        QCOMPARE(again.last_applied_seq(), std::int64_t(2));
        QCOMPARE(*(*m_service->store().read())->currentVersion(), *version);
    }

    void rejectedMutationLeavesNothingAndIsNotRetried()
    {
        // A facility may not create seminars: rejected, nothing stored, seq consumed.
        auto response = push(m_staffA, { createSeminar(1) });
        QCOMPARE(response.results_size(), 1);
        QCOMPARE(response.results(0).status(), MUTATION_STATUS_REJECTED);
        QVERIFY(!response.results(0).reason_code().empty());
        QVERIFY(!response.results(0).message_ja().empty());
        QVERIFY(!(*(*m_service->store().read())->find(RECORD_KIND_SEMINAR, kSeminar)).has_value());
        QCOMPARE(response.last_applied_seq(), std::int64_t(1));
        auto replay = push(m_staffA, { createSeminar(1) });
        QCOMPARE(replay.results(0).status(), MUTATION_STATUS_DUPLICATE);
    }

    // A rejection in the middle of a batch: the first attempt (no savepoints) is rolled back
    // and the batch runs again isolated; the mutations around the rejected one still apply.
    void rejectionInsideBatchKeepsTheOthers()
    {
        Mutation orphan = createSession(2, 10);
        orphan.mutable_create_session()->mutable_session()->set_id("52000000-0000-4000-8000-000000000002");
        orphan.mutable_create_session()->mutable_session()->set_seminar_id(
            "59999999-0000-4000-8000-000000000009");
        auto response = push(m_centre, { createSeminar(1), orphan, createSession(3, 10) });
        QCOMPARE(response.results_size(), 3);
        QCOMPARE(response.results(0).status(), MUTATION_STATUS_APPLIED);
        QCOMPARE(response.results(1).status(), MUTATION_STATUS_REJECTED);
        QCOMPARE(response.results(2).status(), MUTATION_STATUS_APPLIED);
        QCOMPARE(response.last_applied_seq(), std::int64_t(3));
        auto snapshot = m_service->store().read();
        QVERIFY((*(*snapshot)->find(RECORD_KIND_SEMINAR, kSeminar)).has_value());
        QVERIFY((*(*snapshot)->find(RECORD_KIND_SEMINAR_SESSION, kSession)).has_value());
        QVERIFY(!(*(*snapshot)->find(RECORD_KIND_SEMINAR_SESSION, "52000000-0000-4000-8000-000000000002"))
                     .has_value());
        // Versions were taken only by what was kept: 3 organisations + seminar + session.
        QCOMPARE(*(*snapshot)->currentVersion(), std::int64_t(5));
    }

    void signUpsDecideSeatThenWaitlist()
    {
        QCOMPARE(push(m_centre, { createSeminar(1), createSession(2, 1) }).results(1).status(),
            MUTATION_STATUS_APPLIED);
        auto a = push(m_staffA, { signUp(1, uuid(1)) });
        QCOMPARE(a.results(0).status(), MUTATION_STATUS_APPLIED);
        QCOMPARE(a.results(0).records(0).registration().status(), REGISTRATION_STATUS_CONFIRMED);
        QVERIFY(!a.results(0).records(0).registration().ticket().signature().empty());
        auto b = push(m_staffB, { signUp(1, uuid(2)) });
        QCOMPARE(b.results(0).status(), MUTATION_STATUS_APPLIED);
        QCOMPARE(b.results(0).records(0).registration().status(), REGISTRATION_STATUS_WAITLISTED);
    }

    void facilitiesNeverSeeEachOthersRegistrations()
    {
        push(m_centre, { createSeminar(1), createSession(2, 5) });
        push(m_staffA, { signUp(1, uuid(1)) });
        push(m_staffB, { signUp(1, uuid(2)) });
        auto [seenByA, goneA] = pullAll(m_staffA);
        auto [seenByB, goneB] = pullAll(m_staffB);
        auto [seenByCentre, goneC] = pullAll(m_centre);
        auto [seenByKiosk, goneK] = pullAll(m_kiosk);
        QVERIFY(seenByA.count(uuid(1)) == 1 && seenByA.count(uuid(2)) == 0);
        QVERIFY(seenByB.count(uuid(2)) == 1 && seenByB.count(uuid(1)) == 0);
        QVERIFY(seenByCentre.count(uuid(1)) == 1 && seenByCentre.count(uuid(2)) == 1);
        QVERIFY(seenByKiosk.count(uuid(1)) == 0 && seenByKiosk.count(uuid(2)) == 0);
        // Public records reach everyone, the kiosk included.
        for (const auto* seen : { &seenByA, &seenByB, &seenByCentre, &seenByKiosk }) {
            QVERIFY(seen->count(kSeminar) == 1);
            QVERIFY(seen->count(kSession) == 1);
            QVERIFY(seen->count(kFacilityA) == 1);
        }
    }

    void pullPagesAndResumesFromCursor()
    {
        push(m_centre, { createSeminar(1), createSession(2, 5) });
        std::string cursor;
        auto [first, gone] = pullAll(m_kiosk, &cursor, 1);
        QCOMPARE(first.size(), std::size_t(5)); // 3 organisations, seminar, session
        // Nothing new: an empty page from the same cursor.
        PullRequest again;
        again.set_cursor(cursor);
        auto response = m_service->pull(m_kiosk, again);
        QVERIFY(response.ok());
        QCOMPARE(response->records_size(), 0);
        QVERIFY(!response->has_more());
        QVERIFY(!response->reset());
        QCOMPARE(response->remaining(), 0);
    }

    // After a restore from an older backup, a device's cursor points past every change the
    // store holds: it is told to start again, and gets everything it may see.
    void cursorFromBeforeARestoreResets()
    {
        push(m_centre, { createSeminar(1), createSession(2, 5) });
        std::string cursor;
        auto [first, gone] = pullAll(m_kiosk, &cursor);
        QCOMPARE(first.size(), std::size_t(5));
        auto decoded = PullCursor::decode(cursor);
        QVERIFY(decoded.has_value());
        decoded->version += 1000;
        PullRequest request;
        request.set_cursor(decoded->encode());
        auto response = m_service->pull(m_kiosk, request);
        QVERIFY(response.ok());
        QVERIFY(response->reset());
        QCOMPARE(response->records_size(), 5);
    }

    void pagesCountWhatRemains()
    {
        push(m_centre, { createSeminar(1), createSession(2, 5) });
        PullRequest request;
        request.set_limit(2);
        auto first = m_service->pull(m_kiosk, request);
        QVERIFY(first.ok());
        QVERIFY(first->has_more());
        QCOMPARE(first->records_size(), 2);
        QCOMPARE(first->remaining(), 3); // 5 visible records in all
        request.set_cursor(first->cursor());
        request.set_limit(10);
        auto last = m_service->pull(m_kiosk, request);
        QVERIFY(last.ok());
        QCOMPARE(last->records_size(), 3);
        QVERIFY(!last->has_more());
        QCOMPARE(last->remaining(), 0);
    }

    void changedScopesResetTheDevice()
    {
        std::string cursor;
        pullAll(m_staffA, &cursor);
        Principal promoted = m_staffA;
        promoted.roles = { ROLE_FACILITY_MANAGER, ROLE_CENTRE_STAFF };
        PullRequest request;
        request.set_cursor(cursor);
        auto response = m_service->pull(promoted, request);
        QVERIFY(response.ok());
        QVERIFY(response->reset());
        QVERIFY(response->records_size() > 0);
    }

    // Issue 23: a phone pulls case summaries (no sections, one figure), a tablet whole cases.
    void aPhonePullsSummariesAndATabletWholeCases()
    {
        putCases();
        const auto phone = pulledCases(m_phone);
        QCOMPARE(phone.size(), std::size_t(2)); // the published public ones
        for (const auto& [id, c] : phone) {
            QVERIFY(c.summary_only());
            QVERIFY(!c.has_sections());
            QVERIFY(!c.has_funding());
            QCOMPARE(c.metrics_size(), 1);
            QCOMPARE(c.metrics(0).label(), std::string("夜間巡回の回数"));
            QCOMPARE(c.title(), std::string("見守りセンサーで夜間巡回を減らす"));
            QCOMPARE(c.owner_org_name(), std::string("特養あおぞら"));
            QCOMPARE(c.technologies_size(), 1);
            QCOMPARE(c.revision(), std::int64_t(2));
            QVERIFY(c.server_version() > 0);
        }
        QCOMPARE(phone.at(kLinkedCase).equipment_model_ids_size(), 1);

        const auto tablet = pulledCases(m_staffA);
        QCOMPARE(tablet.size(), std::size_t(3)); // its own draft too
        for (const auto& [id, c] : tablet) {
            QVERIFY(!c.summary_only());
            QCOMPARE(c.sections().background(), std::string("夜間の巡回が職員の負担になっていた。"));
            QCOMPARE(c.metrics_size(), 2);
        }
    }

    // A kiosk keeps the whole text of cases that name a catalogue model (what it exhibits).
    void aKioskPullsWholeCasesOnlyWhenLinkedToAModel()
    {
        putCases();
        const auto kiosk = pulledCases(m_kiosk);
        QCOMPARE(kiosk.size(), std::size_t(2));
        QVERIFY(kiosk.at(kPublicCase).summary_only());
        QVERIFY(!kiosk.at(kPublicCase).has_sections());
        QVERIFY(!kiosk.at(kLinkedCase).summary_only());
        QCOMPARE(kiosk.at(kLinkedCase).metrics_size(), 2);
    }

    // A phone that pulled whole cases before summaries existed starts again, once.
    void anOldPhonesCursorResetsOnce()
    {
        putCases();
        const PullCursor old { 1, scopeFingerprint(audiencesOf(m_phone)) };
        PullRequest request;
        request.set_cursor(old.encode());
        auto first = m_service->pull(m_phone, request);
        QVERIFY(first.ok());
        QVERIFY(first->reset());
        QVERIFY(first->records_size() > 0);
        request.set_cursor(first->cursor());
        auto second = m_service->pull(m_phone, request);
        QVERIFY(second.ok());
        QVERIFY(!second->reset());
        // A tablet's cursor is what it was: no reset for facilities.
        const PullCursor tablet { 1, scopeFingerprint(audiencesOf(m_staffA)) };
        request.set_cursor(tablet.encode());
        auto unchanged = m_service->pull(m_staffA, request);
        QVERIFY(unchanged.ok());
        QVERIFY(!unchanged->reset());
    }

    // Issue 19 gave facility members a new audience (munall:): a tablet's cursor made before
    // it no longer matches, so its next pull starts again from the beginning, once.
    void aCursorFromBeforeTheMunicipalityAudienceResetsOnce()
    {
        putCases();
        Principal staff = m_staffA;
        staff.municipalityId = "muni-1"; // the facility's parent, as the authenticator sets it
        auto before = audiencesOf(staff);
        QVERIFY(std::any_of(
            before.begin(), before.end(), [](const std::string& a) { return a.starts_with("munall:"); }));
        std::erase_if(before, [](const std::string& a) { return a.starts_with("munall:"); });
        PullRequest request;
        request.set_cursor(PullCursor { 1, scopeFingerprint(before) }.encode());
        auto first = m_service->pull(staff, request);
        QVERIFY(first.ok());
        QVERIFY(first->reset());
        QVERIFY(first->records_size() > 0);
        request.set_cursor(first->cursor());
        auto second = m_service->pull(staff, request);
        QVERIFY(second.ok());
        QVERIFY(!second->reset());
    }

    // GET /v1/cases/{id}: the whole case to whoever may pull it; the same 404 for a case
    // that does not exist, one the caller may not see, and an id that is no id.
    void aWholeCaseGoesOnlyToWhoMayPullIt()
    {
        putCases();
        auto whole = m_service->wholeCase(m_phone, kPublicCase);
        QVERIFY(whole.ok());
        QVERIFY(!whole->summary_only());
        QCOMPARE(whole->sections().effects(), std::string("巡回が半分になった。"));
        QCOMPARE(whole->metrics_size(), 2);
        QVERIFY(m_service->wholeCase(m_staffA, kDraftCase).ok());
        for (const auto& [who, id] : { std::pair { &m_phone, kDraftCase },
                 std::pair { &m_staffB, kDraftCase }, std::pair { &m_kiosk, kDraftCase },
                 std::pair { &m_phone, uuid(99) }, std::pair { &m_phone, std::string("../etc/passwd") } }) {
            auto refused = m_service->wholeCase(*who, id);
            QVERIFY(!refused);
            QCOMPARE(refused.error().httpStatus, 404);
            QCOMPARE(refused.error().code, std::string("not_found"));
        }
    }

    void damagedCursorIsRefused_data()
    {
        QTest::addColumn<QByteArray>("cursor");
        QTest::newRow("garbage") << QByteArray("\x01\x02\x03");
        QTest::newRow("negative") << QByteArray("c1:-5:0123456789abcdef");
        QTest::newRow("short fingerprint") << QByteArray("c1:5:0123");
        QTest::newRow("no version") << QByteArray("c1::0123456789abcdef");
        QTest::newRow("overflow") << QByteArray("c1:99999999999999999999:0123456789abcdef");
    }

    void damagedCursorIsRefused()
    {
        QFETCH(QByteArray, cursor);
        PullRequest request;
        request.set_cursor(cursor.toStdString());
        auto response = m_service->pull(m_staffA, request);
        QVERIFY(!response.ok());
        QCOMPARE(response.error().httpStatus, 400);
        QCOMPARE(response.error().code, std::string("invalid_cursor"));
    }

    void oversizedPushIsRefusedWhole()
    {
        PushRequest request;
        for (int i = 1; i <= 501; ++i)
            *request.add_mutations() = signUp(i, uuid(i));
        auto response = m_service->push(m_staffA, request);
        QVERIFY(!response.ok());
        QCOMPARE(response.error().httpStatus, 413);
        QCOMPARE(*(*m_service->store().read())->lastAppliedSeq("dev-a"), std::int64_t(0));
    }

    void cursorRoundTrip()
    {
        const PullCursor cursor { 1234, scopeFingerprint({ "org:x", "public" }) };
        auto decoded = PullCursor::decode(cursor.encode());
        QVERIFY(decoded.has_value());
        QCOMPARE(decoded->version, std::int64_t(1234));
        QCOMPARE(decoded->scopes, cursor.scopes);
        QVERIFY(scopeFingerprint({ "public" }) != scopeFingerprint({ "org:x", "public" }));
        QVERIFY(PullCursor::decode("")->isStart());
    }
};

QTEST_GUILESS_MAIN(TestSyncService)
#include "tst_syncservice.moc"
