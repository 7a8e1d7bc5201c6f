#include "sync_service.h"

#include "pull_cursor.h"

#include "attachments/attachment_store.h"
#include "auth/authenticator.h"
#include "case_summary.h"
#include "core/audience.h"
#include "core/notice_audience.h"
#include "demo_dataset.h"
#include "rules/aggregates.h"
#include "rules/authorization.h"
#include "rules/mutator.h"
#include "rules/ticket_signer.h"

#include <google/protobuf/util/time_util.h>

#include <algorithm>

namespace yk::server {

using namespace yokoten::v1;
using google::protobuf::util::TimeUtil;
using storage::StoreErrorCode;

namespace {

constexpr int kProtocolVersion = 1;
constexpr int kMinProtocolVersion = 1;

// A storage failure as the device sees it. The detail stays in the server's log.
ApiError storageError(const StoreError& error)
{
    ApiError failure = [&] {
        switch (error.code) {
        case StoreErrorCode::DiskFull:
            return apiError(507, "storage_full",
                "サーバーの保存領域が不足しています。しばらくしてから再送してください。",
                "The server is out of storage. Please try again later.");
        case StoreErrorCode::Busy:
            return apiError(503, "busy", "サーバーが混み合っています。しばらくしてから再送してください。",
                "The server is busy. Please try again shortly.");
        default:
            return apiError(500, "internal", "サーバーで問題が起きました。しばらくしてから再送してください。",
                "The server hit a problem. Please try again later.");
        }
    }();
    failure.logDetail = storageLogDetail(storage::errorCodeName(error.code), error.detail);
    return failure;
}

Record tombstoneFor(const Change& change)
{
    Record record;
    auto* tombstone = record.mutable_tombstone();
    tombstone->set_kind(change.kind);
    tombstone->set_id(change.id);
    tombstone->set_server_version(change.version);
    return record;
}

// What a pull of `detail` carries of a case (core/audience.h, CaseDetail).
void reduceCase(GoodPracticeCase& record, CaseDetail detail)
{
    const bool whole = detail == CaseDetail::Whole
        || (detail == CaseDetail::WholeWhenLinkedToModel && record.equipment_model_ids_size() > 0);
    if (!whole)
        record = proto::caseSummaryOf(record);
}

// The fingerprint a cursor carries: the audiences, and how much of a case they were pulled
// with when that is less than the whole.
std::string fingerprintOf(std::vector<std::string> audiences, CaseDetail detail)
{
    if (const auto key = caseDetailKey(detail); !key.empty())
        audiences.emplace_back(key);
    return scopeFingerprint(audiences);
}

ApiError caseNotFound()
{
    return apiError(404, "not_found", "この事例はありません。", "There is no such case.");
}

} // namespace

SyncService::SyncService(std::unique_ptr<ServerStore> store, ServiceOptions options)
    : m_options(std::move(options))
    , m_store(std::move(store))
{
}

SyncService::~SyncService()
{
    if (m_checker.joinable())
        m_checker.join();
}

StoreResult<std::unique_ptr<SyncService>> SyncService::open(
    const std::filesystem::path& dataDir, ServiceOptions options)
{
    auto store = ServerStore::open(dataDir);
    if (!store)
        return store.error();
    return open(std::move(*store), std::move(options));
}

StoreResult<std::unique_ptr<SyncService>> SyncService::open(
    std::unique_ptr<ServerStore> store, ServiceOptions options)
{
    std::unique_ptr<SyncService> service(new SyncService(std::move(store), std::move(options)));
    auto signer = TicketSigner::open(*service->m_store);
    if (!signer)
        return signer.error();
    service->m_signer = std::move(*signer);
    AuthOptions authOptions;
    authOptions.clock = service->m_options.clock;
    auto auth = Authenticator::open(*service->m_store, authOptions);
    if (!auth)
        return auth.error();
    service->m_auth = std::move(*auth);
    service->m_mutator = std::make_unique<Mutator>(*service->m_signer);
    service->m_attachments = std::make_unique<AttachmentStore>(*service->m_store);
    return service;
}

ServerInfo SyncService::serverInfo()
{
    ServerInfo info;
    info.set_protocol_version(kProtocolVersion);
    info.set_min_protocol_version(kMinProtocolVersion);
    info.set_server_id(m_store->serverId());
    info.set_ticket_public_key(m_signer->publicKey());
    info.set_ticket_key_id(m_signer->keyId());
    *info.mutable_now() = TimeUtil::TimeTToTimestamp(std::chrono::system_clock::to_time_t(m_options.clock()));
    return info;
}

template <typename T> ApiResult<T> SyncService::observed(ApiResult<T> result, std::string_view operation)
{
    if (!result && !result.error().logDetail.empty()) {
        if (result.error().httpStatus >= 500)
            m_failureSeen = true;
        if (m_options.onStoreError)
            m_options.onStoreError(operation, result.error().logDetail);
    }
    return result;
}

StoreStatus SyncService::checkStore()
{
    auto status = m_store->checkIntegrity();
    std::lock_guard lock(m_healthMutex);
    m_lastCheck = std::chrono::steady_clock::now();
    m_damaged = !status && status.error().code == StoreErrorCode::Corrupt;
    return status;
}

StoreHealth SyncService::storeHealth()
{
    {
        std::lock_guard lock(m_healthMutex);
        const auto now = std::chrono::steady_clock::now();
        // Again after the interval, or soon after a storage failure. The check reads the whole
        // store (seconds for a large one), so it runs beside the health check, which answers
        // with what the last check found: a load balancer's probe never waits for it.
        if (!m_checking && (now - m_lastCheck >= m_options.integrityCheckInterval || m_failureSeen)) {
            m_failureSeen = false;
            m_checking = true;
            m_lastCheck = now;
            if (m_checker.joinable())
                m_checker.join(); // it has finished: m_checking was cleared as its last step
            m_checker = std::thread([this] { runIntegrityCheck(); });
        }
        if (m_damaged)
            return StoreHealth::Damaged;
    }
    auto snapshot = m_store->read();
    return snapshot && (*snapshot)->currentVersion().ok() ? StoreHealth::Ok : StoreHealth::Unavailable;
}

void SyncService::runIntegrityCheck()
{
    auto status = m_store->checkIntegrity();
    if (!status && m_options.onStoreError)
        m_options.onStoreError("integrity_check",
            storageLogDetail(storage::errorCodeName(status.error().code), status.error().detail));
    std::lock_guard lock(m_healthMutex);
    m_damaged = !status && status.error().code == StoreErrorCode::Corrupt;
    m_lastCheck = std::chrono::steady_clock::now();
    m_checking = false;
}

ApiResult<EnrolResponse> SyncService::enrol(const EnrolRequest& request)
{
    auto response = m_auth->enrol(request);
    if (response)
        *response->mutable_server() = serverInfo();
    return observed(std::move(response), "enrol");
}

ApiResult<SessionTokens> SyncService::signIn(const SignInRequest& request)
{
    return observed(m_auth->signIn(request), "sign_in");
}

ApiResult<SessionTokens> SyncService::refresh(const RefreshRequest& request)
{
    return observed(m_auth->refresh(request), "refresh");
}

ApiResult<Principal> SyncService::authenticate(std::string_view accessToken)
{
    return observed(m_auth->authenticate(accessToken), "authenticate");
}

ApiResult<PushResponse> SyncService::push(const Principal& caller, const PushRequest& request)
{
    return observed(pushBatch(caller, request), "push");
}

ApiResult<PushResponse> SyncService::pushBatch(const Principal& caller, const PushRequest& request)
{
    if (request.mutations_size() > m_options.maxMutationsPerPush)
        return apiError(413, "push_too_large", "一度に送る変更が多すぎます。分けて送ってください。",
            "Too many changes in one push; send them in smaller batches.");
    const auto now = m_options.clock();
    // Optimistic first: no savepoints, which cost SQLCipher an encrypted copy of every page a
    // mutation touches (2.5× the time of a batch; docs/benchmarks.md). If any mutation is
    // rejected, that attempt is rolled back whole and the batch runs again with a savepoint
    // around each mutation, so the rejected one leaves nothing behind.
    bool needsIsolation = false;
    auto response = applyBatch(caller, request, now, false, needsIsolation);
    if (!needsIsolation)
        return response;
    return applyBatch(caller, request, now, true, needsIsolation);
}

ApiResult<PushResponse> SyncService::applyBatch(const Principal& caller, const PushRequest& request,
    std::chrono::system_clock::time_point now, bool isolate, bool& needsIsolation)
{
    // The whole batch is one transaction: one commit (one fsync) per push, and the last
    // applied seq moves with the effects it describes.
    auto tx = m_store->write();
    if (!tx)
        return storageError(tx.error());
    auto lastApplied = (*tx)->lastAppliedSeq(caller.deviceId);
    if (!lastApplied)
        return storageError(lastApplied.error());
    std::int64_t last = *lastApplied;

    PushResponse response;
    for (const auto& mutation : request.mutations()) {
        auto* result = response.add_results();
        result->set_seq(mutation.seq());
        if (mutation.seq() <= 0) {
            result->set_status(MUTATION_STATUS_REJECTED);
            result->set_reason_code("invalid_argument");
            result->set_message_ja("変更の番号が正しくありません。");
            result->set_message_en("The change has no valid sequence number.");
            continue;
        }
        if (mutation.seq() <= last) {
            result->set_status(MUTATION_STATUS_DUPLICATE);
            continue;
        }
        if (isolate) {
            if (auto status = (*tx)->savepoint(); !status)
                return storageError(status.error());
        }
        auto applied = m_mutator->apply(**tx, caller, mutation, now);
        if (!applied && applied.error().code == StoreErrorCode::InvalidArgument) {
            // Input the rules let through but the store refuses: this mutation's fault, not
            // the server's. Rejecting it (rather than failing the push) keeps one bad entry
            // from blocking the device's outbox for ever.
            if (!isolate) {
                needsIsolation = true;
                return response;
            }
            MutationResult refused;
            refused.set_status(MUTATION_STATUS_REJECTED);
            refused.set_reason_code("invalid_argument");
            refused.set_message_ja("この変更の内容は受け付けられません。");
            refused.set_message_en("The server cannot accept the contents of this change.");
            applied = std::move(refused);
        }
        if (!applied)
            return storageError(applied.error());
        *result = std::move(*applied);
        result->set_seq(mutation.seq());
        const bool keep = result->status() == MUTATION_STATUS_APPLIED;
        if (!keep && !isolate) {
            needsIsolation = true;
            return response; // the transaction rolls back as it goes out of scope
        }
        if (isolate) {
            if (auto status = keep ? (*tx)->releaseSavepoint() : (*tx)->rollbackToSavepoint(); !status)
                return storageError(status.error());
        }
        // A rejected mutation is decided too: a replay must not run it again.
        last = mutation.seq();
    }
    if (last != *lastApplied) {
        if (auto status = (*tx)->setLastAppliedSeq(caller.deviceId, last); !status)
            return storageError(status.error());
    }
    if (auto status = (*tx)->commit(); !status)
        return storageError(status.error());
    response.set_last_applied_seq(last);
    return response;
}

ApiResult<PullResponse> SyncService::pull(const Principal& caller, const PullRequest& request)
{
    return observed(pullPage(caller, request), "pull");
}

ApiResult<PullResponse> SyncService::pullPage(const Principal& caller, const PullRequest& request)
{
    if (request.limit() < 0)
        return apiError(
            400, "invalid_argument", "取得件数の指定が正しくありません。", "The page size is invalid.");
    int limit = request.limit() == 0 ? m_options.defaultPullLimit : request.limit();
    limit = std::min(limit, m_options.maxPullLimit);

    const auto audiences = audiencesOf(caller);
    const auto detail = caseDetailOf(caller);
    const std::string scopes = fingerprintOf(audiences, detail);
    auto cursor = PullCursor::decode(request.cursor());
    if (!cursor)
        return apiError(400, "invalid_cursor", "同期の位置情報が壊れています。最初から同期し直してください。",
            "The sync cursor is damaged; start the sync again from the beginning.");
    PullResponse response;
    std::int64_t after = cursor->version;
    if (!cursor->isStart() && cursor->scopes != scopes) {
        // The caller's role or organisation changed: what it holds was pulled for other
        // scopes, so it starts again and drops what it has.
        after = 0;
        response.set_reset(true);
    }

    auto snapshot = m_store->read();
    if (!snapshot)
        return storageError(snapshot.error());
    if (!response.reset()) {
        // A cursor beyond every change this store holds was made before the store was
        // restored from a backup: the device holds changes the store no longer has, so it
        // starts again from what the store does have.
        auto current = (*snapshot)->currentVersion();
        if (!current)
            return storageError(current.error());
        if (after > *current) {
            after = 0;
            response.set_reset(true);
        }
    }
    auto changes = (*snapshot)->changesSince(audiences, after, limit);
    if (!changes)
        return storageError(changes.error());
    std::int64_t reached = after;
    for (const auto& change : *changes) {
        reached = std::max(reached, change.version);
        if (change.deleted) {
            *response.add_records() = tombstoneFor(change);
            continue;
        }
        auto found = (*snapshot)->find(change.kind, change.id);
        if (!found)
            return storageError(found.error());
        if (*found) {
            auto* record = response.add_records();
            *record = std::move(**found);
            if (record->has_good_practice_case())
                reduceCase(*record->mutable_good_practice_case(), detail);
            else if (record->has_notice())
                reduceNoticeFor(*record->mutable_notice(), caller);
        } else
            *response.add_records() = tombstoneFor(change);
    }
    auto lastApplied = (*snapshot)->lastAppliedSeq(caller.deviceId);
    if (!lastApplied)
        return storageError(lastApplied.error());
    response.set_last_applied_seq(*lastApplied);
    response.set_has_more(static_cast<int>(changes->size()) >= limit);
    if (response.has_more()) {
        auto remaining = (*snapshot)->countChangesSince(audiences, reached);
        if (!remaining)
            return storageError(remaining.error());
        response.set_remaining(*remaining);
    }
    response.set_cursor(PullCursor { reached, scopes }.encode());
    return response;
}

ApiResult<GoodPracticeCase> SyncService::wholeCase(const Principal& caller, std::string_view id)
{
    return observed(findWholeCase(caller, id), "whole_case");
}

ApiResult<GoodPracticeCase> SyncService::findWholeCase(const Principal& caller, std::string_view id)
{
    if (!proto::isUuid(id))
        return caseNotFound();
    auto snapshot = m_store->read();
    if (!snapshot)
        return storageError(snapshot.error());
    auto found = (*snapshot)->find(RECORD_KIND_CASE, id);
    if (!found)
        return storageError(found.error());
    if (!*found || !(*found)->has_good_practice_case())
        return caseNotFound();
    // The test a pull applies: a case the caller could not pull is answered as one that does
    // not exist, so the answer never tells which ids exist.
    auto visible = rules::authorization::isVisibleTo(**snapshot, caller, **found);
    if (!visible)
        return storageError(visible.error());
    if (!*visible)
        return caseNotFound();
    return std::move(*(*found)->mutable_good_practice_case());
}

ApiResult<AttachmentStatus> SyncService::attachmentStatus(const Principal& caller, std::string_view sha256)
{
    return observed(m_attachments->status(caller, sha256), "attachment_status");
}

ApiResult<AttachmentStatus> SyncService::putAttachmentChunk(const Principal& caller, std::string_view sha256,
    std::int64_t offset, std::int64_t totalBytes, std::string_view data)
{
    return observed(m_attachments->putChunk(caller, sha256, offset, totalBytes, data, m_options.clock()),
        "attachment_upload");
}

ApiResult<AttachmentSlice> SyncService::readAttachment(
    const Principal& caller, std::string_view sha256, std::int64_t offset, std::int64_t maxBytes)
{
    return observed(m_attachments->read(caller, sha256, offset, maxBytes), "attachment_download");
}

ApiResult<AssessmentAggregates> SyncService::assessmentAggregates(
    const Principal& caller, std::string_view templateFamily)
{
    if (!caller.isOrganisationStaff() || caller.prefectureCode <= 0)
        return apiError(
            403, "forbidden", "この集計を見る権限がありません。", "You may not see these figures.");
    if (templateFamily.empty() || templateFamily.size() > 100)
        return apiError(
            400, "invalid_argument", "点検表の種類を指定してください。", "Name a template family.");
    auto snapshot = m_store->read();
    if (!snapshot)
        return storageError(snapshot.error());
    auto aggregates = yk::server::assessmentAggregates(**snapshot, caller.prefectureCode, templateFamily);
    if (!aggregates) {
        if (aggregates.error().code == StoreErrorCode::NotFound)
            return apiError(
                404, "not_found", "この種類の点検表はありません。", "There is no template of this family.");
        return observed(ApiResult<AssessmentAggregates>(storageError(aggregates.error())), "aggregates");
    }
    return std::move(*aggregates);
}

} // namespace yk::server
