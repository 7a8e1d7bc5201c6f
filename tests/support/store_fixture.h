#pragma once

#include "storage/database.h"
#include "yokoten/v1/case.pb.h"

#include <filesystem>
#include <map>
#include <string>
#include <string_view>

namespace yk::test {

/// Every file in a folder with its full content, to prove an operation changed no byte.
std::map<std::string, std::string> snapshotFolder(const std::filesystem::path& dir);

/// True when the file's raw bytes contain `needle` (for "no plaintext on disk" checks).
bool fileContains(const std::filesystem::path& file, std::string_view needle);

/// A complete case with recognisable text, for store tests.
yokoten::v1::GoodPracticeCase sampleCase(
    const std::string& id, const std::string& title, const std::string& background);

/// The plan SQLite picks for `sql`, one line per step ("SEARCH TABLE … USING INDEX …"), to
/// prove a query is answered through an index rather than a scan.
std::string queryPlanOf(yk::storage::Database& db, const std::string& sql);

/// A lower-case UUID made from a number, stable across runs (00000000-0000-4000-8000-<n>).
std::string uuidFor(int n);

} // namespace yk::test
