#include "puller.h"

#include "transactions.h"

#include <algorithm>
#include <future>

namespace yk::sync {

using namespace yokoten::v1;

namespace {

SyncResult<PullResponse> parsePage(const std::string& body)
{
    PullResponse page;
    if (!page.ParseFromString(body))
        return makeSyncError(SyncErrorCode::Protocol, "/v1/pull: the answer does not parse");
    // Every page carries a cursor (it comes after the records): a page without one was cut
    // short at a record boundary, and applying it would lose the rest.
    if (page.cursor().empty())
        return makeSyncError(SyncErrorCode::Protocol, "/v1/pull: a page without a cursor (cut short)");
    return page;
}

} // namespace

Puller::Puller(EngineContext& context, ServerApi& api, Rebaser& rebaser)
    : m_context(context)
    , m_api(api)
    , m_rebaser(rebaser)
{
}

SyncResult<SyncReport> Puller::pull()
{
    SyncReport report;
    auto cursor = m_context.state.cursor();
    if (!cursor)
        return cursor.error();
    PullRequest request;
    request.set_limit(m_context.options.pullPageSize);
    if (*cursor)
        request.set_cursor(**cursor);
    m_context.setActivity(SyncActivity::Phase::Receiving, 0, 0);

    // While one page is written to the store, the next is already on its way: the request
    // only needs the cursor, which the page brought. The fetch runs on a worker thread and
    // touches only the transport (the store belongs to this thread).
    auto fetch = [this](const PullRequest& pullRequest) {
        std::string token;
        if (auto current = m_context.state.session(); current)
            token = current->tokens().access_token();
        HttpRequest http;
        http.method = "POST";
        http.target = "/v1/pull";
        http.body = pullRequest.SerializeAsString();
        return std::async(
            std::launch::async, [this, http = std::move(http), token = std::move(token)]() mutable {
                return m_api.sendWithToken(std::move(http), token);
            });
    };
    // A page from the worker, or the error it met; an expired token is renewed here and the
    // page asked for again the ordinary way.
    auto receive = [this](std::future<SyncResult<HttpResponse>>& pending,
                       const PullRequest& pullRequest) -> SyncResult<PullResponse> {
        auto answer = pending.get();
        if (!answer)
            return answer.error();
        if (answer->status < 200 || answer->status >= 300) {
            SyncError error = m_api.failure(*answer);
            if (!ServerApi::isExpiredToken(error))
                return error;
            if (auto refreshed = m_api.refreshSession(); !refreshed)
                return refreshed.error();
            HttpRequest again;
            again.target = "/v1/pull";
            again.body = pullRequest.SerializeAsString();
            auto retried = m_api.exchange(again, true);
            if (!retried)
                return retried.error();
            return parsePage(retried->body);
        }
        return parsePage(answer->body);
    };

    auto pending = fetch(request);
    for (;;) {
        auto response = receive(pending, request);
        if (!response)
            return response.error();
        if (response->has_more()) {
            request.set_cursor(response->cursor());
            pending = fetch(request);
        }
        auto applied = applyPage(*response, report);
        if (!applied) {
            if (pending.valid())
                pending.wait(); // the worker must not outlive what it uses
            return applied.error();
        }
        m_context.setActivity(SyncActivity::Phase::Receiving, report.received,
            response->has_more() ? report.received + response->remaining() : report.received);
        if (!response->has_more())
            break;
    }
    return report;
}

SyncStatus Puller::applyPage(const PullResponse& page, SyncReport& report)
{
    auto tx = ServerDataTransaction::begin(m_context.store);
    if (!tx)
        return tx.error();
    if (page.reset()) {
        // Other scopes now (the role changed): drop what was pulled; pending work stays.
        report.reset = true;
        if (auto status = m_context.store.removeAllRecords(); !status)
            return syncErrorFromStore(status.error());
    }
    auto kiosk = m_context.state.isKiosk();
    if (!kiosk)
        return kiosk.error();
    if (auto status = m_rebaser.applyServerRecords(page.records(), *kiosk); !status)
        return status.error();
    if (!page.has_more()) {
        // Every change up to this snapshot is on the device now, including the effects of
        // every mutation the server processed: those leave the outbox.
        if (auto status = m_context.tables.removeOutboxUpTo(page.last_applied_seq()); !status)
            return syncErrorFromStore(status.error());
        auto acked = m_context.state.counter(DeviceState::Counter::AckedSeq);
        if (!acked)
            return acked.error();
        if (auto status = m_context.state.setCounter(
                DeviceState::Counter::AckedSeq, std::max(*acked, page.last_applied_seq()));
            !status)
            return status.error();
        if (auto status
            = m_context.state.setCounter(DeviceState::Counter::LastAppliedSeq, page.last_applied_seq());
            !status)
            return status.error();
    }
    if (auto status = m_context.state.setCursor(page.cursor()); !status)
        return status.error();
    if (auto status = m_rebaser.rebase(); !status)
        return status.error();
    m_context.checkpoint("pull_applying");
    if (auto status = (*tx)->commit(); !status)
        return status.error();
    m_context.checkpoint("pull_page_committed");
    report.received += page.records_size();
    for (const auto& record : page.records())
        if (record.has_tombstone())
            ++report.removed;
    return {};
}

} // namespace yk::sync
