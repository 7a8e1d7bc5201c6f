#include "mutations.h"

#include "storage/cipher.h"

#include <google/protobuf/util/time_util.h>

#include <algorithm>

namespace yk::sync {

using namespace yokoten::v1;
using google::protobuf::util::TimeUtil;

Mutation makeSignUp(const SignUpDetails& details)
{
    Mutation m;
    auto* r = m.mutable_sign_up()->mutable_registration();
    r->set_id(details.registrationId.empty() ? storage::newUuid() : details.registrationId);
    r->set_session_id(details.sessionId);
    r->set_user_id(details.userId);
    r->set_organisation_id(details.organisationId);
    r->set_attendee_name(details.attendeeName);
    r->set_attendee_organisation(details.attendeeOrganisation);
    r->set_attendee_email(details.attendeeEmail);
    *r->mutable_requested_at() = TimeUtil::GetCurrentTime();
    return m;
}

Mutation makeCancelRegistration(const std::string& registrationId)
{
    Mutation m;
    m.mutable_cancel_registration()->set_registration_id(registrationId);
    return m;
}

Mutation makeCreateCase(GoodPracticeCase draft)
{
    if (draft.id().empty())
        draft.set_id(storage::newUuid());
    if (!draft.has_created_at())
        *draft.mutable_created_at() = TimeUtil::GetCurrentTime();
    if (!draft.has_updated_at())
        *draft.mutable_updated_at() = draft.created_at();
    Mutation m;
    *m.mutable_create_case()->mutable_good_practice_case() = std::move(draft);
    return m;
}

Mutation makeCaseEdit(const std::string& caseId, std::int64_t baseRevision,
    const std::vector<std::string>& fields, const GoodPracticeCase& values)
{
    Mutation m;
    auto* edit = m.mutable_edit_case();
    edit->set_case_id(caseId);
    edit->set_base_revision(std::max<std::int64_t>(baseRevision, 1));
    for (const auto& field : fields)
        edit->add_fields(field);
    *edit->mutable_values() = values;
    return m;
}

Mutation makeSubmitCase(const std::string& caseId)
{
    Mutation m;
    m.mutable_submit_case()->set_case_id(caseId);
    return m;
}

Mutation makeLoanRequest(LoanRequest loan)
{
    if (loan.id().empty())
        loan.set_id(storage::newUuid());
    Mutation m;
    *m.mutable_request_loan()->mutable_loan() = std::move(loan);
    return m;
}

} // namespace yk::sync
