// The whole server over real HTTPS on loopback: 200 devices signing up at once for a
// 30-seat session, and a server killed with SIGKILL between a push and its retry.
#include "device_session.h"
#include "engine/mutations.h"
#include "https_client.h"
#include "test_server.h"
#include "test_store_location.h"

#include "auth/demo_seed.h"
#include "rules/ticket_signer.h"
#include "service/sync_service.h"
#include "storage/cipher.h"

#include <QTest>

#include <barrier>
#include <csignal>
#include <mutex>
#include <regex>
#include <set>
#include <thread>

using namespace yk;
using namespace yokoten::v1;

namespace {

Mutation createCase(std::int64_t seq, const std::string& id, const std::string& org)
{
    Mutation m;
    m.set_seq(seq);
    auto* c = m.mutable_create_case()->mutable_good_practice_case();
    c->set_id(id);
    c->set_owner_org_id(org);
    c->set_title("夜間の見守りセンサー導入で巡回を見直した事例");
    c->set_category(CASE_CATEGORY_ICT);
    c->mutable_sections()->set_background("夜勤の巡回負担が大きかった。");
    return m;
}

} // namespace

class TestSyncConcurrency : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // 200 attendee phones sign up for one 30-seat session at the same moment, each over its
    // own TLS connection: exactly 30 seats, 170 on the waitlist in distinct positions, every
    // ticket valid and distinct.
    void concurrentSignUpsFillExactlyTheSeats()
    {
        auto server = test::TestServer::startWithSyncService();
        QVERIFY(server);
        auto& service = *server->syncService();
        auto seed = server::importDemo(service.store(), server::PasswordCost::forTests());
        QVERIFY(seed.ok());
        const auto* centre = test::demoAccount(*seed, "demo-centre");
        QVERIFY(centre != nullptr);

        // Centre staff create the seminar and its session over HTTPS.
        auto staffClient = server->client();
        const auto staff = test::enrolAndSignIn(staffClient,
            test::makeEnrolmentCode(service.store(), centre->organisationId, DEVICE_KIND_TABLET),
            centre->login, centre->password);
        QVERIFY2(staff.ok(), staff.error.c_str());
        const std::string seminarId = storage::newUuid();
        const std::string sessionId = storage::newUuid();
        PushRequest setup;
        auto* m1 = setup.add_mutations();
        m1->set_seq(1);
        auto* seminar = m1->mutable_create_seminar()->mutable_seminar();
        seminar->set_id(seminarId);
        seminar->set_organiser_org_id(centre->organisationId);
        seminar->set_prefecture_code(20);
        seminar->set_title("介護ロボット体験会");
        seminar->set_kind(SEMINAR_KIND_EXHIBITION);
        auto* m2 = setup.add_mutations();
        m2->set_seq(2);
        auto* session = m2->mutable_create_session()->mutable_session();
        session->set_id(sessionId);
        session->set_seminar_id(seminarId);
        session->set_capacity(30);
        session->set_venue_name("松本会場");
        session->mutable_starts_at()->set_seconds(4102444800);
        session->mutable_ends_at()->set_seconds(4102452000);
        auto created = staffClient.post<PushResponse>("/v1/push", setup, staff.accessToken);
        QVERIFY(created.reply);
        for (const auto& r : created.reply->results())
            QVERIFY2(r.status() == MUTATION_STATUS_APPLIED, r.message_en().c_str());

        constexpr int devices = 200;
        std::vector<std::string> codes;
        for (int i = 0; i < devices; ++i) {
            codes.push_back(
                test::makeEnrolmentCode(service.store(), centre->organisationId, DEVICE_KIND_PHONE));
            QVERIFY(!codes.back().empty());
        }

        std::barrier ready(devices);
        std::mutex lock;
        std::vector<MutationResult> results;
        std::vector<std::string> failures;
        std::vector<std::thread> threads;
        for (int i = 0; i < devices; ++i) {
            threads.emplace_back([&, i] {
                auto client = server->client();
                const auto phone = test::enrolAndSignIn(client, codes[static_cast<std::size_t>(i)]);
                ready.arrive_and_wait(); // every phone is signed in: now all push at once
                if (!phone.ok()) {
                    std::lock_guard guard(lock);
                    failures.push_back(phone.error);
                    return;
                }
                PushRequest request;
                auto* m = request.add_mutations();
                *m = sync::makeSignUp({ .sessionId = sessionId, .attendeeName = "参加者" });
                m->set_seq(1);
                auto pushed = client.post<PushResponse>("/v1/push", request, phone.accessToken);
                std::lock_guard guard(lock);
                if (!pushed.reply || pushed.reply->results_size() != 1)
                    failures.push_back("push: " + std::to_string(pushed.status) + pushed.transportError);
                else
                    results.push_back(pushed.reply->results(0));
            });
        }
        for (auto& t : threads)
            t.join();
        QVERIFY2(failures.empty(), failures.empty() ? "" : failures.front().c_str());
        QCOMPARE(results.size(), std::size_t(devices));

        int confirmed = 0;
        std::set<int> positions;
        std::set<std::string> registrationIds;
        std::set<std::string> ticketIds;
        for (const auto& result : results) {
            QCOMPARE(result.status(), MUTATION_STATUS_APPLIED);
            QVERIFY(result.records_size() >= 1);
            const auto& registration = result.records(0).registration();
            QVERIFY(registrationIds.insert(registration.id()).second);
            if (registration.status() == REGISTRATION_STATUS_CONFIRMED) {
                ++confirmed;
                auto payload = service.ticketSigner().verify(registration.ticket());
                QVERIFY(payload.has_value());
                QCOMPARE(payload->session_id(), sessionId);
                QVERIFY(ticketIds.insert(payload->ticket_id()).second);
            } else {
                QCOMPARE(registration.status(), REGISTRATION_STATUS_WAITLISTED);
                QVERIFY(positions.insert(registration.waitlist_position()).second);
            }
        }
        QCOMPARE(confirmed, 30);
        QCOMPARE(positions.size(), std::size_t(170));
        QCOMPARE(*positions.begin(), 1);
        QCOMPARE(*positions.rbegin(), 170);

        // The stored session agrees with what the devices were told.
        auto snapshot = service.store().read();
        QVERIFY(snapshot.ok());
        auto stored = (*snapshot)->find(RECORD_KIND_SEMINAR_SESSION, sessionId);
        QVERIFY(stored.ok() && stored->has_value());
        QCOMPARE((**stored).seminar_session().confirmed_count(), 30);
        QCOMPARE((**stored).seminar_session().waitlist_count(), 170);
        auto registrations = (*snapshot)->listByParent(RECORD_KIND_REGISTRATION, sessionId);
        QVERIFY(registrations.ok());
        QCOMPARE(registrations->size(), std::size_t(devices));
    }

    // A push whose answer never arrived is retried after the server was killed with SIGKILL:
    // the data survived, and the retry is reported as a duplicate and changes nothing.
    void pushSurvivesKillAndRetryIsDuplicate()
    {
        test::TempDir dir;
        const auto data = dir.path() / "data";
        // On PostgreSQL the store is in a schema of the test cluster, the TLS files in `data`.
        const auto location = test::newTestStoreLocation(data);
        std::vector<std::string> storeArgs;
        if (location.isPostgres())
            storeArgs = { "--store", location.postgres };
        std::vector<std::string> initArgs { "init", "--data", data.string(), "--demo" };
        initArgs.insert(initArgs.end(), storeArgs.begin(), storeArgs.end());
        auto init = test::runServerCommand(initArgs);
        QCOMPARE(init.exitCode, 0);
        std::smatch match;
        QVERIFY(std::regex_search(init.out, match, std::regex("demo-facility\\s+\\S+\\s+(\\S+)")));
        const std::string password = match[1];
        QVERIFY(std::regex_search(
            init.out, match, std::regex("tablet\\s+([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})")));
        const std::string code = match[1];

        auto process = test::ServerProcess::run(data, storeArgs);
        QVERIFY(process);
        const auto ca = data / "tls" / "server.crt";
        test::HttpsClient tabletClient(process->port(), ca);
        const auto tablet = test::enrolAndSignIn(tabletClient, code, "demo-facility", password);
        QVERIFY2(tablet.ok(), tablet.error.c_str());
        auto tokens = tabletClient.get<ServerInfo>("/v1/server-info");
        QVERIFY(tokens.reply);

        // The facility's organisation: from its pull of its own user record.
        auto firstPull = tabletClient.post<PullResponse>("/v1/pull", PullRequest {}, tablet.accessToken);
        QVERIFY(firstPull.reply);
        std::string org;
        for (const auto& record : firstPull.reply->records()) {
            if (record.has_user() && record.user().login() == "demo-facility")
                org = record.user().organisation_id();
        }
        QVERIFY(!org.empty());

        const std::string caseId = storage::newUuid();
        PushRequest batch;
        *batch.add_mutations() = createCase(1, caseId, org);
        auto first = tabletClient.post<PushResponse>("/v1/push", batch, tablet.accessToken);
        QVERIFY(first.reply);
        QCOMPARE(first.reply->results(0).status(), MUTATION_STATUS_APPLIED);

        process->signal(SIGKILL);
        QCOMPARE(process->wait(), 128 + SIGKILL);
        process = test::ServerProcess::run(data, storeArgs);
        QVERIFY(process);

        // Same device, same token (the signing key lives in the store), a new connection.
        test::HttpsClient again(process->port(), ca);
        auto retry = again.post<PushResponse>("/v1/push", batch, tablet.accessToken);
        QVERIFY2(retry.reply, retry.error.code().c_str());
        QCOMPARE(retry.reply->results(0).status(), MUTATION_STATUS_DUPLICATE);
        QCOMPARE(retry.reply->last_applied_seq(), std::int64_t(1));

        auto pulled = again.post<PullResponse>("/v1/pull", PullRequest {}, tablet.accessToken);
        QVERIFY(pulled.reply);
        int copies = 0;
        for (const auto& record : pulled.reply->records()) {
            if (record.has_good_practice_case() && record.good_practice_case().id() == caseId) {
                ++copies;
                QCOMPARE(record.good_practice_case().title(),
                    batch.mutations(0).create_case().good_practice_case().title());
            }
        }
        QCOMPARE(copies, 1);
        process->signal(SIGTERM);
        QCOMPARE(process->wait(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncConcurrency)
#include "tst_sync_concurrency.moc"
