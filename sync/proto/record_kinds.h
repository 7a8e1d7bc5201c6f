#pragma once

#include "yokoten/v1/record.pb.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace yk::proto {

/// One record kind, declared once (the list is in record_kinds.cpp). The device store, the
/// server store, the engine and the tests read what they need of a kind from here; what is
/// particular to a kind lives in its rules (sync/server/rules), its placement (who sees it,
/// sync/server/core/placement.cpp) and how the device store files its columns
/// (client/store/record_repository.cpp).
struct RecordKindSpec {
    yokoten::v1::RecordKind kind;
    /// The field of yokoten.v1.Record's `body` that carries it ("good_practice_case").
    std::string_view bodyField;
    /// Its table in the device store (and its name in logs).
    std::string_view table;
    /// Holds a visitor's personal data: a kiosk sends it and keeps no copy.
    bool visitorData;
};

/// Every kind, in RecordKind order.
std::span<const RecordKindSpec> recordKinds();
/// The declaration of a kind; null for UNSPECIFIED and unknown values.
const RecordKindSpec* specOf(yokoten::v1::RecordKind kind);

/// The kind of an envelope (a tombstone's kind for a tombstone; UNSPECIFIED when empty).
yokoten::v1::RecordKind kindOf(const yokoten::v1::Record& record);
/// The id inside an envelope's body (a tombstone's id for a tombstone; empty when none).
std::string_view idOf(const yokoten::v1::Record& record);
std::int64_t serverVersionOf(const yokoten::v1::Record& record);
void setServerVersion(yokoten::v1::Record& record, std::int64_t version);

/// The body message of an envelope; null when empty.
const google::protobuf::Message* bodyOf(const yokoten::v1::Record& record);
google::protobuf::Message* mutableBodyOf(yokoten::v1::Record& record);
/// Makes `record` an envelope of `kind` whose body is parsed from `payload`; false when the
/// kind is unknown or the bytes do not parse.
bool setBodyFromPayload(yokoten::v1::Record& record, yokoten::v1::RecordKind kind, std::string_view payload);

} // namespace yk::proto
