// Server benchmark over real HTTPS on loopback (in-process server, same machine as clients):
//   1. push throughput: tablets push batches of create-case mutations at once;
//   2. initial pull: a fresh phone pulls 10,000 published cases page by page;
//   3. latency under load: 200 devices, each on its own keep-alive TLS connection, run a
//      sign-up push and an incremental pull once a second (--interval-ms 0: back to back,
//      which measures saturation); p50/p95 per request.
//   4. password guessing: 8 threads of one enrolled tablet guess one account's password
//      for 60 s (production scrypt cost) while another device syncs every 200 ms; how many
//      passwords were evaluated, the other device's sync-round p95, and how soon the real
//      user signs in once the attack stops.
//   bench_server [--push-devices N] [--push-mutations N] [--batch N] [--pull-cases N]
//                [--connections N] [--interval-ms N] [--seconds S]
//                [--guess-threads N] [--guess-seconds S] [--only push|pull|latency|guess]
// Prints a Markdown table for docs/benchmarks.md. Not a test: numbers depend on the machine,
// and the clients share its two cores with the server.
#include "device_session.h"
#include "engine/mutations.h"
#include "https_client.h"
#include "test_server.h"

#include "auth/demo_seed.h"
#include "core/placement.h"
#include "service/sync_service.h"
#include "storage/cipher.h"

#include <algorithm>
#include <atomic>
#include <barrier>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

using namespace yk;
using namespace yokoten::v1;
using Clock = std::chrono::steady_clock;

namespace {

// Enrols and signs in; the access token, or "" after saying why on stderr.
std::string signIn(test::HttpsClient& client, const std::string& code, const std::string& login = {},
    const std::string& password = {})
{
    const auto session = test::enrolAndSignIn(client, code, login, password);
    if (!session.ok())
        std::fprintf(stderr, "%s\n", session.error.c_str());
    return session.accessToken;
}

const server::DemoAccount& account(const server::DemoSeed& seed, const std::string& login)
{
    const auto* found = test::demoAccount(seed, login);
    if (found == nullptr) {
        std::fprintf(stderr, "no demo account %s\n", login.c_str());
        std::exit(1);
    }
    return *found;
}

struct Options {
    int pushDevices = 4;
    int pushMutations = 20000;
    int batch = 250;
    int pullCases = 10000;
    int connections = 200;
    double seconds = 10;
    /// Each device starts a push + pull cycle this often (0: back to back, which measures
    /// saturation rather than latency).
    int intervalMs = 1000;
    int guessThreads = 8;
    double guessSeconds = 60;
    /// Run one section only (empty: all).
    std::string only;
};

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1));
    return values[index];
}

GoodPracticeCase sampleCase(const std::string& org, int n)
{
    GoodPracticeCase c;
    c.set_id(storage::newUuid());
    c.set_owner_org_id(org);
    c.set_title("見守りセンサーとインカムで夜勤の巡回を見直した事例 " + std::to_string(n));
    c.set_category(CASE_CATEGORY_ICT);
    auto* s = c.mutable_sections();
    s->set_background(
        "夜勤帯の巡回が職員の大きな負担になっていた。転倒の不安から、必要のない訪室も多かった。");
    s->set_purpose("利用者の睡眠を妨げず、職員の負担を減らす。");
    s->set_activities("居室にベッドセンサーを設置し、通知をインカムとスマートフォンで受けるようにした。");
    s->set_effects("夜間の訪室回数が減り、職員の負担感も下がった。");
    auto* metric = c.add_metrics();
    metric->set_label("業務負担を感じる職員の割合");
    metric->set_unit("%");
    metric->set_before_value(82.0);
    metric->set_after_value(64.0);
    metric->set_source("職員アンケート（テスト値）");
    metric->set_lower_is_better(true);
    c.add_technologies("見守りセンサー");
    c.add_technologies("インカム");
    return c;
}

