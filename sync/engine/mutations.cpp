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

Mutation makeVisitorEntry(VisitorEntry entry)
{
    if (entry.id().empty())
        entry.set_id(storage::newUuid());
    if (!entry.has_entered_at())
        *entry.mutable_entered_at() = TimeUtil::GetCurrentTime();
    Mutation m;
    *m.mutable_submit_visitor_entry()->mutable_entry() = std::move(entry);
    return m;
}

Mutation makeOpenConsultation(Consultation draft)
{
    if (draft.id().empty())
        draft.set_id(storage::newUuid());
    Mutation m;
    *m.mutable_open_consultation()->mutable_consultation() = std::move(draft);
    return m;
}

Mutation makeReplyConsultation(
    const std::string& consultationId, const std::string& text, const std::string& messageId)
{
    Mutation m;
    auto* op = m.mutable_reply_consultation();
    op->set_consultation_id(consultationId);
    op->mutable_message()->set_id(messageId.empty() ? storage::newUuid() : messageId);
    op->mutable_message()->set_text(text);
    return m;
}

Mutation makeReferConsultation(
    const std::string& consultationId, const std::string& partner, const std::string& note)
{
    Mutation m;
    auto* op = m.mutable_refer_consultation();
    op->set_consultation_id(consultationId);
    op->set_partner(partner);
    op->set_note(note);
    return m;
}

Mutation makeSetConsultationFollowUp(const std::string& consultationId, const std::string& date)
{
    Mutation m;
    m.mutable_set_consultation_follow_up()->set_consultation_id(consultationId);
    m.mutable_set_consultation_follow_up()->set_follow_up_date(date);
    return m;
}

Mutation makeLinkConsultation(const std::string& consultationId, const ConsultationLinks& links)
{
    Mutation m;
    auto* op = m.mutable_link_consultation();
    op->set_consultation_id(consultationId);
    op->mutable_case_ids()->Add(links.caseIds.begin(), links.caseIds.end());
    op->mutable_model_ids()->Add(links.modelIds.begin(), links.modelIds.end());
    op->mutable_session_ids()->Add(links.sessionIds.begin(), links.sessionIds.end());
    op->mutable_loan_ids()->Add(links.loanIds.begin(), links.loanIds.end());
    return m;
}

Mutation makeCloseConsultation(const std::string& consultationId, const std::string& note)
{
    Mutation m;
    m.mutable_close_consultation()->set_consultation_id(consultationId);
    m.mutable_close_consultation()->set_note(note);
    return m;
}

Mutation makeLoanFromVisitorEntry(
    const VisitorEntry& entry, const std::string& organisationId, const std::string& purpose)
{
    Mutation m;
    auto* op = m.mutable_handle_visitor_entry();
    op->set_entry_id(entry.id());
    op->set_outcome(VISITOR_ENTRY_OUTCOME_LOAN_REQUEST);
    op->set_organisation_id(organisationId);
    auto* loan = op->mutable_loan();
    loan->set_id(storage::newUuid());
    loan->set_model_id(entry.model_id());
    loan->set_requester_org_id(organisationId);
    loan->set_from_date(entry.from_date());
    loan->set_to_date(entry.to_date());
    loan->set_purpose(purpose);
    *loan->mutable_requested_at() = TimeUtil::GetCurrentTime();
    return m;
}

Mutation makeConsultationFromVisitorEntry(const VisitorEntry& entry, const std::string& organisationId,
    ConsultationTopic topic, const std::string& question)
{
    Mutation m;
    auto* op = m.mutable_handle_visitor_entry();
    op->set_entry_id(entry.id());
    op->set_outcome(VISITOR_ENTRY_OUTCOME_CONSULTATION);
    op->set_organisation_id(organisationId);
    auto* c = op->mutable_consultation();
    c->set_id(storage::newUuid());
    c->set_organisation_id(organisationId);
    c->set_channel(CONSULTATION_CHANNEL_EXHIBITION);
    c->set_topic(topic);
    std::string text = question;
    if (text.empty()) {
        for (const auto& answer : entry.answers())
            if (!answer.text().empty())
                text += (text.empty() ? "" : "\n") + answer.text();
    }
    c->set_question(text);
    std::string contact = entry.visitor_name();
    for (const auto* part : { &entry.visitor_email(), &entry.visitor_phone() })
        if (!part->empty())
            contact += (contact.empty() ? "" : " / ") + *part;
    c->set_contact_preference(contact);
    if (!entry.model_id().empty())
        c->add_model_ids(entry.model_id());
    c->set_source_entry_id(entry.id());
    return m;
}

Mutation makeNoteVisitorEntry(const std::string& entryId, const std::string& organisationId)
{
    Mutation m;
    auto* op = m.mutable_handle_visitor_entry();
    op->set_entry_id(entryId);
    op->set_outcome(VISITOR_ENTRY_OUTCOME_NOTED);
    op->set_organisation_id(organisationId);
    return m;
}

