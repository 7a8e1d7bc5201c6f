// Three yokoten-server processes on one PostgreSQL store, clients spread over all three:
// 300 attendee phones sign up at once for a 50-seat session, and pullers on every process,
// pulling while the sign-ups commit, get every change once, in version order, and skip none.
#include "device_session.h"
#include "engine/mutations.h"
#include "https_client.h"
#include "test_server.h"
#include "test_store_location.h"

#include "auth/demo_seed.h"
#include "storage/cipher.h"

#include <QTest>

#include <atomic>
#include <barrier>
#include <csignal>
#include <map>
#include <mutex>
#include <set>
#include <thread>

using namespace yk;
using namespace yokoten::v1;

namespace {

constexpr int kProcesses = 3;
constexpr int kSeats = 50;
constexpr int kPhones = 300;

PushRequest seminarWithSession(
    const std::string& org, const std::string& seminarId, const std::string& sessionId)
{
    PushRequest request;
    auto* m1 = request.add_mutations();
    m1->set_seq(1);
    auto* seminar = m1->mutable_create_seminar()->mutable_seminar();
    seminar->set_id(seminarId);
    seminar->set_organiser_org_id(org);
    seminar->set_prefecture_code(20);
    seminar->set_title("見守り機器の体験会");
    seminar->set_kind(SEMINAR_KIND_EXHIBITION);
    auto* m2 = request.add_mutations();
    m2->set_seq(2);
    auto* session = m2->mutable_create_session()->mutable_session();
    session->set_id(sessionId);
    session->set_seminar_id(seminarId);
    session->set_capacity(kSeats);
    session->set_venue_name("長野会場");
    session->mutable_starts_at()->set_seconds(4102444800);
    session->mutable_ends_at()->set_seconds(4102452000);
    return request;
}

/// What one puller saw: every record's versions in the order pulled.
struct PullLog {
    std::map<std::string, std::vector<std::int64_t>> versions; ///< record id → versions pulled
    std::int64_t lastVersion = 0;
    bool versionsGrew = true;
    std::string error;
};

} // namespace

