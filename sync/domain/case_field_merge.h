#pragma once

#include "result.h"

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace yk::domain {

/// Field name (e.g. "background", "title") → value. Missing and empty mean the same thing.
using CaseFields = std::map<std::string, std::string>;

/// One version of a case as the merge sees it: its fields and the server's revision.
struct CaseRecord {
    std::int64_t revision = 0;
    CaseFields fields;

    friend bool operator==(const CaseRecord&, const CaseRecord&) = default;
};

/// A field both sides changed to different values: both values wait for the author.
/// A missing key is reported as "" so a clear and an edit compare the same way everywhere.
struct FieldConflict {
    std::string field;
    std::string base;
    std::string ours;
    std::string theirs;

    friend bool operator==(const FieldConflict&, const FieldConflict&) = default;
};

/// What a merge produces: the record to store and what the author still has to settle.
struct CaseMergeResult {
    /// The record to store: theirs, plus ours' non-conflicting changes. Conflicting fields
    /// keep theirs (the server's) value until resolved. Never holds an empty value: a
    /// cleared field is an absent key, as in proto3.
    CaseRecord merged;
    std::vector<FieldConflict> conflicts; ///< ordered by field name
    /// Fields whose merged value came from ours alone (a change both made alike is not listed).
    std::vector<std::string> appliedFromOurs;
};

/// Why a merge cannot run at all.
enum class CaseMergeError {
    /// The edit claims a base newer than the server's current revision: it cannot be ours.
    BaseNewerThanTheirs,
};

/// How the author settles a conflict.
enum class ConflictChoice {
    Ours,
    Theirs,
    Custom, ///< a value the author wrote from both
};

/// Why a conflict could not be resolved.
enum class ResolveError {
    NoSuchConflict,
};

/// Three-way, field-by-field merge of a case edit against the server's current version.
class CaseFieldMerge {
public:
    /// `base`: the revision the edit started from; `ours`: the incoming edit; `theirs`: the
    /// server's current version. The merged revision is theirs; the server bumps it on store.
    static Result<CaseMergeResult, CaseMergeError> merge(
        const CaseRecord& base, const CaseRecord& ours, const CaseRecord& theirs);

    /// Settles one conflict: writes the chosen value into `result.merged` and removes the
    /// conflict. `customValue` is used only with ConflictChoice::Custom.
    static Status<ResolveError> resolve(CaseMergeResult& result, std::string_view field,
        ConflictChoice choice, std::string_view customValue = {});
};

} // namespace yk::domain