Mutation makePublishProgramme(SupportProgramme programme)
{
    if (programme.id().empty())
        programme.set_id(storage::newUuid());
    Mutation m;
    *m.mutable_publish_programme()->mutable_programme() = std::move(programme);
    return m;
}

Mutation makeApplyToProgramme(const std::string& programmeId, const std::string& organisationId,
    const ProgrammeApplication& application, const std::string& participationId)
{
    Mutation m;
    auto* p = m.mutable_apply_to_programme()->mutable_participation();
    p->set_id(participationId.empty() ? storage::newUuid() : participationId);
    p->set_programme_id(programmeId);
    p->set_organisation_id(organisationId);
    *p->mutable_application() = application;
    return m;
}

Mutation makeDecideApplication(const std::string& participationId, bool chosen)
{
    Mutation m;
    m.mutable_decide_application()->set_participation_id(participationId);
    m.mutable_decide_application()->set_chosen(chosen);
    return m;
}

Mutation makeSetPlanStep(const std::string& participationId, ImprovementStep step, const std::string& note,
    const std::string& planGoal)
{
    Mutation m;
    auto* op = m.mutable_set_plan_step();
    op->set_participation_id(participationId);
    op->set_step(step);
    op->set_note(note);
    op->set_plan_goal(planGoal);
    return m;
}

Mutation makeLogVisit(const std::string& participationId, VisitLog visit)
{
    if (visit.id().empty())
        visit.set_id(storage::newUuid());
    Mutation m;
    m.mutable_log_visit()->set_participation_id(participationId);
    *m.mutable_log_visit()->mutable_visit() = std::move(visit);
    return m;
}

Mutation makeRecordMeasurement(const std::string& participationId, Measurement measurement)
{
    if (measurement.id().empty())
        measurement.set_id(storage::newUuid());
    Mutation m;
    m.mutable_record_measurement()->set_participation_id(participationId);
    *m.mutable_record_measurement()->mutable_measurement() = std::move(measurement);
    return m;
}

Mutation makeCloseParticipation(const std::string& participationId, const std::string& note)
{
    Mutation m;
    auto* op = m.mutable_close_participation();
    op->set_participation_id(participationId);
    op->set_case_id(storage::newUuid());
    op->set_note(note);
    return m;
}

Mutation makeRecordAdoption(Adoption adoption)
{
    if (adoption.id().empty())
        adoption.set_id(storage::newUuid());
    Mutation m;
    *m.mutable_record_adoption()->mutable_adoption() = std::move(adoption);
    return m;
}

Mutation makeAnswerAdoptionCheckIn(const std::string& adoptionId, AdoptionCheckIn checkIn)
{
    Mutation m;
    m.mutable_answer_adoption_check_in()->set_adoption_id(adoptionId);
    *m.mutable_answer_adoption_check_in()->mutable_check_in() = std::move(checkIn);
    return m;
}

Mutation makeFollowUpConsultation(const Adoption& adoption, const std::string& question)
{
    Consultation c;
    c.set_organisation_id(adoption.organisation_id());
    c.set_channel(CONSULTATION_CHANNEL_FOLLOW_UP);
    c.set_topic(CONSULTATION_TOPIC_TECHNOLOGY);
    c.set_question(question);
    c.set_adoption_id(adoption.id());
    if (!adoption.model_id().empty())
        c.add_model_ids(adoption.model_id());
    return makeOpenConsultation(std::move(c));
}

Mutation makePublishNotice(Notice notice)
{
    if (notice.id().empty())
        notice.set_id(storage::newUuid());
    Mutation m;
    *m.mutable_publish_notice()->mutable_notice() = std::move(notice);
    return m;
}

Mutation makeMarkNoticeRead(const std::string& noticeId)
{
    Mutation m;
    m.mutable_mark_notice_read()->set_notice_id(noticeId);
    return m;
}

Mutation makeWithdrawNotice(const std::string& noticeId)
{
    Mutation m;
    m.mutable_withdraw_notice()->set_notice_id(noticeId);
    return m;
}

Mutation makeSaveMenuEntry(SupportMenuEntry entry)
{
    if (entry.id().empty())
        entry.set_id(storage::newUuid());
    for (auto& requirement : *entry.mutable_requirements())
        if (requirement.id().empty())
            requirement.set_id(storage::newUuid());
    Mutation m;
    *m.mutable_save_menu_entry()->mutable_entry() = std::move(entry);
    return m;
}

Mutation makeWithdrawMenuEntry(const std::string& entryId)
{
    Mutation m;
    m.mutable_withdraw_menu_entry()->set_entry_id(entryId);
    return m;
}

Mutation makeRefreshIndicators(int prefectureCode)
{
    Mutation m;
    m.mutable_refresh_indicators()->set_prefecture_code(prefectureCode);
    return m;
}

} // namespace yk::sync
