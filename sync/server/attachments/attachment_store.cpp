#include "attachment_store.h"

#include "hex_text.h"

#include "core/audience.h"

#include <openssl/evp.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <string>

namespace yk::server {

using Database = SqlConnection;
using Statement = SqlStatement;
using yokoten::v1::AttachmentStatus;

namespace {

// ---- errors ----------------------------------------------------------------------------------

ApiError storeFailure(const StoreError& error)
{
    if (error.code == storage::StoreErrorCode::Busy)
        return apiError(503, "server_busy",
            "サーバーが混み合っています。しばらくしてからもう一度お試しください。",
            "The server is busy. Please try again shortly.");
    ApiError failure = apiError(500, "server_error",
        "サーバーで問題が起きました。しばらくしてからもう一度お試しください。",
        "Something went wrong on the server. Please try again later.");
    failure.logDetail = storageLogDetail(storage::errorCodeName(error.code), error.detail);
    return failure;
}

ApiError invalidSha256()
{
    return apiError(400, "invalid_sha256", "添付ファイルの識別子（SHA-256）が正しくありません。",
        "The attachment id is not a SHA-256 in 64 lower-case hex digits.");
}

ApiError invalidRange()
{
    return apiError(
        400, "invalid_request", "送信された範囲が正しくありません。", "The byte range is not valid.");
}

ApiError tooLarge()
{
    return apiError(413, "attachment_too_large",
        "添付ファイルが大きすぎます（1ファイル50 MiBまで、1回の送信は1 MiBまで）。",
        "The attachment is too large (at most 50 MiB per file, 1 MiB per chunk).");
}

ApiError uploadForbidden()
{
    return apiError(403, "forbidden", "この端末からは添付ファイルを送信できません。",
        "This device may not upload attachments.");
}

// The resume offset goes into the message too: ApiError has no field for it, and a client that
// only logs the message still shows where the server stands. Clients ask /status to resume.
ApiError offsetMismatch(std::int64_t receivedBytes)
{
    const auto at = std::to_string(receivedBytes);
    return apiError(409, "upload_offset_mismatch",
        "送信位置が受信済みの位置と合いません。" + at + "バイト目から送信を再開してください。",
        "The chunk does not continue the upload. Resume from byte " + at + ".");
}

ApiError hashMismatch()
{
    return apiError(422, "attachment_hash_mismatch",
        "受信した内容がSHA-256と一致しません。最初から送り直してください。",
        "The received bytes do not match the SHA-256. Upload the file again from the start.");
}

ApiError notFound()
{
    return apiError(404, "not_found", "添付ファイルが見つかりません。", "The attachment was not found.");
}

ApiError rangeNotSatisfiable()
{
    return apiError(416, "range_not_satisfiable", "指定された範囲はファイルの外です。",
        "The requested range is outside the file.");
}

// ---- helpers ---------------------------------------------------------------------------------

std::int64_t unixSeconds(std::chrono::system_clock::time_point time)
{
    return std::chrono::duration_cast<std::chrono::seconds>(time.time_since_epoch()).count();
}

struct AttachmentRow {
    std::int64_t sizeBytes = 0;
    std::int64_t receivedBytes = 0;
    bool complete = false;
    std::string uploaderDeviceId;
};

StoreResult<std::optional<AttachmentRow>> findAttachment(Database& db, std::string_view sha256)
{
    auto stmt = db.cached("SELECT size_bytes, received_bytes, complete, uploader_device_id FROM attachments "
                          "WHERE sha256 = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, sha256);
    const auto step = (*stmt)->step();
    if (step == Statement::Step::Error) {
        auto error = (*stmt)->lastError("find attachment");
        (*stmt)->reset();
        return error;
    }
    std::optional<AttachmentRow> row;
    if (step == Statement::Step::Row) {
        row = AttachmentRow { (*stmt)->columnInt64(0), (*stmt)->columnInt64(1), (*stmt)->columnInt64(2) != 0,
            (*stmt)->columnText(3) };
    }
    (*stmt)->reset();
    return row;
}

AttachmentStatus statusOf(std::string_view sha256, const std::optional<AttachmentRow>& row)
{
    AttachmentStatus status;
    status.set_sha256(std::string(sha256));
    if (row) {
        status.set_size_bytes(row->sizeBytes);
        status.set_received_bytes(row->receivedBytes);
        status.set_complete(row->complete);
    }
    return status;
}

// The bytes of the chunk stored at exactly `offset`, if any.
StoreResult<std::optional<std::string>> chunkAt(Database& db, std::string_view sha256, std::int64_t offset)
{
    auto stmt = db.cached("SELECT data FROM attachment_chunks WHERE sha256 = ? AND \"offset\" = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, sha256).bind(2, offset);
    const auto step = (*stmt)->step();
    if (step == Statement::Step::Error) {
        auto error = (*stmt)->lastError("read attachment chunk");
        (*stmt)->reset();
        return error;
    }
    std::optional<std::string> data;
    if (step == Statement::Step::Row)
        data = (*stmt)->columnBlob(0);
    (*stmt)->reset();
    return data;
}

struct DigestDeleter {
    void operator()(EVP_MD_CTX* context) const { EVP_MD_CTX_free(context); }
};

// SHA-256 over the stored chunks in order of offset, one chunk in memory at a time.
StoreResult<std::string> sha256OfChunks(Database& db, std::string_view sha256)
{
    std::unique_ptr<EVP_MD_CTX, DigestDeleter> context(EVP_MD_CTX_new());
    if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1)
        return storage::makeError(storage::StoreErrorCode::Internal, "SHA-256 init failed");
    auto stmt = db.cached("SELECT data FROM attachment_chunks WHERE sha256 = ? ORDER BY \"offset\"");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, sha256);
    for (;;) {
        const auto step = (*stmt)->step();
        if (step == Statement::Step::Done)
            break;
        if (step == Statement::Step::Error) {
            auto error = (*stmt)->lastError("hash attachment chunks");
            (*stmt)->reset();
            return error;
        }
        const auto chunk = (*stmt)->columnBytes(0);
        const auto* bytes = chunk.data();
        const auto size = chunk.size();
        if (size > 0 && EVP_DigestUpdate(context.get(), bytes, size) != 1) {
            (*stmt)->reset();
            return storage::makeError(storage::StoreErrorCode::Internal, "SHA-256 update failed");
        }
    }
    (*stmt)->reset();
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digestSize = 0;
    if (EVP_DigestFinal_ex(context.get(), digest, &digestSize) != 1)
        return storage::makeError(storage::StoreErrorCode::Internal, "SHA-256 final failed");
    return proto::toHex(digest, digestSize);
}

StoreStatus discardUpload(Database& db, std::string_view sha256)
{
    for (const auto* sql :
        { "DELETE FROM attachment_chunks WHERE sha256 = ?", "DELETE FROM attachments WHERE sha256 = ?" }) {
        auto stmt = db.cached(sql);
        if (!stmt)
            return stmt.error();
        (*stmt)->bind(1, sha256);
        if (auto status = (*stmt)->run(); !status)
            return status;
    }
    return {};
}

// True when a record that references the file is filed, not tombstoned, under one of the
// caller's audiences: the same rule a pull uses, so a file is readable exactly when a record
// pointing at it is.
StoreResult<bool> referencedForCaller(Database& db, std::string_view sha256, const Principal& caller)
{
    const auto audiences = audiencesOf(caller);
    if (audiences.empty())
        return false;
    // One statement per audience count (a handful), so the cache stays small.
    std::string sql = "SELECT 1 FROM attachment_refs r JOIN audience a ON a.kind = r.kind AND a.id = r.id "
                      "WHERE r.sha256 = ? AND a.deleted = 0 AND a.audience IN (?";
    for (std::size_t i = 1; i < audiences.size(); ++i)
        sql += ", ?";
    sql += ") LIMIT 1";
    auto stmt = db.cached(sql);
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, sha256);
    int index = 2;
    for (const auto& key : audiences)
        (*stmt)->bind(index++, std::string_view(key));
    const auto step = (*stmt)->step();
    if (step == Statement::Step::Error) {
        auto error = (*stmt)->lastError("check attachment references");
        (*stmt)->reset();
        return error;
    }
    (*stmt)->reset();
    return step == Statement::Step::Row;
}

} // namespace