// 1. Several tablets of one facility push create-case batches at the same time.
void benchPush(const Options& options, test::TestServer& server, const server::DemoSeed& seed)
{
    auto& store = server.syncService()->store();
    const auto& staff = account(seed, "demo-facility");
    const int devices = options.pushDevices;
    const int perDevice = options.pushMutations / devices;
    std::vector<std::string> codes;
    for (int i = 0; i < devices; ++i)
        codes.push_back(test::makeEnrolmentCode(store, staff.organisationId, DEVICE_KIND_TABLET));

    std::barrier ready(devices + 1);
    std::atomic<int> applied { 0 };
    std::atomic<int> other { 0 };
    std::vector<double> batchLatencies;
    std::mutex lock;
    std::vector<std::thread> threads;
    for (int d = 0; d < devices; ++d) {
        threads.emplace_back([&, d] {
            auto client = server.client();
            const std::string token
                = signIn(client, codes[static_cast<std::size_t>(d)], staff.login, staff.password);
            // Requests are built before the clock starts: only the server's work is timed.
            std::vector<PushRequest> batches;
            std::int64_t seq = 0;
            for (int done = 0; done < perDevice; done += options.batch) {
                PushRequest request;
                for (int i = 0; i < options.batch && done + i < perDevice; ++i) {
                    auto* m = request.add_mutations();
                    m->set_seq(++seq);
                    *m->mutable_create_case()->mutable_good_practice_case()
                        = sampleCase(staff.organisationId, d * perDevice + done + i);
                }
                batches.push_back(std::move(request));
            }
            ready.arrive_and_wait();
            for (const auto& request : batches) {
                const auto start = Clock::now();
                auto reply = client.post<PushResponse>("/v1/push", request, token);
                const double took = secondsSince(start);
                if (!reply.reply) {
                    other += request.mutations_size();
                    continue;
                }
                for (const auto& r : reply.reply->results())
                    (r.status() == MUTATION_STATUS_APPLIED ? applied : other)++;
                std::lock_guard guard(lock);
                batchLatencies.push_back(took);
            }
        });
    }
    ready.arrive_and_wait();
    const auto start = Clock::now();
    for (auto& t : threads)
        t.join();
    const double elapsed = secondsSince(start);
    std::printf("| push: %d tablets × %d create-case mutations, batches of %d | %.0f mutations/s | "
                "%d applied, %d not; batch p50 %.0f ms, p95 %.0f ms |\n",
        devices, perDevice, options.batch, applied.load() / elapsed, applied.load(), other.load(),
        percentile(batchLatencies, 0.5) * 1000, percentile(batchLatencies, 0.95) * 1000);
}

// 2. A new phone pulls everything public: the demo data plus `pullCases` published cases.
void benchInitialPull(const Options& options, test::TestServer& server, const server::DemoSeed& seed)
{
    auto& store = server.syncService()->store();
    const auto& staff = account(seed, "demo-facility");
    {
        auto tx = store.write();
        for (int i = 0; i < options.pullCases; ++i) {
            Record record;
            auto* c = record.mutable_good_practice_case();
            *c = sampleCase(staff.organisationId, i);
            c->set_prefecture_code(20);
            c->set_state(CASE_STATE_PUBLISHED);
            c->set_publication_scope(PUBLICATION_SCOPE_PUBLIC);
            c->set_revision(1);
            if (!server::putPlaced(**tx, record)) {
                std::fprintf(stderr, "seeding cases failed\n");
                return;
            }
        }
        if (!(*tx)->commit()) {
            std::fprintf(stderr, "seeding cases failed\n");
            return;
        }
    }
    const auto& centre = account(seed, "demo-centre");
    auto client = server.client();
    const std::string token
        = signIn(client, test::makeEnrolmentCode(store, centre.organisationId, DEVICE_KIND_PHONE));
    for (int limit : { 500, 2000 }) {
        PullRequest request;
        request.set_limit(limit);
        int records = 0;
        int cases = 0;
        int pages = 0;
        std::size_t bytes = 0;
        const auto start = Clock::now();
        for (;;) {
            auto reply = client.post<PullResponse>("/v1/pull", request, token);
            if (!reply.reply) {
                std::fprintf(stderr, "pull failed: %d\n", reply.status);
                return;
            }
            ++pages;
            bytes += reply.reply->ByteSizeLong();
            records += reply.reply->records_size();
            for (const auto& r : reply.reply->records())
                cases += r.has_good_practice_case() ? 1 : 0;
            request.set_cursor(reply.reply->cursor());
            if (!reply.reply->has_more())
                break;
        }
        const double elapsed = secondsSince(start);
        std::printf("| initial pull, pages of %d: %d records (%d cases), %d pages, %.1f MB | %.2f s | %.0f "
                    "records/s |\n",
            limit, records, cases, pages, static_cast<double>(bytes) / 1e6, elapsed, records / elapsed);
    }
}

