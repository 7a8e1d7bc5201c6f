// One yokoten-server process on the embedded store against three processes sharing one
// PostgreSQL store, over real HTTPS on loopback with the clients on the same machine:
//   push: tablets of one facility push create-case batches at once, spread over the processes;
//   pull: as many tablets then pull everything from the start, pages of 500, spread likewise.
//   bench_server_processes [--devices N] [--mutations N] [--batch N] [--runs N]
// PostgreSQL: the database in YK_BENCH_POSTGRES (a postgresql:// URI), else a throw-away
// cluster with fsync on (tests/support/postgres_fixture.sh … durable) for the run.
// Prints a Markdown table (medians over the runs) for docs/benchmarks.md.
#include "device_session.h"
#include "https_client.h"
#include "test_server.h"
#include "test_store_location.h"

#include "auth/demo_seed.h"
#include "storage/cipher.h"

#include <algorithm>
#include <atomic>
#include <barrier>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

using namespace yk;
using namespace yokoten::v1;
using Clock = std::chrono::steady_clock;

namespace {

struct Options {
    int devices = 6;
    int mutations = 6000;
    int batch = 100;
    int runs = 3;
};

struct Numbers {
    double pushPerSecond = 0;
    double pullPerSecond = 0;
};

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

GoodPracticeCase sampleCase(const std::string& org, int n)
{
    GoodPracticeCase c;
    c.set_id(storage::newUuid());
    c.set_owner_org_id(org);
    c.set_title("見守りセンサーとインカムで夜勤の巡回を見直した事例 " + std::to_string(n));
    c.set_category(CASE_CATEGORY_ICT);
    auto* s = c.mutable_sections();
    s->set_background("夜勤帯の巡回が職員の大きな負担になっていた。");
    s->set_activities("居室にベッドセンサーを設置し、通知をインカムで受けるようにした。");
    s->set_effects("夜間の訪室回数が減り、職員の負担感も下がった。");
    c.add_technologies("見守りセンサー");
    return c;
}

// One run: init, seed, start `processes` servers on `location`, push, pull, stop.
bool runOnce(const Options& options, const test::TestStoreLocation& location, int processes, Numbers& out)
{
    std::vector<std::string> storeArgs;
    if (location.isPostgres())
        storeArgs = { "--store", location.postgres };
    std::vector<std::string> init { "init", "--data", location.dir.string() };
    init.insert(init.end(), storeArgs.begin(), storeArgs.end());
    if (auto done = test::runServerCommand(init); done.exitCode != 0) {
        std::fprintf(stderr, "init: %s\n", done.err.c_str());
        return false;
    }
    server::DemoSeed seed;
    std::vector<std::string> codes;
    {
        auto store = test::openServerStore(location);
        if (!store)
            return false;
        auto seeded = server::importDemo(**store, server::PasswordCost::forTests());
        if (!seeded)
            return false;
        seed = *seeded;
        const auto* staff = test::demoAccount(seed, "demo-facility");
        for (int i = 0; i < 2 * options.devices; ++i)
            codes.push_back(test::makeEnrolmentCode(**store, staff->organisationId, DEVICE_KIND_TABLET));
    }
    const auto& staff = *test::demoAccount(seed, "demo-facility");
    std::vector<std::unique_ptr<test::ServerProcess>> servers;
    for (int p = 0; p < processes; ++p) {
        servers.push_back(test::ServerProcess::run(location.dir, storeArgs));
        if (!servers.back())
            return false;
    }
    const auto ca = location.dir / "tls" / "server.crt";
    const int perDevice = options.mutations / options.devices;
    std::atomic<int> applied { 0 };
    std::atomic<long> pulled { 0 };
    double pushSeconds = 0;
    double pullSeconds = 0;
    for (const bool pushing : { true, false }) {
        std::barrier ready(options.devices + 1);
        std::vector<std::thread> threads;
        threads.reserve(static_cast<std::size_t>(options.devices));
        for (int d = 0; d < options.devices; ++d) {
            threads.emplace_back([&, d] {
                test::HttpsClient client(servers[static_cast<std::size_t>(d % processes)]->port(), ca);
                const auto session = test::enrolAndSignIn(client,
                    codes[static_cast<std::size_t>(d)
                        + static_cast<std::size_t>(pushing ? 0 : options.devices)],
                    staff.login, staff.password);
                std::vector<PushRequest> batches;
                std::int64_t seq = 0;
                for (int done = 0; pushing && done < perDevice; done += options.batch) {
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
                if (!session.ok())
                    return;
                for (const auto& request : batches) {
                    auto reply = client.post<PushResponse>("/v1/push", request, session.accessToken);
                    if (!reply.reply)
                        continue;
                    for (const auto& r : reply.reply->results())
                        applied += r.status() == MUTATION_STATUS_APPLIED ? 1 : 0;
                }
                std::string cursor;
                for (bool more = !pushing; more;) {
                    PullRequest request;
                    request.set_cursor(cursor);
                    request.set_limit(500);
                    auto page = client.post<PullResponse>("/v1/pull", request, session.accessToken);
                    if (!page.reply)
                        break;
                    pulled += page.reply->records_size();
                    cursor = page.reply->cursor();
                    more = page.reply->has_more();
                }
            });
        }
        ready.arrive_and_wait();
        const auto start = Clock::now();
        for (auto& t : threads)
            t.join();
        (pushing ? pushSeconds : pullSeconds) = secondsSince(start);
    }
    for (auto& server : servers) {
        server->signal(SIGTERM);
        server->wait();
    }
    if (applied.load() != perDevice * options.devices) {
        std::fprintf(
            stderr, "only %d of %d mutations applied\n", applied.load(), perDevice * options.devices);
        return false;
    }
    out.pushPerSecond = applied.load() / pushSeconds;
    out.pullPerSecond = static_cast<double>(pulled.load()) / pullSeconds;
    return true;
}

bool parse(int argc, char** argv, Options& options)
{
    for (int i = 1; i + 1 < argc; i += 2) {
        const int value = std::atoi(argv[i + 1]);
        if (value <= 0)
            return false;
        if (std::strcmp(argv[i], "--devices") == 0)
            options.devices = value;
        else if (std::strcmp(argv[i], "--mutations") == 0)
            options.mutations = value;
        else if (std::strcmp(argv[i], "--batch") == 0)
            options.batch = value;
        else if (std::strcmp(argv[i], "--runs") == 0)
            options.runs = value;
        else
            return false;
    }
    return argc % 2 == 1;
}

} // namespace

int main(int argc, char** argv)
{
    Options options;
    if (!parse(argc, argv, options)) {
        std::fprintf(
            stderr, "usage: bench_server_processes [--devices N] [--mutations N] [--batch N] [--runs N]\n");
        return 2;
    }
    test::TempDir work;
    std::string database;
    if (const char* given = std::getenv("YK_BENCH_POSTGRES"))
        database = given;
    const auto cluster = work.path() / "pg";
    const auto socket = work.path() / "pgsock";
    const std::string script = YK_POSTGRES_FIXTURE;
    if (database.empty()) {
        // As root the cluster belongs to `nobody`, which must reach it through this folder.
        std::filesystem::permissions(work.path(),
            std::filesystem::perms::owner_all | std::filesystem::perms::others_exec
                | std::filesystem::perms::group_exec);
        const std::string start
            = "sh '" + script + "' start '" + cluster.string() + "' '" + socket.string() + "' durable";
        if (std::system(start.c_str()) != 0) {
            std::fprintf(stderr, "cannot start PostgreSQL\n");
            return 1;
        }
        database = "postgresql://yokoten@/postgres?host=" + socket.string();
    }
    std::vector<double> embeddedPush;
    std::vector<double> embeddedPull;
    std::vector<double> postgresPush;
    std::vector<double> postgresPull;
    bool ok = true;
    for (int run = 0; ok && run < options.runs; ++run) {
        Numbers numbers;
        test::TestStoreLocation embedded;
        embedded.dir = work.path() / ("embedded-" + std::to_string(run));
        ok = runOnce(options, embedded, 1, numbers);
        embeddedPush.push_back(numbers.pushPerSecond);
        embeddedPull.push_back(numbers.pullPerSecond);
        test::TestStoreLocation shared;
        shared.dir = work.path() / ("postgres-" + std::to_string(run));
        shared.postgres = test::newPostgresSchema(database);
        ok = ok && !shared.postgres.empty() && runOnce(options, shared, 3, numbers);
        postgresPush.push_back(numbers.pushPerSecond);
        postgresPull.push_back(numbers.pullPerSecond);
        std::fprintf(stderr,
            "run %d: embedded %.0f push/s %.0f pull/s; postgres ×3 %.0f push/s %.0f pull/s\n", run + 1,
            embeddedPush.back(), embeddedPull.back(), postgresPush.back(), postgresPull.back());
    }
    if (std::getenv("YK_BENCH_POSTGRES") == nullptr) {
        const std::string stop
            = "sh '" + script + "' stop '" + cluster.string() + "' '" + socket.string() + "'";
        (void)std::system(stop.c_str());
    }
    if (!ok) {
        std::fprintf(stderr, "a run failed\n");
        return 1;
    }
    std::printf("| store | processes | push (mutations/s) | pull (records/s) |\n|---|---|---|---|\n");
    std::printf("| embedded SQLCipher | 1 | %.0f | %.0f |\n", median(embeddedPush), median(embeddedPull));
    std::printf("| PostgreSQL 15 | 3 | %.0f | %.0f |\n", median(postgresPush), median(postgresPull));
    std::printf(
        "(%d tablets, %d create-case mutations in batches of %d, then %d tablets pulling everything in "
        "pages of 500; median of %d runs)\n",
        options.devices, options.mutations, options.batch, options.devices, options.runs);
    return 0;
}
