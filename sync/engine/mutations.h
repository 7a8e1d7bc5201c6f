#pragma once

#include "yokoten/v1/sync.pb.h"

#include <cstdint>
#include <string>
#include <vector>

namespace yk::sync {

// One builder per mutation: the app, yokoten-cli, the tests and the benchmarks make their
// mutations here, so what a mutation carries is decided in one place. Ids are new UUIDs
// unless given; the engine adds seq and client time when it queues the mutation.

/// Who signs up for a session; empty fields stay unset (a kiosk visitor has no user id).
struct SignUpDetails {
    std::string sessionId;
    std::string userId;
    std::string organisationId;
    std::string attendeeName;
    std::string attendeeOrganisation;
    std::string attendeeEmail;
    std::string registrationId; ///< empty: a new one
};

/// A sign-up: the server decides seat or waitlist; the registration id is the idempotency key.
yokoten::v1::Mutation makeSignUp(const SignUpDetails& details);
yokoten::v1::Mutation makeCancelRegistration(const std::string& registrationId);

/// A new case as a draft; a new id and created/updated times of now where they are unset.
yokoten::v1::Mutation makeCreateCase(yokoten::v1::GoodPracticeCase draft);
/// A field-level edit: `fields` of `values` replace the case's, against the revision the author
/// started from. A case made on this device is revision 1 once the server stores it (its create
/// goes first), so a revision below 1 is sent as 1.
yokoten::v1::Mutation makeCaseEdit(const std::string& caseId, std::int64_t baseRevision,
    const std::vector<std::string>& fields, const yokoten::v1::GoodPracticeCase& values);
yokoten::v1::Mutation makeSubmitCase(const std::string& caseId);

/// A trial-loan request; a new id where unset.
yokoten::v1::Mutation makeLoanRequest(yokoten::v1::LoanRequest loan);

} // namespace yk::sync
