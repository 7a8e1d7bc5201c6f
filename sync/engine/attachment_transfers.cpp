#include "attachment_transfers.h"

#include "transactions.h"

#include "hex_text.h"
#include "storage/cipher.h"

#include <algorithm>

namespace yk::sync {

using namespace yokoten::v1;
using Direction = AttachmentTransfer::Direction;

AttachmentTransfers::AttachmentTransfers(EngineContext& context, ServerApi& api)
    : m_context(context)
    , m_api(api)
    , m_files(context.store.database())
{
}

SyncStatus AttachmentTransfers::queueUpload(const std::string& sha256, std::int64_t sizeBytes)
{
    if (!proto::isSha256Hex(sha256) || sizeBytes <= 0)
        return makeSyncError(SyncErrorCode::InvalidInput, "bad attachment address or size");
    if (auto status = m_files.queue(sha256, Direction::Upload, sizeBytes, m_context.now()); !status)
        return syncErrorFromStore(status.error());
    return {};
}

SyncStatus AttachmentTransfers::queueDownload(const std::string& sha256, std::int64_t sizeBytes)
{
    if (!proto::isSha256Hex(sha256) || sizeBytes <= 0)
        return makeSyncError(SyncErrorCode::InvalidInput, "bad attachment address or size");
    auto present = m_files.hasFile(sha256);
    if (!present)
        return syncErrorFromStore(present.error());
    if (*present)
        return {};
    if (auto status = m_files.queue(sha256, Direction::Download, sizeBytes, m_context.now()); !status)
        return syncErrorFromStore(status.error());
    return {};
}

SyncResult<std::int64_t> AttachmentTransfers::upload(const std::string& sha256, std::int64_t sizeBytes)
{
    // Ask how much the server holds, so an interrupted upload resumes where it stopped.
    HttpRequest statusRequest;
    statusRequest.method = "GET";
    statusRequest.target = "/v1/attachments/" + sha256 + "/status";
    statusRequest.contentType.clear();
    auto answer = m_api.exchange(statusRequest, true);
    if (!answer)
        return answer.error();
    AttachmentStatus held;
    if (!held.ParseFromString(answer->body))
        return makeSyncError(SyncErrorCode::Protocol, "attachment status does not parse");
    std::int64_t offset = held.complete() ? sizeBytes : held.received_bytes();
    std::int64_t sent = 0;
    while (offset < sizeBytes) {
        const std::int64_t length = std::min(m_context.options.attachmentChunkBytes, sizeBytes - offset);
        auto chunk = m_files.readFile(sha256, offset, length);
        if (!chunk)
            return syncErrorFromStore(chunk.error());
        if (static_cast<std::int64_t>(chunk->size()) != length)
            return makeSyncError(SyncErrorCode::Storage, "attachment bytes missing from the store");
        HttpRequest put;
        put.method = "PUT";
        put.target = "/v1/attachments/" + sha256;
        put.contentType = "application/octet-stream";
        put.body = std::move(*chunk);
        put.headers.emplace_back("Content-Range",
            "bytes " + std::to_string(offset) + "-" + std::to_string(offset + length - 1) + "/"
                + std::to_string(sizeBytes));
        auto stored = m_api.exchange(put, true);
        if (!stored)
            return stored.error();
        offset += length;
        sent += length;
        m_context.setActivity(SyncActivity::Phase::Uploading, offset, sizeBytes);
    }
    return sent;
}

SyncResult<std::int64_t> AttachmentTransfers::download(
    const std::string& sha256, std::int64_t sizeBytes, std::int64_t doneBytes)
{
    std::int64_t received = 0;
    while (doneBytes < sizeBytes) {
        const std::int64_t last = std::min(sizeBytes, doneBytes + m_context.options.attachmentChunkBytes) - 1;
        HttpRequest get;
        get.method = "GET";
        get.target = "/v1/attachments/" + sha256;
        get.contentType.clear();
        get.headers.emplace_back("Range", "bytes=" + std::to_string(doneBytes) + "-" + std::to_string(last));
        auto answer = m_api.exchange(get, true);
        if (!answer)
            return answer.error();
        const std::int64_t expected = last - doneBytes + 1;
        if (static_cast<std::int64_t>(answer->body.size()) != expected)
            return makeSyncError(SyncErrorCode::Protocol, "attachment chunk of an unexpected size");
        // Each chunk is kept as it arrives: a broken connection costs at most one chunk.
        auto tx = beginTransaction(m_context.store);
        if (!tx)
            return tx.error();
        if (auto status = m_files.putPart(sha256, doneBytes, answer->body); !status)
            return syncErrorFromStore(status.error());
        if (auto status = m_files.setDoneBytes(sha256, doneBytes + expected); !status)
            return syncErrorFromStore(status.error());
        if (auto status = (*tx)->commit(); !status)
            return syncErrorFromStore(status.error());
        doneBytes += expected;
        received += expected;
        m_context.setActivity(SyncActivity::Phase::Downloading, doneBytes, sizeBytes);
    }
    // Whole: check the address before the file counts as ours.
    auto whole = m_files.joinedParts(sha256);
    if (!whole)
        return syncErrorFromStore(whole.error());
    auto tx = beginTransaction(m_context.store);
    if (!tx)
        return tx.error();
    if (auto status = m_files.dropParts(sha256); !status)
        return syncErrorFromStore(status.error());
    if (storage::sha256Hex(*whole) != sha256) {
        if (auto status = m_files.setDoneBytes(sha256, 0); !status)
            return syncErrorFromStore(status.error());
        if (auto status = (*tx)->commit(); !status)
            return syncErrorFromStore(status.error());
        return SyncError { SyncErrorCode::Protocol, {},
            "受信したファイルが壊れていました。もう一度受信します。",
            "A received file was damaged. It will be fetched again.", "attachment hash mismatch" };
    }
    if (auto status = m_files.keepDownloaded(sha256, sizeBytes, *whole); !status)
        return syncErrorFromStore(status.error());
    if (auto status = (*tx)->commit(); !status)
        return syncErrorFromStore(status.error());
    return received;
}

SyncResult<SyncReport> AttachmentTransfers::transferAll()
{
    SyncReport report;
    auto transfers = m_files.transfers();
    if (!transfers)
        return syncErrorFromStore(transfers.error());
    for (const auto& t : *transfers) {
        if (t.direction == Direction::Upload) {
            auto sent = upload(t.sha256, t.sizeBytes);
            if (!sent)
                return sent.error();
            report.uploadedBytes += *sent;
        } else {
            auto got = download(t.sha256, t.sizeBytes, t.doneBytes);
            if (!got)
                return got.error();
            report.downloadedBytes += *got;
        }
        if (auto status = m_files.finish(t.sha256); !status)
            return syncErrorFromStore(status.error());
    }
    return report;
}

} // namespace yk::sync
