#pragma once

#include "yokoten/v1/demo.pb.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace yk::proto {

/// The demo data set compiled into the program, or parsed from a JSON text, and checked.
struct DemoDatasetResult {
    yokoten::v1::DemoDataset dataset;
    std::string error; // empty on success; English, for developers and logs
    bool ok() const { return error.empty(); }
};

/// Parses the JSON form of yokoten.v1.DemoDataset (unknown fields are an error) and checks
/// that ids are UUIDs, unique, and that every reference points at a record of the set.
DemoDatasetResult parseDemoDataset(std::string_view json);

/// The copy embedded at build time from sync/proto/demo/yokoten-demo.json.
DemoDatasetResult builtinDemoDataset();

/// Moves every seminar session (start, end, sign-up deadline) by whole weeks, so the
/// earliest starts two to three weeks after `nowSeconds` and the demo's seminars can be
/// signed up for whatever day it is. Weekdays and times of day stay as written.
void moveDemoScheduleAfter(yokoten::v1::DemoDataset& dataset, std::int64_t nowSeconds);

/// True for a lower-case RFC 4122 textual UUID (8-4-4-4-12 hex digits).
bool isUuid(std::string_view text);

} // namespace yk::proto
