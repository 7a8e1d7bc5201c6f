#include "local_attachments.h"

#include "attachment_repository.h"

#include "storage/cipher.h"

#include <algorithm>
#include <filesystem>

namespace yk::sync {

std::string attachmentMimeTypeOf(const std::string& fileName)
{
    std::string ext = std::filesystem::path(fileName).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    if (ext == ".jpg" || ext == ".jpeg")
        return "image/jpeg";
    if (ext == ".png")
        return "image/png";
    if (ext == ".pdf")
        return "application/pdf";
    return {};
}

SyncResult<yokoten::v1::AttachmentRef> addLocalAttachment(LocalStore& store, SyncEngine& engine,
    const std::string& bytes, const std::string& fileName, const std::string& caption)
{
    const std::string mime = attachmentMimeTypeOf(fileName);
    if (mime.empty())
        return SyncError { SyncErrorCode::InvalidInput, {}, "JPEG、PNG、PDF のファイルを選んでください。",
            "Choose a JPEG, PNG or PDF file.", {} };
    if (bytes.empty() || static_cast<std::int64_t>(bytes.size()) > MaxAttachmentBytes)
        return SyncError { SyncErrorCode::InvalidInput, {}, "ファイルが空か、50 MB を超えています。",
            "The file is empty or larger than 50 MB.", {} };
    const std::string sha = storage::sha256Hex(bytes);
    AttachmentRepository files(store.database());
    if (auto status = files.putFile(sha, mime, bytes); !status)
        return syncErrorFromStore(status.error());
    if (auto queued = engine.queueUpload(sha, static_cast<std::int64_t>(bytes.size())); !queued)
        return queued.error();
    yokoten::v1::AttachmentRef ref;
    ref.set_sha256(sha);
    ref.set_file_name(std::filesystem::path(fileName).filename().string());
    ref.set_mime_type(mime);
    ref.set_size_bytes(static_cast<std::int64_t>(bytes.size()));
    ref.set_caption(caption);
    return ref;
}

} // namespace yk::sync