// A load-test seminar of the centre with `count` sessions that have room for everyone, so
// every sign-up is a real seat decision; their ids.
std::vector<std::string> seedLoadSessions(
    server::ServerStore& store, const std::string& centreOrgId, int count)
{
    std::vector<std::string> sessions;
    auto tx = store.write();
    Record seminar;
    auto* s = seminar.mutable_seminar();
    s->set_id(storage::newUuid());
    s->set_organiser_org_id(centreOrgId);
    s->set_prefecture_code(20);
    s->set_title("負荷試験セミナー");
    (void)server::putPlaced(**tx, seminar);
    for (int i = 0; i < count; ++i) {
        Record session;
        auto* ss = session.mutable_seminar_session();
        ss->set_id(storage::newUuid());
        ss->set_seminar_id(s->id());
        ss->set_capacity(100000);
        ss->mutable_starts_at()->set_seconds(4102444800);
        (void)server::putPlaced(**tx, session);
        sessions.push_back(ss->id());
    }
    (void)(*tx)->commit();
    return sessions;
}

// 3. Many devices at once: each alternates a sign-up push and an incremental pull.
void benchLatency(const Options& options, test::TestServer& server, const server::DemoSeed& seed)
{
    auto& store = server.syncService()->store();
    const auto& centre = account(seed, "demo-centre");
    // Sessions with room for everyone, so every sign-up is a real seat decision.
    const std::vector<std::string> sessions = seedLoadSessions(store, centre.organisationId, 200);
    const int devices = options.connections;
    std::vector<std::string> codes;
    for (int i = 0; i < devices; ++i)
        codes.push_back(test::makeEnrolmentCode(store, centre.organisationId, DEVICE_KIND_PHONE));

    std::barrier ready(devices + 1);
    std::atomic<bool> stop { false };
    std::mutex lock;
    std::vector<double> pushLatencies;
    std::vector<double> pullLatencies;
    std::atomic<int> failures { 0 };
    std::vector<std::thread> threads;
    for (int d = 0; d < devices; ++d) {
        threads.emplace_back([&, d] {
            auto client = server.client();
            const std::string token = signIn(client, codes[static_cast<std::size_t>(d)]);
            // Catch up first, so the timed pulls are the incremental ones of a synced device.
            PullRequest pull;
            pull.set_limit(5000);
            for (;;) {
                auto reply = client.post<PullResponse>("/v1/pull", pull, token);
                if (!reply.reply)
                    break;
                pull.set_cursor(reply.reply->cursor());
                if (!reply.reply->has_more())
                    break;
            }
            ready.arrive_and_wait();
            std::vector<double> pushes;
            std::vector<double> pulls;
            std::int64_t seq = 0;
            // Devices start spread over one interval, as devices in the field do.
            auto next = Clock::now()
                + std::chrono::milliseconds(options.intervalMs > 0 ? (d * options.intervalMs) / devices : 0);
            while (!stop.load()) {
                if (options.intervalMs > 0) {
                    std::this_thread::sleep_until(next);
                    next += std::chrono::milliseconds(options.intervalMs);
                    if (stop.load())
                        break;
                }
                PushRequest request;
                auto* m = request.add_mutations();
                ++seq;
                *m = sync::makeSignUp({ .sessionId = sessions[static_cast<std::size_t>((d + seq) % 200)],
                    .attendeeName = "参加者" });
                m->set_seq(seq);
                auto start = Clock::now();
                auto pushed = client.post<PushResponse>("/v1/push", request, token);
                pushes.push_back(secondsSince(start));
                if (!pushed.reply)
                    ++failures;
                start = Clock::now();
                auto pulled = client.post<PullResponse>("/v1/pull", pull, token);
                pulls.push_back(secondsSince(start));
                if (!pulled.reply)
                    ++failures;
                else
                    pull.set_cursor(pulled.reply->cursor());
            }
            std::lock_guard guard(lock);
            pushLatencies.insert(pushLatencies.end(), pushes.begin(), pushes.end());
            pullLatencies.insert(pullLatencies.end(), pulls.begin(), pulls.end());
        });
    }
    ready.arrive_and_wait();
    const auto start = Clock::now();
    std::this_thread::sleep_for(std::chrono::duration<double>(options.seconds));
    stop = true;
    for (auto& t : threads)
        t.join();
    const double elapsed = secondsSince(start);
    std::vector<double> all = pushLatencies;
    all.insert(all.end(), pullLatencies.begin(), pullLatencies.end());
    const std::string pace = options.intervalMs > 0 ? "every " + std::to_string(options.intervalMs) + " ms"
                                                    : std::string("back to back (saturation)");
    std::printf(
        "| %d devices on their own TLS connections, each a push (1 sign-up) then a pull %s, %.0f s | "
        "%.0f requests/s | all p50 %.1f ms, p95 %.1f ms; push p50 %.1f / p95 %.1f ms; pull p50 %.1f / "
        "p95 %.1f ms; %d failed |\n",
        devices, pace.c_str(), elapsed, static_cast<double>(all.size()) / elapsed,
        percentile(all, 0.5) * 1000, percentile(all, 0.95) * 1000, percentile(pushLatencies, 0.5) * 1000,
        percentile(pushLatencies, 0.95) * 1000, percentile(pullLatencies, 0.5) * 1000,
        percentile(pullLatencies, 0.95) * 1000, failures.load());
}