AttachmentStore::AttachmentStore(ServerStore& store)
    : m_store(store)
{
}

ApiResult<AttachmentStatus> AttachmentStore::status(const Principal& caller, std::string_view sha256)
{
    if (!proto::isSha256Hex(sha256))
        return invalidSha256();
    auto snapshot = m_store.read();
    if (!snapshot)
        return storeFailure(snapshot.error());
    auto& db = (*snapshot)->db();
    auto row = findAttachment(db, sha256);
    if (!row)
        return storeFailure(row.error());
    // Only the device uploading it, or a caller who may download it, learns that a file is
    // here and how far it got; to anyone else it is unknown (issue 21: the status answered
    // size and completeness of another organisation's file). The answer is then the same as
    // for a file nobody has sent: nothing received yet.
    if (*row && ((*row)->uploaderDeviceId.empty() || (*row)->uploaderDeviceId != caller.deviceId)) {
        auto visible = referencedForCaller(db, sha256, caller);
        if (!visible)
            return storeFailure(visible.error());
        if (!*visible)
            return statusOf(sha256, std::nullopt);
    }
    return statusOf(sha256, *row);
}

ApiResult<AttachmentStatus> AttachmentStore::putChunk(const Principal& caller, std::string_view sha256,
    std::int64_t offset, std::int64_t totalBytes, std::string_view data,
    std::chrono::system_clock::time_point now)
{
    // Everything that can be refused without the store is refused before taking the writer.
    if (caller.isKiosk())
        return uploadForbidden();
    if (!proto::isSha256Hex(sha256))
        return invalidSha256();
    if (totalBytes > MaxFileBytes || static_cast<std::int64_t>(data.size()) > MaxChunkBytes)
        return tooLarge();
    const auto size = static_cast<std::int64_t>(data.size());
    if (totalBytes < 1 || offset < 0 || size == 0 || offset > totalBytes - size)
        return invalidRange();

    auto tx = m_store.write();
    if (!tx)
        return storeFailure(tx.error());
    auto& db = (*tx)->db();
    auto found = findAttachment(db, sha256);
    if (!found)
        return storeFailure(found.error());
    auto& row = *found;

    if (row && row->complete)
        return statusOf(sha256, row); // content-addressed: the file is already here
    const std::int64_t received = row ? row->receivedBytes : 0;
    if (row && row->sizeBytes != totalBytes)
        return offsetMismatch(received);
    if (offset < received) {
        // A retry of a chunk whose answer was lost: identical bytes at the same place are fine.
        auto stored = chunkAt(db, sha256, offset);
        if (!stored)
            return storeFailure(stored.error());
        if (*stored && **stored == data)
            return statusOf(sha256, row);
        return offsetMismatch(received);
    }
    if (offset > received)
        return offsetMismatch(received);

    if (!row) {
        auto insert
            = db.cached("INSERT INTO attachments(sha256, size_bytes, received_bytes, complete, created_at, "
                        "uploader_device_id) VALUES (?, ?, 0, 0, ?, ?)");
        if (!insert)
            return storeFailure(insert.error());
        (*insert)->bind(1, sha256).bind(2, totalBytes).bind(3, unixSeconds(now)).bind(4, caller.deviceId);
        if (auto status = (*insert)->run(); !status)
            return storeFailure(status.error());
        row = AttachmentRow { totalBytes, 0, false, caller.deviceId };
    }
    auto insertChunk = db.cached("INSERT INTO attachment_chunks(sha256, \"offset\", data) VALUES (?, ?, ?)");
    if (!insertChunk)
        return storeFailure(insertChunk.error());
    (*insertChunk)->bind(1, sha256).bind(2, offset).bindBlob(3, data);
    if (auto status = (*insertChunk)->run(); !status)
        return storeFailure(status.error());
    row->receivedBytes = received + size;

    if (row->receivedBytes == totalBytes) {
        // Hashed inside the write transaction: a file is never seen complete with other bytes.
        auto digest = sha256OfChunks(db, sha256);
        if (!digest)
            return storeFailure(digest.error());
        if (*digest != sha256) {
            if (auto status = discardUpload(db, sha256); !status)
                return storeFailure(status.error());
            if (auto status = (*tx)->commit(); !status)
                return storeFailure(status.error());
            return hashMismatch();
        }
        row->complete = true;
    }
    auto update = db.cached("UPDATE attachments SET received_bytes = ?, complete = ? WHERE sha256 = ?");
    if (!update)
        return storeFailure(update.error());
    (*update)->bind(1, row->receivedBytes).bind(2, row->complete ? 1 : 0).bind(3, sha256);
    if (auto status = (*update)->run(); !status)
        return storeFailure(status.error());
    if (auto status = (*tx)->commit(); !status)
        return storeFailure(status.error());
    return statusOf(sha256, row);
}

