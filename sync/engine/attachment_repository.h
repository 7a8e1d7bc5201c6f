#pragma once

#include "storage/database.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace yk::sync {

/// A queued transfer of one attachment.
struct AttachmentTransfer {
    enum class Direction { Upload = 1, Download = 2 };
    std::string sha256;
    Direction direction = Direction::Upload;
    std::int64_t sizeBytes = 0;
    std::int64_t doneBytes = 0; ///< downloads: bytes already kept as parts
};

/// The attachment tables of the device store (created by its migrations): the files by
/// SHA-256 (encrypted with the rest of the store), the transfer queue, and the parts of a
/// download in progress. Writes join the caller's transaction.
class AttachmentRepository {
public:
    explicit AttachmentRepository(storage::Database& db);

    storage::StoreStatus putFile(std::string_view sha256, std::string_view mimeType, std::string_view bytes);
    storage::StoreResult<bool> hasFile(std::string_view sha256);
    /// `length` bytes of a stored file from `offset`; shorter when the file is.
    storage::StoreResult<std::string> readFile(
        std::string_view sha256, std::int64_t offset, std::int64_t length);
    /// Keeps a downloaded file, with the MIME type a record gave it if it is known already.
    storage::StoreStatus keepDownloaded(
        std::string_view sha256, std::int64_t sizeBytes, std::string_view bytes);

    /// Queues a transfer; one already queued for the file stays as it is.
    storage::StoreStatus queue(std::string_view sha256, AttachmentTransfer::Direction direction,
        std::int64_t sizeBytes, std::int64_t atMillis);
    /// The queue, oldest first.
    storage::StoreResult<std::vector<AttachmentTransfer>> transfers();
    storage::StoreResult<std::int64_t> pendingCount(AttachmentTransfer::Direction direction);
    storage::StoreStatus setDoneBytes(std::string_view sha256, std::int64_t doneBytes);
    storage::StoreStatus finish(std::string_view sha256);

    storage::StoreStatus putPart(std::string_view sha256, std::int64_t offset, std::string_view bytes);
    /// The parts of a download, joined in order.
    storage::StoreResult<std::string> joinedParts(std::string_view sha256);
    storage::StoreStatus dropParts(std::string_view sha256);

private:
    storage::Database& m_db;
};

} // namespace yk::sync
