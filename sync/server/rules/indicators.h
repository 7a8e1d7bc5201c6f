#pragma once

#include "core/server_store.h"

#include "yokoten/v1/indicator.pb.h"

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

namespace yk::server {

/// A figure from fewer facilities than this is withheld (no value, no n): a small group can
/// be told apart, and facilities fear being compared.
inline constexpr int kIndicatorMinFacilities = 5;

/// Every indicator sheet of one prefecture, computed from the records the store holds as of
/// `now`: the prefecture total first, then one per municipality of the prefecture in order of
/// id. Activity (sign-ups, visitors, loans, consultations) counts the current fiscal year
/// (April–March, Japan dates); states (programmes of the fiscal year, adoptions, the latest
/// self-assessment and measured figure of each facility) are as of `now`.
StoreResult<std::vector<yokoten::v1::IndicatorSheet>> computeIndicatorSheets(
    RecordQueries& queries, int prefectureCode, std::chrono::system_clock::time_point now);

/// Computes the prefecture's sheets and stores them (placement.cpp files them for their
/// readers), the total last so its version tells whether anything was written since. Returns
/// the stored records, total last.
StoreResult<std::vector<yokoten::v1::Record>> fileIndicatorSheets(
    WriteTransaction& tx, int prefectureCode, std::chrono::system_clock::time_point now);

/// Files the sheets of every prefecture that has a one-stop centre in the store, in one
/// transaction (`yokoten-server init --demo`, so a demo shows figures from the start).
StoreStatus fileAllIndicatorSheets(ServerStore& store, std::chrono::system_clock::time_point now);

} // namespace yk::server