/// One sync round of a device: a push of one sign-up, then an incremental pull; seconds.
struct SyncRounds {
    std::mutex lock;
    std::vector<double> rounds;
    int failures = 0;
};

// 4. Password guessing against one account while another device keeps syncing.
void benchGuessing(const Options& options, test::TestServer& server, const server::DemoSeed& seed)
{
    auto& store = server.syncService()->store();
    const auto& staff = account(seed, "demo-facility");
    const auto& centre = account(seed, "demo-centre");
    const std::string sessionId = seedLoadSessions(store, centre.organisationId, 1).front();

    // The attacker: one enrolled tablet of the facility (issue 21 used a real device).
    auto setupClient = server.client();
    const auto attackerDevice = test::enrolDevice(
        setupClient, test::makeEnrolmentCode(store, staff.organisationId, DEVICE_KIND_TABLET));
    const auto userDevice = test::enrolDevice(
        setupClient, test::makeEnrolmentCode(store, staff.organisationId, DEVICE_KIND_TABLET));
    if (!attackerDevice.reply || !userDevice.reply) {
        std::fprintf(stderr, "enrolment failed\n");
        return;
    }

    // The bystander: an attendee's phone that syncs every 200 ms throughout.
    std::atomic<bool> stopSync { false };
    std::atomic<int> phase { 0 }; // 0 before, 1 during, 2 after the attack
    SyncRounds rounds[3];
    std::thread bystander([&] {
        auto client = server.client();
        const std::string token
            = signIn(client, test::makeEnrolmentCode(store, centre.organisationId, DEVICE_KIND_PHONE));
        PullRequest pull;
        std::int64_t seq = 0;
        auto next = Clock::now();
        while (!stopSync.load()) {
            std::this_thread::sleep_until(next);
            next += std::chrono::milliseconds(200);
            PushRequest request;
            auto* m = request.add_mutations();
            *m = sync::makeSignUp({ .sessionId = sessionId, .attendeeName = "参加者" });
            m->set_seq(++seq);
            const auto start = Clock::now();
            const auto pushed = client.post<PushResponse>("/v1/push", request, token);
            const auto pulled = client.post<PullResponse>("/v1/pull", pull, token);
            const double took = secondsSince(start);
            auto& bucket = rounds[phase.load()];
            std::lock_guard guard(bucket.lock);
            bucket.rounds.push_back(took);
            if (!pushed.reply || !pulled.reply)
                ++bucket.failures;
            else
                pull.set_cursor(pulled.reply->cursor());
        }
    });
    std::this_thread::sleep_for(std::chrono::seconds(5));

    phase = 1;
    std::atomic<bool> stopAttack { false };
    std::atomic<int> evaluated { 0 };
    std::atomic<int> refused { 0 };
    std::atomic<int> other { 0 };
    std::vector<std::thread> attackers;
    const auto attackStart = Clock::now();
    for (int t = 0; t < options.guessThreads; ++t) {
        attackers.emplace_back([&, t] {
            auto client = server.client();
            for (int n = 0; !stopAttack.load(); ++n) {
                const auto reply = client.post<SessionTokens>("/v1/auth/sign-in",
                    test::signInRequest(*attackerDevice.reply, staff.login,
                        "guess-" + std::to_string(t) + "-" + std::to_string(n)));
                if (reply.status == 401)
                    ++evaluated;
                else if (reply.status == 429)
                    ++refused;
                else
                    ++other;
            }
        });
    }
    std::this_thread::sleep_for(std::chrono::duration<double>(options.guessSeconds));
    stopAttack = true;
    for (auto& t : attackers)
        t.join();
    const double attackSeconds = secondsSince(attackStart);
    phase = 2;

    // The real user, on their own tablet, tries once a second until the password works.
    const auto stopped = Clock::now();
    double recovered = -1;
    int userTries = 0;
    {
        auto client = server.client();
        while (secondsSince(stopped) < 120) {
            ++userTries;
            const auto reply = client.post<SessionTokens>(
                "/v1/auth/sign-in", test::signInRequest(*userDevice.reply, staff.login, staff.password));
            if (reply.status == 200) {
                recovered = secondsSince(stopped);
                break;
            }
            std::this_thread::sleep_for(std::chrono::seconds(1));
        }
    }
    std::this_thread::sleep_for(std::chrono::seconds(3));
    stopSync = true;
    bystander.join();

    const auto* limiter = server.server().attemptLimiter();
    std::printf(
        "| password guessing: %d threads on one tablet, one account, %.0f s (production scrypt cost) | "
        "%d passwords evaluated | %d answered 429 (%.0f/s), %d other; limiter refusals: account %lld, "
        "device %lld, address %lld |\n",
        options.guessThreads, attackSeconds, evaluated.load(), refused.load(), refused.load() / attackSeconds,
        other.load(),
        static_cast<long long>(
            limiter ? limiter->refusals(server::http::AttemptLimiter::Bucket::Account) : 0),
        static_cast<long long>(limiter ? limiter->refusals(server::http::AttemptLimiter::Bucket::Device) : 0),
        static_cast<long long>(
            limiter ? limiter->refusals(server::http::AttemptLimiter::Bucket::Address) : 0));
    char recoveredText[32] = "not within 120 s";
    if (recovered >= 0)
        std::snprintf(recoveredText, sizeof recoveredText, "signed in after %.1f s", recovered);
    std::printf("| the real user's right password after the attack stopped (own tablet, once a second) | "
                "%s | %d tries |\n",
        recoveredText, userTries);
    const char* names[3] = { "before (5 s)", "during the attack", "after (until the user is in, + 3 s)" };
    for (int p = 0; p < 3; ++p) {
        std::printf("| another device's sync round (push 1 sign-up + pull) every 200 ms, %s | p95 %.1f ms | "
                    "p50 %.1f ms, max %.1f ms, %zu rounds, %d failed |\n",
            names[p], percentile(rounds[p].rounds, 0.95) * 1000, percentile(rounds[p].rounds, 0.5) * 1000,
            percentile(rounds[p].rounds, 1.0) * 1000, rounds[p].rounds.size(), rounds[p].failures);
    }
}

