#pragma once

#include "core/principal.h"
#include "core/server_store.h"

#include "yokoten/v1/sync.pb.h"

#include <string_view>

namespace yk::server::rules {

/// Who may do what, in the terms the rules use. Every helper is false for kiosks and for
/// device sessions (attendees' phones): they act only as themselves (sign-ups, loans from a
/// kiosk), which the rules check separately.
namespace authorization {

/// A signed-in user with a staff role (not a kiosk, not an attendee).
bool isSignedInStaff(const Principal& caller);
/// A signed-in user of organisation `organisationId` with any staff role.
bool isMemberOf(const Principal& caller, std::string_view organisationId);
/// Facility staff or facility manager of organisation `organisationId`.
bool isFacilityWorkerOf(const Principal& caller, std::string_view organisationId);
/// The person accountable for an organisation: its facility manager, or an officer of a
/// municipality or prefecture that owns the record.
bool isManagerOf(const Principal& caller, std::string_view organisationId);
/// Staff of the one-stop centre of prefecture `prefectureCode`.
bool isCentreStaffOf(const Principal& caller, int prefectureCode);
/// Publishes for the whole of the caller's own prefecture (programmes, the support menu):
/// centre staff of that prefecture, or a prefecture officer of the prefecture's office.
bool publishesForOwnPrefecture(const Principal& caller);
/// An attendee's phone acting as itself (a device session of a DEVICE_KIND_PHONE device).
bool isPhoneDeviceSession(const Principal& caller);
/// The registration is the caller's own: same account, or the same phone in a device session.
bool ownsRegistration(const Principal& caller, const yokoten::v1::Registration& registration);
/// Kiosks may only sign visitors up, request loans for them and leave visitor entries
/// (visit, loan wish, questionnaire); everything else is refused before any rule runs.
bool kioskMay(yokoten::v1::Mutation::OpCase op);

/// True when the caller's audiences (audiencesOf) and the record's placement share one: the
/// same test a pull applies.
StoreResult<bool> isVisibleTo(
    RecordQueries& queries, const Principal& caller, const yokoten::v1::Record& record);

} // namespace authorization
} // namespace yk::server::rules
