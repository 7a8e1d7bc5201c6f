#pragma once

#include "sync_engine.h"

#include "yokoten/v1/common.pb.h"

#include <string>

namespace yk::sync {

/// The largest file a person may attach (photos, PDFs).
constexpr std::int64_t MaxAttachmentBytes = std::int64_t(50) * 1024 * 1024;

/// The MIME type Yokoten accepts for a file name (.jpg, .png, .pdf), or empty.
std::string attachmentMimeTypeOf(const std::string& fileName);

/// Keeps a file's bytes in the encrypted store under their SHA-256 and queues the upload;
/// returns the reference a record carries. The caller adds it to a case edit.
SyncResult<yokoten::v1::AttachmentRef> addLocalAttachment(LocalStore& store, SyncEngine& engine,
    const std::string& bytes, const std::string& fileName, const std::string& caption);

} // namespace yk::sync