bool parse(int argc, char** argv, Options& options)
{
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool hasValue = i + 1 < argc;
        if (arg == "--push-devices" && hasValue)
            options.pushDevices = std::max(1, std::atoi(argv[++i]));
        else if (arg == "--push-mutations" && hasValue)
            options.pushMutations = std::max(1, std::atoi(argv[++i]));
        else if (arg == "--batch" && hasValue)
            options.batch = std::clamp(std::atoi(argv[++i]), 1, 500);
        else if (arg == "--pull-cases" && hasValue)
            options.pullCases = std::max(0, std::atoi(argv[++i]));
        else if (arg == "--connections" && hasValue)
            options.connections = std::max(1, std::atoi(argv[++i]));
        else if (arg == "--interval-ms" && hasValue)
            options.intervalMs = std::max(0, std::atoi(argv[++i]));
        else if (arg == "--seconds" && hasValue)
            options.seconds = std::max(1.0, std::atof(argv[++i]));
        else if (arg == "--guess-threads" && hasValue)
            options.guessThreads = std::max(1, std::atoi(argv[++i]));
        else if (arg == "--guess-seconds" && hasValue)
            options.guessSeconds = std::max(1.0, std::atof(argv[++i]));
        else if (arg == "--only" && hasValue)
            options.only = argv[++i];
        else {
            std::fprintf(stderr,
                "usage: bench_server [--push-devices N] [--push-mutations N] [--batch N] [--pull-cases N] "
                "[--connections N] [--interval-ms N] [--seconds S] [--guess-threads N] [--guess-seconds S] "
                "[--only push|pull|latency|guess]\n");
            return false;
        }
    }
    return true;
}

