#include "local_effects.h"

#include "case_fields.h"
#include "domain/follow_up_schedule.h"
#include "indicator_ids.h"

namespace yk::sync {

using namespace yokoten::v1;

namespace {

template <typename Message, typename Change>
storage::StoreStatus changeExisting(
    LocalWriter& writer, RecordKind kind, const std::string& id, Message* (Record::*mut)(), Change change)
{
    auto found = writer.find(kind, id);
    if (!found)
        return found.error();
    if (!*found)
        return {}; // not on this device: the server decides alone
    Record record = std::move(**found);
    change(*(record.*mut)());
    return writer.put(record);
}

storage::StoreStatus changeCase(LocalWriter& w, const std::string& id, CaseState state)
{
    return changeExisting(w, RECORD_KIND_CASE, id, &Record::mutable_good_practice_case,
        [state](GoodPracticeCase& c) { c.set_state(state); });
}

storage::StoreStatus changeLoan(LocalWriter& w, const std::string& id, LoanState state)
{
    return changeExisting(w, RECORD_KIND_LOAN_REQUEST, id, &Record::mutable_loan_request,
        [state](LoanRequest& l) { l.set_state(state); });
}

template <typename Change>
storage::StoreStatus changeConsultation(LocalWriter& w, const std::string& id, Change change)
{
    return changeExisting(w, RECORD_KIND_CONSULTATION, id, &Record::mutable_consultation, change);
}

// What a device shows of a new consultation until the server files it.
Consultation pendingConsultation(Consultation c, const google::protobuf::Timestamp& clientTime)
{
    c.set_server_version(0);
    c.set_state(CONSULTATION_STATE_RECEIVED);
    if (!c.has_opened_at())
        *c.mutable_opened_at() = clientTime;
    c.clear_messages();
    c.clear_referrals();
    c.clear_events();
    return c;
}

template <typename Change>
storage::StoreStatus changeParticipation(LocalWriter& w, const std::string& id, Change change)
{
    return changeExisting(w, RECORD_KIND_PARTICIPATION, id, &Record::mutable_participation, change);
}

// Adds `item` to `list` unless an element with its id is there (a mutation replayed after a
// crash must not show twice).
template <typename List, typename Item> void addOnce(List& list, const Item& item)
{
    for (const auto& existing : list)
        if (existing.id() == item.id())
            return;
    *list.Add() = item;
}

// What a device shows of a new adoption until the server files it: the same schedule the
// server will write, so the first check-in shows at once.
Adoption pendingAdoption(Adoption a)
{
    a.set_server_version(0);
    a.clear_check_ins();
    a.set_no_longer_used(false);
    if (const auto adopted = domain::Date::parse(a.adopted_on())) {
        for (const auto& slot : domain::checkInSchedule(*adopted)) {
            auto* checkIn = a.add_check_ins();
            checkIn->set_months_after(slot.monthsAfter);
            checkIn->set_due_date(slot.due.toString());
        }
    }
    return a;
}

} // namespace

MutationTarget targetOf(const Mutation& m)
{
    const auto* oneof = Mutation::descriptor()->FindOneofByName("op");
    const auto* field = m.GetReflection()->GetOneofFieldDescriptor(m, oneof);
    MutationTarget t;
    if (field != nullptr)
        t.name = field->name();
    switch (m.op_case()) {
    case Mutation::kCreateCase:
        t.kind = RECORD_KIND_CASE, t.id = m.create_case().good_practice_case().id();
        break;
    case Mutation::kEditCase:
        t.kind = RECORD_KIND_CASE, t.id = m.edit_case().case_id();
        break;
    case Mutation::kSubmitCase:
        t.kind = RECORD_KIND_CASE, t.id = m.submit_case().case_id();
        break;
    case Mutation::kPublishCase:
        t.kind = RECORD_KIND_CASE, t.id = m.publish_case().case_id();
        break;
    case Mutation::kArchiveCase:
        t.kind = RECORD_KIND_CASE, t.id = m.archive_case().case_id();
        break;
    case Mutation::kCreateSeminar:
        t.kind = RECORD_KIND_SEMINAR, t.id = m.create_seminar().seminar().id();
        break;
    case Mutation::kCreateSession:
        t.kind = RECORD_KIND_SEMINAR_SESSION, t.id = m.create_session().session().id();
        break;
    case Mutation::kSignUp:
        t.kind = RECORD_KIND_REGISTRATION, t.id = m.sign_up().registration().id();
        break;
    case Mutation::kCancelRegistration:
        t.kind = RECORD_KIND_REGISTRATION, t.id = m.cancel_registration().registration_id();
        break;
    case Mutation::kRecordCheckIn:
        t.kind = RECORD_KIND_CHECK_IN, t.id = m.record_check_in().check_in().id();
        break;
    case Mutation::kRequestLoan:
        t.kind = RECORD_KIND_LOAN_REQUEST, t.id = m.request_loan().loan().id();
        break;
    case Mutation::kApproveLoan:
        t.kind = RECORD_KIND_LOAN_REQUEST, t.id = m.approve_loan().loan_id();
        break;
    case Mutation::kDeclineLoan:
        t.kind = RECORD_KIND_LOAN_REQUEST, t.id = m.decline_loan().loan_id();
        break;
    case Mutation::kMarkLoanLent:
        t.kind = RECORD_KIND_LOAN_REQUEST, t.id = m.mark_loan_lent().loan_id();
        break;
    case Mutation::kMarkLoanReturned:
        t.kind = RECORD_KIND_LOAN_REQUEST, t.id = m.mark_loan_returned().loan_id();
        break;
    case Mutation::kCancelLoan:
        t.kind = RECORD_KIND_LOAN_REQUEST, t.id = m.cancel_loan().loan_id();
        break;
    case Mutation::kFileLoanReport:
        t.kind = RECORD_KIND_LOAN_REQUEST, t.id = m.file_loan_report().loan_id();
        break;
    case Mutation::kPublishTemplate:
        t.kind = RECORD_KIND_ASSESSMENT_TEMPLATE, t.id = m.publish_template().template_().id();
        break;
    case Mutation::kSubmitAssessment:
        t.kind = RECORD_KIND_ASSESSMENT_RESPONSE, t.id = m.submit_assessment().response().id();
        break;
    case Mutation::kSubmitVisitorEntry:
        t.kind = RECORD_KIND_VISITOR_ENTRY, t.id = m.submit_visitor_entry().entry().id();
        break;
    case Mutation::kHandleVisitorEntry:
        t.kind = RECORD_KIND_VISITOR_ENTRY, t.id = m.handle_visitor_entry().entry_id();
        break;
    case Mutation::kOpenConsultation:
        t.kind = RECORD_KIND_CONSULTATION, t.id = m.open_consultation().consultation().id();
        break;
    case Mutation::kReplyConsultation:
        t.kind = RECORD_KIND_CONSULTATION, t.id = m.reply_consultation().consultation_id();
        break;
    case Mutation::kReferConsultation:
        t.kind = RECORD_KIND_CONSULTATION, t.id = m.refer_consultation().consultation_id();
        break;
    case Mutation::kSetConsultationFollowUp:
        t.kind = RECORD_KIND_CONSULTATION, t.id = m.set_consultation_follow_up().consultation_id();
        break;
    case Mutation::kLinkConsultation:
        t.kind = RECORD_KIND_CONSULTATION, t.id = m.link_consultation().consultation_id();
        break;
    case Mutation::kCloseConsultation:
        t.kind = RECORD_KIND_CONSULTATION, t.id = m.close_consultation().consultation_id();
        break;
    case Mutation::kPublishProgramme:
        t.kind = RECORD_KIND_PROGRAMME, t.id = m.publish_programme().programme().id();
        break;
    case Mutation::kApplyToProgramme:
        t.kind = RECORD_KIND_PARTICIPATION, t.id = m.apply_to_programme().participation().id();
        break;
    case Mutation::kDecideApplication:
        t.kind = RECORD_KIND_PARTICIPATION, t.id = m.decide_application().participation_id();
        break;
    case Mutation::kSetPlanStep:
        t.kind = RECORD_KIND_PARTICIPATION, t.id = m.set_plan_step().participation_id();
        break;
    case Mutation::kLogVisit:
        t.kind = RECORD_KIND_PARTICIPATION, t.id = m.log_visit().participation_id();
        break;
    case Mutation::kRecordMeasurement:
        t.kind = RECORD_KIND_PARTICIPATION, t.id = m.record_measurement().participation_id();
        break;
    case Mutation::kCloseParticipation:
        t.kind = RECORD_KIND_PARTICIPATION, t.id = m.close_participation().participation_id();
        break;
    case Mutation::kRecordAdoption:
        t.kind = RECORD_KIND_ADOPTION, t.id = m.record_adoption().adoption().id();
        break;
    case Mutation::kAnswerAdoptionCheckIn:
        t.kind = RECORD_KIND_ADOPTION, t.id = m.answer_adoption_check_in().adoption_id();
        break;
    case Mutation::kPublishNotice:
        t.kind = RECORD_KIND_NOTICE, t.id = m.publish_notice().notice().id();
        break;
    case Mutation::kMarkNoticeRead:
        t.kind = RECORD_KIND_NOTICE, t.id = m.mark_notice_read().notice_id();
        break;
    case Mutation::kWithdrawNotice:
        t.kind = RECORD_KIND_NOTICE, t.id = m.withdraw_notice().notice_id();
        break;
    case Mutation::kSaveMenuEntry:
        t.kind = RECORD_KIND_SUPPORT_MENU_ENTRY, t.id = m.save_menu_entry().entry().id();
        break;
    case Mutation::kWithdrawMenuEntry:
        t.kind = RECORD_KIND_SUPPORT_MENU_ENTRY, t.id = m.withdraw_menu_entry().entry_id();
        break;
    case Mutation::kRefreshIndicators:
        t.kind = RECORD_KIND_INDICATOR_SHEET;
        t.id = proto::indicatorSheetId(m.refresh_indicators().prefecture_code());
        break;
    case Mutation::OP_NOT_SET:
        break;
    }
    return t;
}

storage::StoreStatus applyLocalEffect(LocalWriter& w, const Mutation& m)
{
    Record record;
    switch (m.op_case()) {
    case Mutation::kCreateCase: {
        auto* c = record.mutable_good_practice_case();
        *c = m.create_case().good_practice_case();
        c->set_state(CASE_STATE_DRAFT);
        c->set_revision(0); // the server gives revision 1
        c->clear_open_conflicts();
        return w.put(record);
    }
    case Mutation::kEditCase: {
        const auto& op = m.edit_case();
        return changeExisting(w, RECORD_KIND_CASE, op.case_id(), &Record::mutable_good_practice_case,
            [&op](GoodPracticeCase& c) {
                for (const auto& field : op.fields())
                    if (proto::isEditableCaseField(field))
                        proto::decodeCaseField(c, field, proto::encodeCaseField(op.values(), field));
            });
    }
    case Mutation::kSubmitCase:
        // As the server decides: only a public case waits for the centre's review.
        return changeExisting(w, RECORD_KIND_CASE, m.submit_case().case_id(),
            &Record::mutable_good_practice_case, [](GoodPracticeCase& c) {
                if (c.state() != CASE_STATE_DRAFT)
                    return;
                c.set_state(c.publication_scope() == PUBLICATION_SCOPE_PUBLIC ? CASE_STATE_SUBMITTED
                                                                              : CASE_STATE_PUBLISHED);
            });
    case Mutation::kPublishCase:
        return changeCase(w, m.publish_case().case_id(), CASE_STATE_PUBLISHED);
    case Mutation::kArchiveCase:
        return changeCase(w, m.archive_case().case_id(), CASE_STATE_ARCHIVED);
    case Mutation::kCreateSeminar:
        *record.mutable_seminar() = m.create_seminar().seminar();
        return w.put(record);
    case Mutation::kCreateSession:
        *record.mutable_seminar_session() = m.create_session().session();
        return w.put(record);
    case Mutation::kSignUp: {
        auto* r = record.mutable_registration();
        *r = m.sign_up().registration();
        r->set_status(REGISTRATION_STATUS_PENDING);
        r->clear_ticket();
        r->set_waitlist_position(0);
        return w.put(record);
    }
    case Mutation::kCancelRegistration:
        return changeExisting(w, RECORD_KIND_REGISTRATION, m.cancel_registration().registration_id(),
            &Record::mutable_registration,
            [](Registration& r) { r.set_status(REGISTRATION_STATUS_CANCELLED); });
    case Mutation::kRecordCheckIn:
        *record.mutable_check_in() = m.record_check_in().check_in();
        return w.put(record);
    case Mutation::kRequestLoan: {
        auto* l = record.mutable_loan_request();
        *l = m.request_loan().loan();
        l->set_state(LOAN_STATE_REQUESTED);
        l->clear_unit_id();
        return w.put(record);
    }
    case Mutation::kApproveLoan:
        return changeLoan(w, m.approve_loan().loan_id(), LOAN_STATE_APPROVED);
    case Mutation::kDeclineLoan:
        return changeLoan(w, m.decline_loan().loan_id(), LOAN_STATE_DECLINED);
    case Mutation::kMarkLoanLent:
        return changeLoan(w, m.mark_loan_lent().loan_id(), LOAN_STATE_LENT);
    case Mutation::kMarkLoanReturned:
        return changeLoan(w, m.mark_loan_returned().loan_id(), LOAN_STATE_RETURNED);
    case Mutation::kCancelLoan:
        return changeLoan(w, m.cancel_loan().loan_id(), LOAN_STATE_CANCELLED);
    case Mutation::kFileLoanReport: {
        const auto& op = m.file_loan_report();
        return changeExisting(w, RECORD_KIND_LOAN_REQUEST, op.loan_id(), &Record::mutable_loan_request,
            [&op](LoanRequest& l) { *l.mutable_report() = op.report(); });
    }
    case Mutation::kPublishTemplate:
        *record.mutable_assessment_template() = m.publish_template().template_();
        return w.put(record);
    case Mutation::kSubmitAssessment: {
        auto* r = record.mutable_assessment_response();
        *r = m.submit_assessment().response();
        r->set_state(RESPONSE_STATE_SUBMITTED);
        return w.put(record);
    }
    case Mutation::kSubmitVisitorEntry:
        // Pending (server_version 0) until the server answers; on a kiosk the engine then
        // deletes it (kiosks are write-only for visitor data).
        *record.mutable_visitor_entry() = m.submit_visitor_entry().entry();
        record.mutable_visitor_entry()->set_server_version(0);
        return w.put(record);
    case Mutation::kHandleVisitorEntry: {
        // The entry shows as handled and what was made of it waits as a request or a new
        // consultation; the server books the loan and files the consultation.
        const auto& op = m.handle_visitor_entry();
        if (op.outcome() == VISITOR_ENTRY_OUTCOME_LOAN_REQUEST && op.has_loan()) {
            Record loan;
            *loan.mutable_loan_request() = op.loan();
            loan.mutable_loan_request()->set_state(LOAN_STATE_REQUESTED);
            loan.mutable_loan_request()->clear_unit_id();
            if (auto status = w.put(loan); !status)
                return status;
        } else if (op.outcome() == VISITOR_ENTRY_OUTCOME_CONSULTATION && op.has_consultation()) {
            Record consultation;
            *consultation.mutable_consultation() = pendingConsultation(op.consultation(), m.client_time());
            if (auto status = w.put(consultation); !status)
                return status;
        }
        const std::string made = op.outcome() == VISITOR_ENTRY_OUTCOME_LOAN_REQUEST ? op.loan().id()
            : op.outcome() == VISITOR_ENTRY_OUTCOME_CONSULTATION                    ? op.consultation().id()
                                                                                    : std::string();
        return changeExisting(w, RECORD_KIND_VISITOR_ENTRY, op.entry_id(), &Record::mutable_visitor_entry,
            [&](VisitorEntry& e) {
                e.set_outcome(op.outcome());
                e.set_matched_org_id(op.organisation_id());
                e.set_outcome_record_id(made);
            });
    }
    case Mutation::kOpenConsultation:
        *record.mutable_consultation()
            = pendingConsultation(m.open_consultation().consultation(), m.client_time());
        return w.put(record);
    case Mutation::kReplyConsultation: {
        // A message without written_at waits to be sent (the server sets the time).
        const auto& op = m.reply_consultation();
        return changeConsultation(w, op.consultation_id(), [&op](Consultation& c) {
            for (const auto& message : c.messages())
                if (message.id() == op.message().id())
                    return;
            auto* message = c.add_messages();
            *message = op.message();
            message->clear_written_at();
        });
    }
    case Mutation::kReferConsultation: {
        const auto& op = m.refer_consultation();
        return changeConsultation(w, op.consultation_id(), [&op](Consultation& c) {
            c.set_state(CONSULTATION_STATE_REFERRED);
            auto* referral = c.add_referrals();
            referral->set_partner(op.partner());
            referral->set_note(op.note());
        });
    }
    case Mutation::kSetConsultationFollowUp: {
        const auto& op = m.set_consultation_follow_up();
        return changeConsultation(
            w, op.consultation_id(), [&op](Consultation& c) { c.set_follow_up_date(op.follow_up_date()); });
    }
    case Mutation::kLinkConsultation: {
        const auto& op = m.link_consultation();
        return changeConsultation(w, op.consultation_id(), [&op](Consultation& c) {
            *c.mutable_case_ids() = op.case_ids();
            *c.mutable_model_ids() = op.model_ids();
            *c.mutable_session_ids() = op.session_ids();
            *c.mutable_loan_ids() = op.loan_ids();
        });
    }
    case Mutation::kCloseConsultation:
        return changeConsultation(w, m.close_consultation().consultation_id(),
            [](Consultation& c) { c.set_state(CONSULTATION_STATE_CLOSED); });
    case Mutation::kPublishProgramme: {
        auto* p = record.mutable_programme();
        *p = m.publish_programme().programme();
        p->set_server_version(0);
        return w.put(record);
    }
    case Mutation::kApplyToProgramme: {
        // Waits as an application; whether it is chosen is the centre's decision.
        auto* p = record.mutable_participation();
        *p = m.apply_to_programme().participation();
        p->set_server_version(0);
        p->set_state(PARTICIPATION_STATE_APPLIED);
        p->clear_visits();
        p->clear_measurements();
        p->clear_step_history();
        return w.put(record);
    }
    case Mutation::kDecideApplication:
        // Shown at once on the deciding tablet; the server may still refuse a choice beyond
        // the places, and the pull then puts the application back.
        return changeParticipation(
            w, m.decide_application().participation_id(), [&m](ProgrammeParticipation& p) {
                p.set_state(m.decide_application().chosen() ? PARTICIPATION_STATE_CHOSEN
                                                            : PARTICIPATION_STATE_NOT_CHOSEN);
            });
    case Mutation::kSetPlanStep: {
        const auto& op = m.set_plan_step();
        return changeParticipation(w, op.participation_id(), [&op](ProgrammeParticipation& p) {
            p.set_current_step(op.step());
            if (!op.plan_goal().empty())
                p.set_plan_goal(op.plan_goal());
        });
    }
    case Mutation::kLogVisit: {
        // A log without written_at waits to be sent (the server sets the time and the author).
        const auto& op = m.log_visit();
        return changeParticipation(w, op.participation_id(), [&op](ProgrammeParticipation& p) {
            VisitLog visit = op.visit();
            visit.clear_written_at();
            addOnce(*p.mutable_visits(), visit);
        });
    }
    case Mutation::kRecordMeasurement: {
        const auto& op = m.record_measurement();
        return changeParticipation(w, op.participation_id(),
            [&op](ProgrammeParticipation& p) { addOnce(*p.mutable_measurements(), op.measurement()); });
    }
    case Mutation::kCloseParticipation: {
        // The case draft arrives with the next pull; the server writes it.
        const auto& op = m.close_participation();
        return changeParticipation(w, op.participation_id(), [&op](ProgrammeParticipation& p) {
            p.set_state(PARTICIPATION_STATE_CLOSED);
            p.set_closing_note(op.note());
        });
    }
    case Mutation::kRecordAdoption:
        *record.mutable_adoption() = pendingAdoption(m.record_adoption().adoption());
        return w.put(record);
    case Mutation::kAnswerAdoptionCheckIn: {
        // An answer without answered_at waits to be sent.
        const auto& op = m.answer_adoption_check_in();
        return changeExisting(
            w, RECORD_KIND_ADOPTION, op.adoption_id(), &Record::mutable_adoption, [&op](Adoption& a) {
                for (auto& checkIn : *a.mutable_check_ins()) {
                    if (checkIn.months_after() != op.check_in().months_after())
                        continue;
                    const std::string due = checkIn.due_date();
                    checkIn = op.check_in();
                    checkIn.set_due_date(due);
                    checkIn.clear_answered_at();
                }
            });
    }
    case Mutation::kPublishNotice: {
        // The sender's device shows it in the sent list at once; the server sets the sender,
        // the time and the audience's count.
        auto* n = record.mutable_notice();
        *n = m.publish_notice().notice();
        n->set_server_version(0);
        n->set_withdrawn(false);
        n->clear_published_at();
        n->set_audience_org_count(0);
        n->set_read_org_count(0);
        return w.put(record);
    }
    case Mutation::kMarkNoticeRead:
        // Reading is kept per user in the device store (client); the count is the server's.
        return {};
    case Mutation::kWithdrawNotice:
        return changeExisting(w, RECORD_KIND_NOTICE, m.withdraw_notice().notice_id(), &Record::mutable_notice,
            [](Notice& n) { n.set_withdrawn(true); });
    case Mutation::kSaveMenuEntry: {
        auto* e = record.mutable_support_menu_entry();
        *e = m.save_menu_entry().entry();
        e->set_server_version(0);
        return w.put(record);
    }
    case Mutation::kWithdrawMenuEntry:
        return changeExisting(w, RECORD_KIND_SUPPORT_MENU_ENTRY, m.withdraw_menu_entry().entry_id(),
            &Record::mutable_support_menu_entry, [](SupportMenuEntry& e) { e.set_withdrawn(true); });
    case Mutation::kRefreshIndicators:
        break; // only the server can count: the device keeps showing the sheets it has
    case Mutation::OP_NOT_SET:
        break;
    }
    return {};
}

} // namespace yk::sync