class TestMultiprocessPostgres : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (test::testPostgresDatabase().empty())
            QSKIP("needs the PostgreSQL test cluster (ctest runs it as tst_multiprocess_postgres_postgres)");
    }

    // The admin commands reach the shared store with --store alone.
    void adminCommandsUseTheSharedStore()
    {
        test::TempDir dir;
        const auto data = dir.path() / "data";
        const auto location = test::newTestStoreLocation(data);
        auto init = test::runServerCommand({ "init", "--data", data.string(), "--store", location.postgres });
        QVERIFY2(init.exitCode == 0, init.err.c_str());
        auto again
            = test::runServerCommand({ "init", "--data", data.string(), "--store", location.postgres });
        QVERIFY(again.exitCode != 0); // a database holds one store
        std::string org;
        std::int64_t codesBefore = 0;
        {
            auto store = test::openServerStore(location);
            QVERIFY(store.ok());
            auto seed = server::importDemo(**store, server::PasswordCost::forTests());
            QVERIFY(seed.ok());
            org = test::demoAccount(*seed, "demo-centre")->organisationId;
            auto snapshot = (*store)->read();
            QVERIFY(snapshot.ok());
            auto count = (*snapshot)->db().queryInt("SELECT count(*) FROM enrolment_codes");
            QVERIFY(count.ok());
            codesBefore = *count;
        }
        auto code = test::runServerCommand(
            { "device", "code", "--store", location.postgres, "--org", org, "--kind", "tablet", "--json" });
        QVERIFY2(code.exitCode == 0, code.err.c_str());
        auto added = test::runServerCommand({ "user", "add", "--store", location.postgres, "--org", org,
                                                "--role", "centre-staff", "--login", "cli-staff", "--json" },
            "a password long enough\n");
        QVERIFY2(added.exitCode == 0, added.err.c_str());
        auto listed = test::runServerCommand({ "device", "list", "--store", location.postgres, "--json" });
        QVERIFY2(listed.exitCode == 0, listed.err.c_str());

        auto store = test::openServerStore(location);
        QVERIFY(store.ok());
        auto snapshot = (*store)->read();
        QVERIFY(snapshot.ok());
        auto users = (*snapshot)->db().queryInt("SELECT count(*) FROM credentials WHERE login = 'cli-staff'");
        QVERIFY(users.ok());
        QCOMPARE(*users, std::int64_t(1));
        auto codes = (*snapshot)->db().queryInt("SELECT count(*) FROM enrolment_codes");
        QVERIFY(codes.ok());
        QCOMPARE(*codes, codesBefore + 1);

        auto wrong = test::runServerCommand({ "device", "list", "--store", "/not/a/uri" });
        QCOMPARE(wrong.exitCode, 2);
    }

    void threeProcessesShareOneStore()
    {
        test::TempDir dir;
        const auto data = dir.path() / "data";
        const auto location = test::newTestStoreLocation(data);
        QVERIFY(location.isPostgres());
        auto init = test::runServerCommand({ "init", "--data", data.string(), "--store", location.postgres });
        QVERIFY2(init.exitCode == 0, init.err.c_str());

        // Demo accounts and enrolment codes straight into the shared store.
        auto store = test::openServerStore(location);
        QVERIFY2(store.ok(), store.ok() ? "" : store.error().detail.c_str());
        auto seed = server::importDemo(**store, server::PasswordCost::forTests());
        QVERIFY(seed.ok());
        const auto* centre = test::demoAccount(*seed, "demo-centre");
        QVERIFY(centre != nullptr);
        std::vector<std::string> staffCodes;
        staffCodes.reserve(kProcesses);
        for (int p = 0; p < kProcesses; ++p)
            staffCodes.push_back(
                test::makeEnrolmentCode(**store, centre->organisationId, DEVICE_KIND_TABLET));
        std::vector<std::string> phoneCodes;
        for (int i = 0; i < kPhones; ++i) {
            phoneCodes.push_back(test::makeEnrolmentCode(**store, centre->organisationId, DEVICE_KIND_PHONE));
            QVERIFY(!phoneCodes.back().empty());
        }

        std::vector<std::unique_ptr<test::ServerProcess>> processes;
        for (int p = 0; p < kProcesses; ++p) {
            processes.push_back(test::ServerProcess::run(data, { "--store", location.postgres }));
            QVERIFY(processes.back());
        }
        const auto ca = data / "tls" / "server.crt";
        auto portOf = [&](std::size_t i) { return processes[i % processes.size()]->port(); };

        // One staff tablet signed in on each process; the first creates the session.
        std::vector<std::string> staffTokens;
        for (std::size_t p = 0; p < processes.size(); ++p) {
            test::HttpsClient client(portOf(p), ca);
            const auto staff = test::enrolAndSignIn(client, staffCodes[p], centre->login, centre->password);
            QVERIFY2(staff.ok(), staff.error.c_str());
            staffTokens.push_back(staff.accessToken);
        }
        const std::string sessionId = storage::newUuid();
        {
            test::HttpsClient client(portOf(0), ca);
            auto created = client.post<PushResponse>("/v1/push",
                seminarWithSession(centre->organisationId, storage::newUuid(), sessionId), staffTokens[0]);
            QVERIFY(created.reply);
            for (const auto& r : created.reply->results())
                QVERIFY2(r.status() == MUTATION_STATUS_APPLIED, r.message_en().c_str());
        }

        // Pullers, one per process, pull pages of 7 for as long as sign-ups are running.
        std::atomic<bool> signUpsDone { false };
        std::vector<PullLog> logs(processes.size());
        std::vector<std::thread> pullers;
        for (std::size_t p = 0; p < processes.size(); ++p) {
            pullers.emplace_back([&, p] {
                test::HttpsClient client(portOf(p), ca);
                std::string cursor;
                for (;;) {
                    const bool finalRound = signUpsDone.load();
                    PullRequest request;
                    request.set_cursor(cursor);
                    request.set_limit(7);
                    auto pulled = client.post<PullResponse>("/v1/pull", request, staffTokens[p]);
                    if (!pulled.reply) {
                        logs[p].error = "pull: " + std::to_string(pulled.status) + pulled.transportError;
                        return;
                    }
                    for (const auto& record : pulled.reply->records()) {
                        const auto version = server::serverVersionOf(record);
                        logs[p].versions[std::string(server::idOf(record))].push_back(version);
                        if (version <= logs[p].lastVersion)
                            logs[p].versionsGrew = false;
                        logs[p].lastVersion = version;
                    }
                    cursor = pulled.reply->cursor();
                    if (finalRound && !pulled.reply->has_more())
                        return;
                }
            });
        }

        // 300 phones, a hundred on each process, push their sign-up at the same moment.
        std::barrier ready(kPhones);
        std::mutex lock;
        std::vector<MutationResult> results;
        std::vector<std::string> failures;
        std::vector<std::thread> phones;
        phones.reserve(kPhones);
        for (int i = 0; i < kPhones; ++i) {
            phones.emplace_back([&, i] {
                test::HttpsClient client(portOf(static_cast<std::size_t>(i)), ca);
                const auto phone = test::enrolAndSignIn(client, phoneCodes[static_cast<std::size_t>(i)]);
                ready.arrive_and_wait();
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
        for (auto& t : phones)
            t.join();
        signUpsDone = true;
        for (auto& t : pullers)
            t.join();
        QVERIFY2(failures.empty(), failures.empty() ? "" : failures.front().c_str());
        QCOMPARE(results.size(), std::size_t(kPhones));

        int confirmed = 0;
        std::set<int> positions;
        std::set<std::string> registrationIds;
        for (const auto& result : results) {
            QCOMPARE(result.status(), MUTATION_STATUS_APPLIED);
            QVERIFY(result.records_size() >= 1);
            const auto& registration = result.records(0).registration();
            QVERIFY(registrationIds.insert(registration.id()).second);
            if (registration.status() == REGISTRATION_STATUS_CONFIRMED)
                ++confirmed;
            else
                QVERIFY(positions.insert(registration.waitlist_position()).second);
        }
        QCOMPARE(confirmed, kSeats);
        QCOMPARE(positions.size(), std::size_t(kPhones - kSeats));
        QCOMPARE(*positions.begin(), 1);
        QCOMPARE(*positions.rbegin(), kPhones - kSeats);

        // Every puller, on whichever process, got the changes in version order, each change
        // once (versions only grew), and ended on the stored version of every registration:
        // none was skipped, however the commits interleaved with its pulls.
        auto snapshot = (*store)->read();
        QVERIFY(snapshot.ok());
        for (const auto& log : logs) {
            QVERIFY2(log.error.empty(), log.error.c_str());
            QVERIFY(log.versionsGrew);
            for (const auto& id : registrationIds) {
                auto stored = (*snapshot)->find(RECORD_KIND_REGISTRATION, id);
                QVERIFY(stored.ok() && stored->has_value());
                QVERIFY2(log.versions.contains(id), id.c_str());
                QCOMPARE(log.versions.at(id).back(), server::serverVersionOf(**stored));
            }
        }

        // The session as stored agrees with what the phones were told.
        auto stored = (*snapshot)->find(RECORD_KIND_SEMINAR_SESSION, sessionId);
        QVERIFY(stored.ok() && stored->has_value());
        QCOMPARE((**stored).seminar_session().confirmed_count(), kSeats);
        QCOMPARE((**stored).seminar_session().waitlist_count(), kPhones - kSeats);

        for (auto& process : processes) {
            process->signal(SIGTERM);
            QCOMPARE(process->wait(), 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestMultiprocessPostgres)
#include "tst_multiprocess_postgres.moc"
