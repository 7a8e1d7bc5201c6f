// Store benchmark: imports N generated cases of realistic length into an encrypted store and
// into an unencrypted one built by the same code, then measures Japanese search latency and
// (encrypted store) how long an equipment model's page takes to read its linked cases.
//   bench_store [--cases N] [--dir DIR] [--queries-per-term N] [--keep] [--reuse]
// --keep leaves the two stores in DIR; --reuse measures searches on stores kept earlier.
// Prints a Markdown table for docs/benchmarks.md. Not a test: numbers depend on the machine.
#include "bench_cases.h"

#include "storage/database.h"
#include "store/case_repository.h"
#include "store/japanese_text.h"
#include "store/migrations.h"
#include "store/relations.h"
#include "store/store.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using namespace yk::store;
using yk::bench::makeCase;

namespace {

struct Outcome {
    double importSeconds = 0;
    double casesPerSecond = 0;
    std::uintmax_t bytes = 0;
    std::vector<std::pair<std::string, std::pair<double, double>>> latencies; // query → p50, p95 (ms)
    std::vector<std::pair<std::string, std::size_t>> hits;
};

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const std::size_t index
        = std::min(values.size() - 1, static_cast<std::size_t>(p * (values.size() - 1) + 0.5));
    return values[index];
}

const std::vector<std::string>& kQueries = yk::bench::searchQueries();

// Twenty catalogue models, two per area; case n names model n % 20, whose area is the case's
// (1 + n % 10), so each model has 1/20 of the cases and its area 1/10.
constexpr int kModels = 20;
std::string benchModelId(int k)
{
    char id[40];
    std::snprintf(id, sizeof id, "00000000-0000-4000-8000-%012d", 700000 + k);
    return id;
}
int benchModelArea(int k)
{
    return 1 + k % 10;
}

bool importCases(Database& db, CaseRepository& repo, int cases, Outcome& out)
{
    std::mt19937 rng(20241121);
    const auto start = Clock::now();
    constexpr int kPage = 500; // one transaction per sync-sized page
    for (int first = 0; first < cases; first += kPage) {
        if (!db.exec("BEGIN IMMEDIATE").ok())
            return false;
        for (int n = first; n < std::min(cases, first + kPage); ++n) {
            auto record = makeCase(rng, n);
            record.add_equipment_model_ids(benchModelId(n % kModels));
            auto status = repo.put(record);
            if (!status) {
                std::fprintf(stderr, "put: %s\n", status.error().detail.c_str());
                return false;
            }
        }
        if (!db.exec("COMMIT").ok())
            return false;
    }
    (void)db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    out.importSeconds = std::chrono::duration<double>(Clock::now() - start).count();
    out.casesPerSecond = cases / out.importSeconds;
    return true;
}

bool measureQueries(CaseRepository& repo, int repetitions, Outcome& out, const fs::path& dir)
{
    out.bytes = 0;
    for (const auto& entry : fs::directory_iterator(dir))
        out.bytes += entry.file_size();
    // One untimed pass, so both stores are measured with their pages in the caches (a
    // device searching as the user types is in that state after the first keystroke).
    for (const auto& query : kQueries)
        if (!repo.search(query, {}, 50))
            return false;
    for (const auto& query : kQueries) {
        std::vector<double> samples;
        std::size_t hits = 0;
        for (int i = 0; i < repetitions; ++i) {
            const auto t0 = Clock::now();
            auto rows = repo.search(query, {}, 50);
            samples.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
            if (!rows)
                return false;
            hits = rows->size();
        }
        out.latencies.emplace_back(
            query, std::make_pair(percentile(samples, 0.5), percentile(samples, 0.95)));
        out.hits.emplace_back(query, hits);
    }
    return true;
}

struct PageTiming {
    std::string what;
    double p50 = 0;
    double p95 = 0;
    std::size_t rows = 0;
};

