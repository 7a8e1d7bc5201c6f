#include "case_cache.h"

#include "case_summary.h"
#include "transactions.h"

#include <algorithm>
#include <charconv>
#include <sstream>

namespace yk::sync {

using namespace yokoten::v1;

namespace {

constexpr std::string_view kCachedCasesKey = "cached_cases";

// "id openedAtMs\n" per case, newest opened first.
SyncResult<std::vector<CachedCase>> loadList(EngineContext& context)
{
    auto value = context.tables.value(kCachedCasesKey);
    if (!value)
        return syncErrorFromStore(value.error());
    std::vector<CachedCase> list;
    if (!*value)
        return list;
    std::istringstream lines(**value);
    std::string line;
    while (std::getline(lines, line)) {
        const auto space = line.find(' ');
        if (space == std::string::npos)
            continue;
        CachedCase entry { line.substr(0, space), 0 };
        std::from_chars(line.data() + space + 1, line.data() + line.size(), entry.openedAtMs);
        list.push_back(std::move(entry));
    }
    return list;
}

SyncStatus saveList(EngineContext& context, std::vector<CachedCase> list)
{
    std::stable_sort(list.begin(), list.end(),
        [](const CachedCase& a, const CachedCase& b) { return a.openedAtMs > b.openedAtMs; });
    std::string text;
    for (const auto& entry : list)
        text.append(entry.id).append(" ").append(std::to_string(entry.openedAtMs)).append("\n");
    if (auto status = context.tables.setValue(kCachedCasesKey, text); !status)
        return syncErrorFromStore(status.error());
    return {};
}

void markOpened(std::vector<CachedCase>& list, const std::string& id, std::int64_t now)
{
    std::erase_if(list, [&](const CachedCase& entry) { return entry.id == id; });
    list.insert(list.begin(), CachedCase { id, now });
}

// Every whole case beyond the newest `keep` goes back to its summary.
SyncStatus evict(EngineContext& context, std::vector<CachedCase>& list, int keep)
{
    if (static_cast<int>(list.size()) <= keep)
        return {};
    std::stable_sort(list.begin(), list.end(),
        [](const CachedCase& a, const CachedCase& b) { return a.openedAtMs > b.openedAtMs; });
    for (std::size_t i = static_cast<std::size_t>(std::max(keep, 0)); i < list.size(); ++i) {
        auto stored = context.store.findRecord(RECORD_KIND_CASE, list[i].id);
        if (!stored)
            return syncErrorFromStore(stored.error());
        if (!*stored || !(*stored)->has_good_practice_case()
            || (*stored)->good_practice_case().summary_only())
            continue;
        Record summary;
        *summary.mutable_good_practice_case() = proto::caseSummaryOf((*stored)->good_practice_case());
        if (auto status = context.store.putRecord(summary); !status)
            return syncErrorFromStore(status.error());
    }
    list.resize(static_cast<std::size_t>(std::max(keep, 0)));
    return {};
}

} // namespace

CaseCache::CaseCache(EngineContext& context, ServerApi& api, Rebaser& rebaser)
    : m_context(context)
    , m_api(api)
    , m_rebaser(rebaser)
{
}

SyncResult<GoodPracticeCase> CaseCache::fetch(const std::string& id)
{
    HttpRequest request;
    request.method = "GET";
    request.target = "/v1/cases/" + id;
    auto answer = m_api.exchange(request, true);
    if (!answer)
        return answer.error();
    Record record;
    if (!record.mutable_good_practice_case()->ParseFromString(answer->body)
        || record.good_practice_case().id() != id || record.good_practice_case().summary_only())
        return makeSyncError(
            SyncErrorCode::Protocol, "/v1/cases: the answer is not the whole case asked for");

    auto tx = ServerDataTransaction::begin(m_context.store);
    if (!tx)
        return tx.error();
    google::protobuf::RepeatedPtrField<Record> records;
    *records.Add() = record;
    auto kiosk = m_context.state.isKiosk();
    if (!kiosk)
        return kiosk.error();
    if (auto status = m_rebaser.applyServerRecords(records, *kiosk); !status)
        return status.error();
    if (auto status = m_rebaser.rebase(); !status)
        return status.error();
    auto list = loadList(m_context);
    if (!list)
        return list.error();
    markOpened(*list, id, m_context.now());
    if (auto status = evict(m_context, *list, m_context.options.cachedWholeCases); !status)
        return status.error();
    if (auto status = saveList(m_context, std::move(*list)); !status)
        return status.error();
    if (auto status = (*tx)->commit(); !status)
        return status.error();
    return std::move(*record.mutable_good_practice_case());
}

SyncStatus CaseCache::touch(const std::string& id)
{
    auto tx = ServerDataTransaction::begin(m_context.store);
    if (!tx)
        return tx.error();
    auto list = loadList(m_context);
    if (!list)
        return list.error();
    const bool held
        = std::any_of(list->begin(), list->end(), [&](const CachedCase& e) { return e.id == id; });
    if (!held)
        return {};
    markOpened(*list, id, m_context.now());
    if (auto status = saveList(m_context, std::move(*list)); !status)
        return status;
    return (*tx)->commit();
}

SyncStatus CaseCache::evictBeyond(int keep)
{
    auto tx = ServerDataTransaction::begin(m_context.store);
    if (!tx)
        return tx.error();
    auto list = loadList(m_context);
    if (!list)
        return list.error();
    if (auto status = evict(m_context, *list, keep); !status)
        return status;
    if (auto status = saveList(m_context, std::move(*list)); !status)
        return status;
    return (*tx)->commit();
}

SyncResult<std::vector<CachedCase>> CaseCache::cached()
{
    return loadList(m_context);
}

WholeTextKeeper::WholeTextKeeper(EngineContext& context)
    : m_context(context)
{
}

SyncResult<std::optional<Record>> WholeTextKeeper::keep(const GoodPracticeCase& summary)
{
    if (!m_list) {
        auto list = loadList(m_context);
        if (!list)
            return list.error();
        m_list = std::move(*list);
    }
    const auto entry = std::find_if(
        m_list->begin(), m_list->end(), [&](const CachedCase& e) { return e.id == summary.id(); });
    if (entry == m_list->end())
        return std::optional<Record>();
    auto stored = m_context.store.findRecord(RECORD_KIND_CASE, summary.id());
    if (!stored)
        return syncErrorFromStore(stored.error());
    if (*stored && (*stored)->has_good_practice_case() && !(*stored)->good_practice_case().summary_only()
        && (*stored)->good_practice_case().revision() == summary.revision()) {
        Record whole;
        *whole.mutable_good_practice_case() = summary;
        proto::restoreCaseBody(*whole.mutable_good_practice_case(), (*stored)->good_practice_case());
        return std::optional<Record>(std::move(whole));
    }
    // The text changed on the server: the summary goes in, and the case is fetched again
    // when it is next opened.
    m_list->erase(entry);
    m_changed = true;
    return std::optional<Record>();
}

SyncStatus WholeTextKeeper::finish()
{
    if (!m_changed || !m_list)
        return {};
    m_changed = false;
    return saveList(m_context, *m_list);
}

} // namespace yk::sync
