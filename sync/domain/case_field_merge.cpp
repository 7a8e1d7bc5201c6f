#include "domain/case_field_merge.h"

#include <algorithm>
#include <set>

namespace yk::domain {

namespace {

std::string valueOf(const CaseFields& fields, const std::string& name)
{
    const auto it = fields.find(name);
    return it == fields.end() ? std::string() : it->second;
}

void store(CaseFields& fields, const std::string& name, std::string value)
{
    if (value.empty())
        fields.erase(name);
    else
        fields.insert_or_assign(name, std::move(value));
}

} // namespace

Result<CaseMergeResult, CaseMergeError> CaseFieldMerge::merge(
    const CaseRecord& base, const CaseRecord& ours, const CaseRecord& theirs)
{
    if (base.revision > theirs.revision)
        return CaseMergeError::BaseNewerThanTheirs;

    std::set<std::string> names;
    for (const CaseFields* fields : { &base.fields, &ours.fields, &theirs.fields }) {
        for (const auto& entry : *fields)
            names.insert(entry.first);
    }

    CaseMergeResult result;
    result.merged.revision = theirs.revision;
    for (const std::string& name : names) {
        std::string baseValue = valueOf(base.fields, name);
        std::string ourValue = valueOf(ours.fields, name);
        std::string theirValue = valueOf(theirs.fields, name);
        const bool oursChanged = ourValue != baseValue;
        const bool theirsChanged = theirValue != baseValue;

        if (oursChanged && theirsChanged && ourValue != theirValue) {
            result.conflicts.push_back({ name, std::move(baseValue), std::move(ourValue), theirValue });
            store(result.merged.fields, name, std::move(theirValue));
        } else if (oursChanged && !theirsChanged) {
            result.appliedFromOurs.push_back(name);
            store(result.merged.fields, name, std::move(ourValue));
        } else {
            // Unchanged by ours, or changed identically by both: theirs already holds it.
            store(result.merged.fields, name, std::move(theirValue));
        }
    }
    return result;
}

Status<ResolveError> CaseFieldMerge::resolve(
    CaseMergeResult& result, std::string_view field, ConflictChoice choice, std::string_view customValue)
{
    auto it = std::find_if(result.conflicts.begin(), result.conflicts.end(),
        [&](const FieldConflict& c) { return c.field == field; });
    if (it == result.conflicts.end())
        return ResolveError::NoSuchConflict;

    std::string value;
    switch (choice) {
    case ConflictChoice::Ours:
        value = it->ours;
        break;
    case ConflictChoice::Theirs:
        value = it->theirs;
        break;
    case ConflictChoice::Custom:
        value = std::string(customValue);
        break;
    }
    store(result.merged.fields, it->field, std::move(value));
    result.conflicts.erase(it);
    return {};
}

} // namespace yk::domain
