#pragma once

#include "record_repository.h"

#include "yokoten/v1/support_menu.pb.h"

#include <string>
#include <string_view>
#include <vector>

namespace yk::store {

/// How far an organisation's own records on this device go towards one requirement of a
/// support menu entry, strongest first: attending beats being registered, being chosen beats
/// having applied.
enum class RequirementMet {
    NotLinked, ///< nothing in the app satisfies it (a condition to read, not to act on)
    No,
    Registered, ///< signed up (confirmed, waitlisted or still waiting to be sent)
    Attended, ///< checked in at a session of a linked seminar
    Applied, ///< applied to a linked programme
    Chosen, ///< chosen (or supported to the end) by a linked programme
    Consulted, ///< has a consultation with the centre
};

struct RequirementProgress {
    std::string requirementId;
    RequirementMet met = RequirementMet::No;
    /// The record that meets it (a registration, participation or consultation id), if any.
    std::string recordId;
};

/// Each requirement of `entry` as `organisationId`'s records on this device meet it, in the
/// entry's order. What the device does not hold (another facility's sign-ups) never counts.
StoreResult<std::vector<RequirementProgress>> requirementProgress(
    RecordRepository& records, const yokoten::v1::SupportMenuEntry& entry, std::string_view organisationId);

/// True when the requirement is met (registered counts: the seat is the facility's).
bool isMet(RequirementMet met);
/// A stable name for scripts ("attended", "not_linked" …).
std::string_view requirementMetName(RequirementMet met);

/// Whether a facility of `serviceType` with `staffCount` staff may apply: UNSPECIFIED and 0
/// mean "any" (the filter's "all").
bool menuEntrySuits(
    const yokoten::v1::SupportMenuEntry& entry, yokoten::v1::ServiceType serviceType, int staffCount);

/// The row of caps and rates for a facility of `staffCount` staff: the first row with a
/// staff-count range that holds it. Null when no row names a range (the rows then apply to
/// every size alike) or `staffCount` is 0.
const yokoten::v1::SupportTier* tierFor(const yokoten::v1::SupportMenuEntry& entry, int staffCount);

} // namespace yk::store