// A fresh server with the demo data (cheap password hashes: sign-in is not what is measured).
std::unique_ptr<test::TestServer> startServer(server::DemoSeed& seed, int connections,
    const server::PasswordCost& cost = server::PasswordCost::forTests())
{
    auto server
        = test::TestServer::startWithSyncService([connections](server::http::HttpsServerConfig& config) {
              config.log = [](std::string_view) {};
              config.maxConnections = std::max(config.maxConnections, connections + 16);
          });
    if (!server)
        return nullptr;
    auto imported = server::importDemo(server->syncService()->store(), cost);
    if (!imported)
        return nullptr;
    seed = std::move(*imported);
    return server;
}

} // namespace

int main(int argc, char** argv)
{
    Options options;
    if (!parse(argc, argv, options))
        return 2;
    std::printf("| what | result | detail |\n|---|---|---|\n");
    std::fflush(stdout);
    const auto wanted = [&](const char* section) { return options.only.empty() || options.only == section; };
    if (wanted("push")) {
        server::DemoSeed seed;
        auto server = startServer(seed, options.connections);
        if (!server)
            return 1;
        benchPush(options, *server, seed);
        std::fflush(stdout);
    }
    if (wanted("pull")) {
        server::DemoSeed seed;
        auto server = startServer(seed, options.connections);
        if (!server)
            return 1;
        benchInitialPull(options, *server, seed);
        std::fflush(stdout);
    }
    if (wanted("latency")) {
        server::DemoSeed seed;
        auto server = startServer(seed, options.connections);
        if (!server)
            return 1;
        benchLatency(options, *server, seed);
        std::fflush(stdout);
    }
    if (wanted("latency") && options.intervalMs > 0) {
        server::DemoSeed seed;
        auto server = startServer(seed, options.connections);
        if (!server)
            return 1;
        Options saturated = options;
        saturated.intervalMs = 0;
        benchLatency(saturated, *server, seed);
        std::fflush(stdout);
    }
    if (wanted("guess")) {
        // Real password hashes: each evaluated guess costs what it costs in production.
        server::DemoSeed seed;
        auto server = startServer(seed, options.connections, server::PasswordCost::production());
        if (!server)
            return 1;
        benchGuessing(options, *server, seed);
    }
    return 0;
}
