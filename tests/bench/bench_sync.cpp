// Sync benchmark (issues 7, 23): a device's initial sync of N realistic cases (about 6 KB of
// Japanese text each) from a real yokoten-server process on this host, end to end (HTTPS,
// decode, SQLCipher write, search index), then incremental syncs of one change.
//   bench_sync [--cases N] [--rounds N] [--dir DIR] [--device phone|tablet]
// An attendee phone (a device session) pulls case summaries; a facility tablet (signed in
// as demo-facility) pulls whole cases. The store's size on disk is reported after the sync.
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
#include <cstdlib>
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
    bool tablet = false;
};

/// Bytes of the files in a store folder (the database, its WAL, the key file).
long long folderBytes(const fs::path& dir)
{
    long long total = 0;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec))
        if (entry.is_regular_file(ec))
            total += static_cast<long long>(entry.file_size(ec));
    return total;
}

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

/// Seeds the server store: the demo data plus `cases` published public cases.
bool seed(const fs::path& dataDir, int cases, bool tablet, std::string& code, std::string& password)
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
    if (tablet) {
        const auto* facility = test::demoAccount(*demo, "demo-facility");
        code = test::makeEnrolmentCode(**store, facility->organisationId, DEVICE_KIND_TABLET);
        password = facility->password;
    } else {
        const auto* centre = test::demoAccount(*demo, "demo-centre");
        code = test::makeEnrolmentCode(**store, centre->organisationId, DEVICE_KIND_PHONE);
    }
    return !code.empty();
}

struct ClientNumbers {
    double initialSeconds = 0;
    long long records = 0;
    long long cases = 0;
    long long storeBytes = 0; ///< the store folder right after the sync (WAL included)
    long long checkpointedBytes = 0; ///< the same after the WAL is folded into the database
    double checkpointMs = 0; ///< what that checkpoint (TRUNCATE) took
    double p50Ms = 0;
    double p95Ms = 0;
    double searchP50Ms = 0; ///< the slowest of bench::searchQueries() (its index below)
    double searchP95Ms = 0;
    int slowestQuery = 0;
    long maxRssKb = 0;
    bool ok = false;
};

// Search as the app runs it on the synced store, each query 20 times after an untimed pass
// (pages cached, as after the first keystroke): the slowest query's p50 and p95.
bool measureSearch(store::CaseRepository& cases, ClientNumbers& numbers)
{
    const auto& queries = bench::searchQueries();
    for (const auto& query : queries)
        if (!cases.search(query, {}, 50))
            return false;
    for (std::size_t q = 0; q < queries.size(); ++q) {
        std::vector<double> samples;
        for (int i = 0; i < 20; ++i) {
            const auto start = Clock::now();
            if (!cases.search(queries[q], {}, 50))
                return false;
            samples.push_back(secondsSince(start) * 1000);
        }
        std::sort(samples.begin(), samples.end());
        if (samples[samples.size() / 2] > numbers.searchP50Ms) {
            numbers.searchP50Ms = samples[samples.size() / 2];
            numbers.searchP95Ms = samples[samples.size() * 95 / 100];
            numbers.slowestQuery = static_cast<int>(q);
        }
    }
    return true;
}

// The pages each case table and index fills, found by dropping them one at a time (indexes
// first) and counting the pages the free list gains; the store is not used afterwards.
void printPagesPerObject(storage::Database& db)
{
    for (const char* object : { "INDEX cases_by_category", "INDEX cases_by_prefecture",
             "INDEX cases_by_updated", "INDEX case_equipment_areas_by_case",
             "INDEX case_service_types_by_case", "INDEX case_models_by_case", "TABLE case_fts",
             "TABLE case_title_fts", "TABLE case_search", "TABLE case_summary_search", "TABLE case_payloads",
             "TABLE case_equipment_areas", "TABLE case_service_types", "TABLE case_models", "TABLE cases" }) {
        const auto before = db.queryInt("PRAGMA freelist_count");
        const bool dropped = db.exec(std::string("DROP ") + object).ok();
        const auto after = db.queryInt("PRAGMA freelist_count");
        if (dropped && before && after)
            std::fprintf(stderr, "  pages of %-40s %8.2f MB\n", object,
                static_cast<double>(*after - *before) * 4096 / 1e6);
    }
    const auto pages = db.queryInt("PRAGMA page_count");
    const auto free = db.queryInt("PRAGMA freelist_count");
    if (pages && free)
        std::fprintf(stderr, "  pages of everything else %32.2f MB\n",
            static_cast<double>(*pages - *free) * 4096 / 1e6);
}