// A model page as the app reads it: its first 20 cases (naming it, then its area), the counts
// and typical effect, the sessions that show it. Every model in turn, `repetitions` rounds.
bool measureModelPages(RelationRepository& relations, int repetitions, std::vector<PageTiming>& out)
{
    const std::pair<const char*, ModelCaseFilter> filters[] = {
        { "model page (no filter)", {} },
        { "model page, one service type", { 1, FacilitySize::Any, false } },
        { "model page, small facilities", { 0, FacilitySize::Small, false } },
        { "kiosk: 3 public cases", { 0, FacilitySize::Any, true } },
    };
    for (const auto& [what, filter] : filters) {
        std::vector<double> samples;
        std::size_t rows = 0;
        const int limit = filter.publicOnly ? 3 : 20;
        for (int round = 0; round < repetitions; ++round) {
            for (int k = 0; k < kModels; ++k) {
                const auto t0 = Clock::now();
                auto cases = relations.casesOfModel(benchModelId(k), benchModelArea(k), filter, limit);
                auto counts = relations.countsOfModel(benchModelId(k), benchModelArea(k), filter.publicOnly);
                auto sessions = relations.sessionsShowing(benchModelId(k), 0);
                samples.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
                if (!cases || !counts || !sessions)
                    return false;
                rows += cases->size();
            }
        }
        out.push_back({ what, percentile(samples, 0.5), percentile(samples, 0.95), rows / repetitions });
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    int cases = 50000;
    int repetitions = 50;
    bool keep = false;
    int cacheMib = 0; // 0: the store's own setting
    bool reuse = false;
    fs::path base = fs::temp_directory_path() / "yokoten-bench-store";
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool hasValue = i + 1 < argc;
        if (arg == "--cases" && hasValue)
            cases = std::atoi(argv[++i]);
        else if (arg == "--dir" && hasValue)
            base = argv[++i];
        else if (arg == "--queries-per-term" && hasValue)
            repetitions = std::atoi(argv[++i]);
        else if (arg == "--cache-mib" && hasValue)
            cacheMib = std::atoi(argv[++i]);
        else if (arg == "--keep")
            keep = true;
        else if (arg == "--reuse")
            reuse = keep = true;
    }
    if (!reuse) {
        fs::remove_all(base);
        fs::create_directories(base);
    }

    Outcome encrypted;
    std::vector<PageTiming> modelPages;
    {
        auto store = reuse ? Store::open(base / "encrypted", "bench-passcode")
                           : Store::create(base / "encrypted", "bench-passcode");
        if (!store) {
            std::fprintf(stderr, "store: %s\n", store.error().detail.c_str());
            return 1;
        }
        if (cacheMib > 0)
            (void)(*store)->database().exec("PRAGMA cache_size = -" + std::to_string(cacheMib * 1024));
        if (!reuse && !importCases((*store)->database(), (*store)->cases(), cases, encrypted))
            return 1;
        if (!measureQueries((*store)->cases(), repetitions, encrypted, base / "encrypted"))
            return 1;
        if (!measureModelPages((*store)->relations(), std::max(1, repetitions / 10), modelPages))
            return 1;
    }
    Outcome plain;
    {
        // The same schema, tokenizer and repository on a database without a key.
        fs::create_directories(base / "plain");
        auto db = Database::open((base / "plain" / "store.db").string(), true);
        std::string error;
        if (!db || !registerBigramTokenizer(db->handle(), &error)
            || !db->exec("PRAGMA page_size = 4096; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; "
                         "PRAGMA cache_size = -"
                      + std::to_string(Store::PageCacheKiB))
                    .ok()
            || !migrate(*db, latestSchemaVersion()).ok())
            return 1;
        if (cacheMib > 0)
            (void)db->exec("PRAGMA cache_size = -" + std::to_string(cacheMib * 1024));
        CaseRepository repo(*db);
        if (!reuse && !importCases(*db, repo, cases, plain))
            return 1;
        if (!measureQueries(repo, repetitions, plain, base / "plain"))
            return 1;
    }

    std::printf("## Store: %d cases, ~6 KB of Japanese text each\n\n", cases);
    std::printf("| measure | SQLCipher | plain SQLite | ratio |\n|---|---|---|---|\n");
    std::printf(
        "| import (500 cases per transaction) | %.0f cases/s (%.1f s) | %.0f cases/s (%.1f s) | %.2f× |\n",
        encrypted.casesPerSecond, encrypted.importSeconds, plain.casesPerSecond, plain.importSeconds,
        encrypted.importSeconds / plain.importSeconds);
    std::printf("| store size on disk | %.1f MiB | %.1f MiB | %.2f× |\n", encrypted.bytes / 1048576.0,
        plain.bytes / 1048576.0, double(encrypted.bytes) / double(plain.bytes));
    double sumEnc = 0, sumPlain = 0;
    for (std::size_t i = 0; i < kQueries.size(); ++i) {
        const auto& e = encrypted.latencies[i].second;
        const auto& p = plain.latencies[i].second;
        sumEnc += e.second;
        sumPlain += p.second;
        std::printf(
            "| search `%s` p50 / p95 (top 50 of %zu hits) | %.2f / %.2f ms | %.2f / %.2f ms | %.2f× |\n",
            kQueries[i].c_str(), encrypted.hits[i].second, e.first, e.second, p.first, p.second,
            e.second / p.second);
    }
    std::printf(
        "| all queries, sum of p95 | %.1f ms | %.1f ms | %.2f× |\n", sumEnc, sumPlain, sumEnc / sumPlain);
    std::printf("\n## Equipment model pages, %d cases (encrypted store, %d models)\n\n", cases, kModels);
    std::printf("| read | p50 | p95 | cases shown, all %d pages |\n|---|---|---|---|\n", kModels);
    for (const auto& page : modelPages)
        std::printf("| %s | %.2f ms | %.2f ms | %zu |\n", page.what.c_str(), page.p50, page.p95, page.rows);
    if (!keep)
        fs::remove_all(base);
    return 0;
}