ApiResult<AttachmentSlice> AttachmentStore::read(
    const Principal& caller, std::string_view sha256, std::int64_t offset, std::int64_t maxBytes)
{
    if (!proto::isSha256Hex(sha256))
        return invalidSha256();
    if (offset < 0 || maxBytes < 1)
        return invalidRange();
    auto snapshot = m_store.read();
    if (!snapshot)
        return storeFailure(snapshot.error());
    auto& db = (*snapshot)->db();
    auto row = findAttachment(db, sha256);
    if (!row)
        return storeFailure(row.error());
    // Unknown, incomplete and not-yours all look the same: existence is not revealed.
    if (!*row || !(*row)->complete)
        return notFound();
    if ((*row)->uploaderDeviceId.empty() || (*row)->uploaderDeviceId != caller.deviceId) {
        auto visible = referencedForCaller(db, sha256, caller);
        if (!visible)
            return storeFailure(visible.error());
        if (!*visible)
            return notFound();
    }
    const std::int64_t total = (*row)->sizeBytes;
    if (offset >= total)
        return rangeNotSatisfiable();
    // The caller bounds the slice (the router: 4 MiB per ranged GET, the whole file otherwise);
    // a file is at most MaxFileBytes, so neither is unbounded.
    const std::int64_t end = offset + std::min(maxBytes, total - offset);

    // From the chunk that holds `offset` (the last one starting at or before it) up to `end`.
    auto stmt
        = db.cached("SELECT \"offset\", data FROM attachment_chunks WHERE sha256 = ?1 AND \"offset\" < ?3 "
                    "AND \"offset\" >= "
                    "(SELECT MAX(\"offset\") FROM attachment_chunks WHERE sha256 = ?1 AND \"offset\" <= ?2) "
                    "ORDER BY \"offset\"");
    if (!stmt)
        return storeFailure(stmt.error());
    (*stmt)->bind(1, sha256).bind(2, offset).bind(3, end);
    AttachmentSlice slice;
    slice.totalBytes = total;
    slice.offset = offset;
    slice.data.reserve(static_cast<std::size_t>(end - offset));
    for (;;) {
        const auto step = (*stmt)->step();
        if (step == Statement::Step::Done)
            break;
        if (step == Statement::Step::Error) {
            auto error = (*stmt)->lastError("read attachment");
            (*stmt)->reset();
            return storeFailure(error);
        }
        const std::int64_t chunkOffset = (*stmt)->columnInt64(0);
        const auto chunk = (*stmt)->columnBytes(1);
        const auto* bytes = chunk.data();
        const auto chunkSize = static_cast<std::int64_t>(chunk.size());
        const std::int64_t from = std::max(offset, chunkOffset);
        const std::int64_t to = std::min(end, chunkOffset + chunkSize);
        if (from < to)
            slice.data.append(bytes + (from - chunkOffset), static_cast<std::size_t>(to - from));
    }
    (*stmt)->reset();
    if (static_cast<std::int64_t>(slice.data.size()) != end - offset)
        return storeFailure(
            storage::makeError(storage::StoreErrorCode::Corrupt, "attachment chunks have a gap"));
    return slice;
}

} // namespace yk::server