ClientNumbers runClient(const Options& options, unsigned short port, const fs::path& caFile,
    const std::string& code, const std::string& password)
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
        || !engine.signIn(options.tablet ? "demo-facility" : "", options.tablet ? password : ""))
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
    numbers.storeBytes = folderBytes(options.dir / "device");
    const auto checkpointStart = Clock::now();
    (void)(*created)->database().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    numbers.checkpointMs = secondsSince(checkpointStart) * 1000;
    numbers.checkpointedBytes = folderBytes(options.dir / "device");
    if (std::getenv("YK_BENCH_TABLES") != nullptr) {
        // Where the store's bytes are: the bytes of the biggest tables' contents.
        for (const char* sql : { "SELECT sum(length(payload)) FROM case_payloads",
                 "SELECT sum(length(title) + length(fulltext)) FROM case_search",
                 "SELECT sum(length(block)) FROM case_fts_segments",
                 "SELECT sum(length(block)) FROM case_title_fts_segments",
                 "SELECT coalesce(sum(length(title)), 0) + coalesce(sum(length(organisation)), 0) "
                 "FROM case_summary_search",
                 "SELECT sum(length(id) + length(title) + length(owner_org_name) + length(owner_org_id)) "
                 "FROM cases",
                 "PRAGMA page_count", "PRAGMA freelist_count" }) {
            auto value = (*created)->database().queryInt(sql);
            const bool pages = std::strncmp(sql, "PRAGMA", 6) == 0;
            std::fprintf(stderr, "  %-70s %8.2f MB\n", sql,
                value ? static_cast<double>(*value) * (pages ? 4096 : 1) / 1e6 : -1.0);
        }
    }

    if (!measureSearch((*created)->cases(), numbers))
        return numbers;

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
    if (std::getenv("YK_BENCH_TABLES") != nullptr)
        printPagesPerObject((*created)->database());
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
        else if (std::strcmp(argv[i], "--device") == 0)
            options.tablet = std::strcmp(argv[i + 1], "tablet") == 0;
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
    std::string password;
    if (!seed(dataDir, options.cases, options.tablet, code, password)) {
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
        const auto numbers
            = runClient(options, server->port(), dataDir / "tls" / "server.crt", code, password);
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
    const char* device = options.tablet ? "facility tablet (whole cases)" : "attendee phone (case summaries)";
    std::printf("| %s: initial sync, %lld records (%lld cases of ~6 KB on the server) into an empty "
                "encrypted store | %.2f s | %.0f records/s |\n",
        device, numbers.records, numbers.cases, numbers.initialSeconds,
        numbers.records / numbers.initialSeconds);
    std::printf("| %s: store on disk after the first sync | %.1f MB (WAL included) | %.1f MB after a WAL "
                "checkpoint (TRUNCATE, %.0f ms) |\n",
        device, numbers.storeBytes / 1e6, numbers.checkpointedBytes / 1e6, numbers.checkpointMs);
    std::printf("| one change (sign-up pushed, answer pulled), %d rounds | p50 %.1f ms | p95 %.1f ms |\n",
        options.rounds, numbers.p50Ms, numbers.p95Ms);
    std::printf("| search on the synced store, slowest of %zu queries (%s) | p50 %.1f ms | p95 %.1f ms |\n",
        bench::searchQueries().size(),
        bench::searchQueries()[static_cast<std::size_t>(numbers.slowestQuery)].c_str(), numbers.searchP50Ms,
        numbers.searchP95Ms);
    std::printf("| client peak memory (ru_maxrss) | %.1f MB | |\n", numbers.maxRssKb / 1024.0);
    return 0;
}
