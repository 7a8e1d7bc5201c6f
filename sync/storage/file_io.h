#pragma once

#include "store_error.h"

#include <filesystem>
#include <string>
#include <string_view>

namespace yk::storage {

/// Maps an errno value from a file operation to a store error (ENOSPC → DiskFull, …).
StoreError errorFromErrno(int error, std::string_view what);

/// Replaces `path` with `bytes` so that a crash leaves either the old or the new file:
/// write to a temporary file beside it, fsync, rename over, fsync the folder. Mode 0600.
StoreStatus writeFileAtomically(const std::filesystem::path& path, std::string_view bytes);

/// Reads a whole file; a missing file is NotFound.
StoreResult<std::string> readWholeFile(const std::filesystem::path& path, std::size_t maxBytes);

/// fsyncs a folder so that renames inside it survive a power cut.
StoreStatus syncDirectory(const std::filesystem::path& dir);

/// An input/output failure where the file system has (almost) no space left is a full disk,
/// whatever SQLite or the kernel called it (a WAL index that cannot be created is an I/O
/// error): the person is told the device is full, not that "reading or writing failed".
StoreError explainIfFull(StoreError error, const std::filesystem::path& where);

} // namespace yk::storage
