#pragma once

#include "options.h"

#include "engine/sync_error.h"
#include "json_writer.h"
#include "storage/store_error.h"

#include <google/protobuf/message.h>
#include <google/protobuf/timestamp.pb.h>

#include <cstdint>
#include <string>

namespace yk::cli {

using proto::JsonWriter;

/// The exit code a store error maps to (command_line.h lists them).
int exitCodeFor(storage::StoreErrorCode code);
/// The exit code a sync error maps to: unreachable, sign-in, certificate, revoked …
int exitCodeFor(const sync::SyncError& error);

/// Prints a store error (Japanese, English, detail; JSON with --json) and returns its exit code.
int report(const Options& options, const storage::StoreError& error);
/// Prints a sync error the same way and returns its exit code.
int reportSync(const Options& options, const sync::SyncError& error);
/// Prints a bilingual usage error and returns ExitUsage.
int reportUsage(const Options& options, const std::string& message);

/// A queued mutation: its id, outbox seq and "pending" state, or the error of queueing it.
int reportQueued(const Options& options, const sync::SyncResult<std::int64_t>& seq, const std::string& id,
    const char* whatJa, const char* whatEn);

/// A protobuf message as indented JSON (the --json form of a whole record).
std::string toJson(const google::protobuf::Message& message);
/// ISO 8601 UTC, empty for 0 (never).
std::string isoTime(std::int64_t millis);
std::string isoTime(const google::protobuf::Timestamp& t);
google::protobuf::Timestamp nowTimestamp();

} // namespace yk::cli
