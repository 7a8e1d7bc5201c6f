// Sync benchmark (issue 7): a device's initial sync of N realistic cases (about 6 KB of
// Japanese text each) from a real yokoten-server process on this host, end to end (HTTPS,
// decode, SQLCipher write, search index), then incremental syncs of one change.
//   bench_sync [--cases N] [--rounds N] [--dir DIR]
// The client runs in a child process of its own, so its peak memory (ru_maxrss) is the
// client's alone. Prints Markdown rows for docs/benchmarks.md.
#include "bench_cases.h"
#include "device_session.h"
#include "engine/mutations.h"
#include "test_server.h"

#include "auth/demo_seed.h"
#include "core/placement.h"
#include "core/server_store.h"
#include "engine/sync_engine.h"
#include "storage/cipher.h"
#include "store/case_repository.h"
#include "store/record_repository.h"
#include "store/store.h"
#include "transport/transport.h"

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace yk;
using namespace yokoten::v1;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

struct Options {
    int cases = 10000;
    int rounds = 50;
    fs::path dir;
};

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

/// Seeds the server store: the demo data plus `cases` published public cases.
bool seed(const fs::path& dataDir, int cases, std::string& code)
{
    auto store = server::ServerStore::open(dataDir);
    if (!store) {
        std::fprintf(stderr, "cannot open the server store: %s\n", store.error().detail.c_str());
        return false;
    }
    auto demo = server::importDemo(**store, server::PasswordCost::forTests());
    if (!demo)
        return false;
    std::mt19937 rng(20261121);
    constexpr int kPerTransaction = 1000;
    for (int first = 0; first < cases; first += kPerTransaction) {
        auto tx = (*store)->write();
        if (!tx)
            return false;
        for (int n = first; n < std::min(cases, first + kPerTransaction); ++n) {
            Record record;
            auto* c = record.mutable_good_practice_case();
            *c = bench::makeCase(rng, n);
            c->set_id(storage::newUuid());
            c->set_owner_org_id(demo->accounts.front().organisationId);
            c->set_publication_scope(PUBLICATION_SCOPE_PUBLIC);
            c->set_revision(1);
            if (!server::putPlaced(**tx, record))
                return false;
        }
        if (!(*tx)->commit())
            return false;
    }
    const auto* centre = test::demoAccount(*demo, "demo-centre");
    code = test::makeEnrolmentCode(**store, centre->organisationId, DEVICE_KIND_PHONE);
    return !code.empty();
}

struct ClientNumbers {
    double initialSeconds = 0;
    long long records = 0;
    long long cases = 0;
    double p50Ms = 0;
    double p95Ms = 0;
    long maxRssKb = 0;
    bool ok = false;
};

ClientNumbers runClient(
    const Options& options, unsigned short port, const fs::path& caFile, const std::string& code)
{
    ClientNumbers numbers;
    std::ifstream in(caFile);
    std::stringstream pem;
    pem << in.rdbuf();
    store::StoreOptions storeOptions;
    storeOptions.kdf = store::KdfSettings::fastForTests(); // opening is not what is measured
    auto created = store::Store::create(options.dir / "device", "bench-passcode", storeOptions);
    if (!created)
        return numbers;
    sync::TransportOptions transportOptions;
    transportOptions.serverUrl = "https://127.0.0.1:" + std::to_string(port);
    transportOptions.caPem = pem.str();
    auto transport = sync::makeHttpsTransport(transportOptions);
    sync::SyncEngine engine(**created, *transport);
    if (!engine.enrol(transportOptions.serverUrl, transportOptions.caPem, {}, code, "bench", "linux")
        || !engine.signIn({}, {}))
        return numbers;

    const auto start = Clock::now();
    auto initial = engine.syncOnce();
    numbers.initialSeconds = secondsSince(start);
    if (!initial) {
        std::fprintf(stderr, "initial sync failed: %s\n", initial.error().detail.c_str());
        return numbers;
    }
    numbers.records = initial->received;
    if (auto count = (*created)->cases().count(); count)
        numbers.cases = *count;

    // One change each round: a sign-up made on the device, pushed, and the server's answer pulled.
    auto sessions = (*created)->records().all<SeminarSession>();
    if (!sessions || sessions->empty())
        return numbers;
    std::vector<double> rounds;
    for (int i = 0; i < options.rounds; ++i) {
        Mutation m = sync::makeSignUp(
            { .sessionId = (*sessions)[static_cast<std::size_t>(i) % sessions->size()].id(),
                .attendeeName = "ベンチ" });
        const auto roundStart = Clock::now();
        if (!engine.submit(m) || !engine.syncOnce())
            return numbers;
        rounds.push_back(secondsSince(roundStart) * 1000);
    }
    std::sort(rounds.begin(), rounds.end());
    numbers.p50Ms = rounds[rounds.size() / 2];
    numbers.p95Ms = rounds[std::min(rounds.size() - 1, rounds.size() * 95 / 100)];
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    numbers.maxRssKb = usage.ru_maxrss;
    numbers.ok = true;
    return numbers;
}

} // namespace

int main(int argc, char** argv)
{
    Options options;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--cases") == 0)
            options.cases = std::atoi(argv[i + 1]);
        else if (std::strcmp(argv[i], "--rounds") == 0)
            options.rounds = std::max(1, std::atoi(argv[i + 1]));
        else if (std::strcmp(argv[i], "--dir") == 0)
            options.dir = argv[i + 1];
    }
    test::TempDir temp;
    if (options.dir.empty())
        options.dir = temp.path();
    const fs::path dataDir = options.dir / "server";
    auto init = test::runServerCommand({ "init", "--data", dataDir.string() });
    if (init.exitCode != 0) {
        std::fprintf(stderr, "yokoten-server init failed: %s\n", init.err.c_str());
        return 1;
    }
    std::string code;
    if (!seed(dataDir, options.cases, code)) {
        std::fprintf(stderr, "seeding failed\n");
        return 1;
    }
    auto server = test::ServerProcess::run(dataDir);
    if (!server) {
        std::fprintf(stderr, "yokoten-server did not start\n");
        return 1;
    }
    // The client in a child process: its peak RSS is its own, not the seeding's.
    int pipeFds[2];
    if (pipe(pipeFds) != 0)
        return 1;
    const pid_t child = fork();
    if (child == 0) {
        close(pipeFds[0]);
        const auto numbers = runClient(options, server->port(), dataDir / "tls" / "server.crt", code);
        (void)!write(pipeFds[1], &numbers, sizeof numbers);
        _exit(numbers.ok ? 0 : 1);
    }
    close(pipeFds[1]);
    ClientNumbers numbers;
    const bool got = read(pipeFds[0], &numbers, sizeof numbers) == static_cast<ssize_t>(sizeof numbers);
    int status = 0;
    waitpid(child, &status, 0);
    if (!got || !numbers.ok) {
        std::fprintf(stderr, "the client run failed\n");
        return 1;
    }
    std::printf("| initial sync: %lld records (%lld cases of ~6 KB) into an empty encrypted store | %.2f s | "
                "%.0f records/s |\n",
        numbers.records, numbers.cases, numbers.initialSeconds, numbers.records / numbers.initialSeconds);
    std::printf("| one change (sign-up pushed, answer pulled), %d rounds | p50 %.1f ms | p95 %.1f ms |\n",
        options.rounds, numbers.p50Ms, numbers.p95Ms);
    std::printf("| client peak memory (ru_maxrss) | %.1f MB | |\n", numbers.maxRssKb / 1024.0);
    return 0;
}
