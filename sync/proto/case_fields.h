#pragma once

#include "yokoten/v1/case.pb.h"

#include <map>
#include <span>
#include <string>
#include <string_view>

namespace yk::proto {

/// The merge units of a case edit, as named in sync.proto (EditCase): "title", "region",
/// "sections.background" … "publication_scope".
std::span<const std::string_view> editableCaseFields();
bool isEditableCaseField(std::string_view name);

/// One field of a case in its merge encoding (docs/protocol.md, "Case edits"): scalars as
/// text (0 and "" are absent, as in proto3), sub-messages and repeated fields as the
/// deterministic bytes of a case holding only that field. `name` must be editable.
std::string encodeCaseField(const yokoten::v1::GoodPracticeCase& c, std::string_view name);
/// Sets one field of `c` from its merge encoding; an empty value clears it.
void decodeCaseField(yokoten::v1::GoodPracticeCase& c, std::string_view name, const std::string& value);
/// Every editable field that has a value, by name.
std::map<std::string, std::string> encodeCaseFields(const yokoten::v1::GoodPracticeCase& c);

} // namespace yk::proto
