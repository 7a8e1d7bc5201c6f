#pragma once

#include "principal.h"

#include <string>
#include <string_view>
#include <vector>

namespace yk::server {

/// Audience keys: the unit of partial replication (DESIGN.md, "Scopes").
///
/// Every stored record is filed under the audiences that may see it; a principal holds a set
/// of audiences; a pull returns the changes filed under any of them. When a record leaves an
/// audience (a case is archived, a loan changes hands) the audience keeps a tombstone of it,
/// so devices that saw it drop their copy.
namespace audience {

/// Everyone, kiosks included: published public cases, seminars, catalogue, templates.
std::string everyone();
/// Staff of every organisation in a prefecture (JIS code 1…47).
std::string prefecture(int prefectureCode);
/// Everyone who belongs to one organisation.
std::string organisation(std::string_view organisationId);
/// One signed-in user.
std::string user(std::string_view userId);
/// One device signed in without a user (an attendee's phone). Never used for kiosks: what a
/// visitor enters at a kiosk is write-only.
std::string device(std::string_view deviceId);
/// Officers of one municipality: what concerns the facilities under it.
std::string municipality(std::string_view municipalityId);
/// Everyone in one municipality: its officers and the staff of every organisation under it
/// (cases published with PUBLICATION_SCOPE_MUNICIPALITY).
std::string wholeMunicipality(std::string_view municipalityId);
/// Staff of the one-stop centre(s) of a prefecture: moderation, seminars, loans.
std::string centre(int prefectureCode);
/// Officers of a prefecture's government.
std::string prefectureOffice(int prefectureCode);

} // namespace audience

/// The audiences a principal reads from, sorted and unique.
std::vector<std::string> audiencesOf(const Principal& principal);

/// How much of a case a principal's pull carries (DESIGN.md: "a facility tablet keeps whole
/// cases; an attendee phone and a kiosk keep case summaries"). The rest comes from
/// GET /v1/cases/{id} when a case is opened.
enum class CaseDetail {
    Whole, ///< tablets, and every signed-in device other than a phone
    Summaries, ///< attendee phones
    /// Kiosks: the whole text of cases that name a catalogue model (the exhibition shows
    /// models), summaries of the rest.
    WholeWhenLinkedToModel,
};
CaseDetail caseDetailOf(const Principal& principal);
/// What a device pulled for `detail`, folded into the pull cursor's fingerprint with its
/// audiences: a device that pulled whole cases before summaries existed starts again once.
/// Empty for Whole, so a tablet's cursor is unchanged.
std::string_view caseDetailKey(CaseDetail detail);

} // namespace yk::server
