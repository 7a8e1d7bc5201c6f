// Mutator: the authoritative rules of each record kind against a real server store.

#include "rules_fixture.h"

#include "rules/rule_context.h"
#include "storage/database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace yokoten::v1;
using namespace yk::test;
using yk::server::Principal;

namespace {

const Registration* registrationIn(const MutationResult& result, const std::string& id)
{
    for (const auto& r : result.records()) {
        if (r.has_registration() && r.registration().id() == id)
            return &r.registration();
    }
    return nullptr;
}

const SeminarSession* sessionIn(const MutationResult& result)
{
    for (const auto& r : result.records()) {
        if (r.has_seminar_session())
            return &r.seminar_session();
    }
    return nullptr;
}

Principal phone(int n)
{
    Principal p = attendee();
    p.deviceId = uuidFor(700 + n);
    return p;
}

} // namespace

class TestMutatorRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();

    void signUpConfirmsThenWaitlists();
    void cancellationPromotesWaitlistWithTicket();
    void replayedSignUpChangesNothing();
    void kioskSignUpIsWriteOnly();
    void signUpAfterDeadlineIsRejected();
    void checkInIsIdempotentByNonce();
    void loanBooksUnitsThenWaitlists();
    void loanStateMachineAndReport();
    void loanRejections();
    void caseLifecycle();
    void caseScopeIsTheAuthorsDecision();
    void caseEditMergesAndReportsConflicts();
    void caseInputIsValidated();
    void assessmentSubmissionIsIdempotentAndImmutable();
    void templateVersionsAreImmutable();
    void checklistTemplatesForSomeFacilitiesOnly();
    void modelLinksNameKnownModels();

private:
    MutationResult apply(const Principal& who, const Mutation& m) { return m_fixture->apply(who, m); }
    Registration stored(const std::string& registrationId)
    {
        const auto r = m_fixture->find(RECORD_KIND_REGISTRATION, registrationId);
        return r ? r->registration() : Registration();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<RulesFixture> m_fixture;
};

void TestMutatorRules::init()
{
    m_fixture.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_fixture = std::make_unique<RulesFixture>();
    QVERIFY(m_fixture->open(m_dir->filePath("store").toStdString()));
}

void TestMutatorRules::signUpConfirmsThenWaitlists()
{
    const auto first = apply(staffA(), signUp(uuidFor(1001), ids::session));
    QCOMPARE(first.status(), MUTATION_STATUS_APPLIED);
    const auto* r1 = registrationIn(first, uuidFor(1001));
    QVERIFY(r1);
    QCOMPARE(r1->status(), REGISTRATION_STATUS_CONFIRMED);
    QCOMPARE(r1->user_id(), ids::staffA);
    QCOMPARE(r1->organisation_id(), ids::facilityA);
    QVERIFY(r1->device_id().empty());
    const auto payload = m_fixture->signer().verify(r1->ticket());
    QVERIFY(payload.has_value());
    QCOMPARE(payload->registration_id(), uuidFor(1001));
    QCOMPARE(payload->session_id(), ids::session);

    QCOMPARE(registrationIn(apply(managerA(), signUp(uuidFor(1002), ids::session)), uuidFor(1002))->status(),
        REGISTRATION_STATUS_CONFIRMED);
    const auto third = apply(phone(1), signUp(uuidFor(1003), ids::session));
    const auto* r3 = registrationIn(third, uuidFor(1003));
    QVERIFY(r3);
    QCOMPARE(r3->status(), REGISTRATION_STATUS_WAITLISTED);
    QCOMPARE(r3->waitlist_position(), 1);
    QVERIFY(!r3->has_ticket());
    // A phone in a device session is remembered so it can pull its own registration.
    QCOMPARE(r3->device_id(), phone(1).deviceId);
    QVERIFY(r3->user_id().empty());
    const auto* session = sessionIn(third);
    QVERIFY(session);
    QCOMPARE(session->confirmed_count(), 2);
    QCOMPARE(session->waitlist_count(), 1);
}

void TestMutatorRules::cancellationPromotesWaitlistWithTicket()
{
    QCOMPARE(apply(staffA(), signUp(uuidFor(1001), ids::session)).status(), MUTATION_STATUS_APPLIED);
    QCOMPARE(apply(managerA(), signUp(uuidFor(1002), ids::session)).status(), MUTATION_STATUS_APPLIED);
    QCOMPARE(apply(phone(1), signUp(uuidFor(1003), ids::session)).status(), MUTATION_STATUS_APPLIED);
    m_fixture->now += std::chrono::minutes(1);
    QCOMPARE(apply(phone(2), signUp(uuidFor(1004), ids::session)).status(), MUTATION_STATUS_APPLIED);
    QCOMPARE(stored(uuidFor(1004)).waitlist_position(), 2);

    // Someone else may not cancel it.
    QCOMPARE(apply(staffB(), cancelRegistration(uuidFor(1001))).reason_code(), std::string("forbidden"));
    QCOMPARE(apply(phone(2), cancelRegistration(uuidFor(1001))).reason_code(), std::string("forbidden"));

    const auto cancelled = apply(staffA(), cancelRegistration(uuidFor(1001)));
    QCOMPARE(cancelled.status(), MUTATION_STATUS_APPLIED);
    QCOMPARE(registrationIn(cancelled, uuidFor(1001))->status(), REGISTRATION_STATUS_CANCELLED);
    QVERIFY(!registrationIn(cancelled, uuidFor(1001))->has_ticket());
    // The promoted phone's registration is not the canceller's to see.
    QVERIFY(registrationIn(cancelled, uuidFor(1003)) == nullptr);
    QCOMPARE(sessionIn(cancelled)->confirmed_count(), 2);
    QCOMPARE(sessionIn(cancelled)->waitlist_count(), 1);

    const Registration promoted = stored(uuidFor(1003));
    QCOMPARE(promoted.status(), REGISTRATION_STATUS_CONFIRMED);
    QCOMPARE(promoted.waitlist_position(), 0);
    const auto payload = m_fixture->signer().verify(promoted.ticket());
    QVERIFY(payload.has_value());
    QCOMPARE(payload->registration_id(), uuidFor(1003));
    const Registration next = stored(uuidFor(1004));
    QCOMPARE(next.status(), REGISTRATION_STATUS_WAITLISTED);
    QCOMPARE(next.waitlist_position(), 1);

    // Cancelling again is a no-op; the attendee may cancel their own.
    QCOMPARE(apply(staffA(), cancelRegistration(uuidFor(1001))).status(), MUTATION_STATUS_APPLIED);
    QCOMPARE(apply(phone(2), cancelRegistration(uuidFor(1004))).status(), MUTATION_STATUS_APPLIED);
    QCOMPARE(stored(uuidFor(1004)).status(), REGISTRATION_STATUS_CANCELLED);
}

void TestMutatorRules::replayedSignUpChangesNothing()
{
    const auto first = apply(staffA(), signUp(uuidFor(1001), ids::session));
    const auto replay = apply(staffA(), signUp(uuidFor(1001), ids::session));
    QCOMPARE(replay.status(), MUTATION_STATUS_APPLIED);
    QCOMPARE(replay.records_size(), 1);
    QCOMPARE(replay.records(0).registration().ticket().SerializeAsString(),
        first.records(0).registration().ticket().SerializeAsString());
    QCOMPARE(
        replay.records(0).registration().server_version(), first.records(0).registration().server_version());

    // The same person under a new registration id gets the place they already hold.
    const auto again = apply(staffA(), signUp(uuidFor(1002), ids::session));
    QCOMPARE(again.status(), MUTATION_STATUS_APPLIED);
    QCOMPARE(again.records(0).registration().id(), uuidFor(1001));
    QVERIFY(!m_fixture->find(RECORD_KIND_REGISTRATION, uuidFor(1002)));

    // Someone else replaying that id learns nothing about it.
    const auto stolen = apply(staffB(), signUp(uuidFor(1001), ids::session));
    QCOMPARE(stolen.status(), MUTATION_STATUS_REJECTED);
    QCOMPARE(stolen.reason_code(), std::string("already_exists"));
    QCOMPARE(stolen.records_size(), 0);

    const auto session = m_fixture->find(RECORD_KIND_SEMINAR_SESSION, ids::session);
    QCOMPARE(session->seminar_session().confirmed_count(), 1);
}

void TestMutatorRules::kioskSignUpIsWriteOnly()
{
    const auto result = apply(kiosk(), signUp(uuidFor(1001), ids::session, "Visitor@Example.jp "));
    QCOMPARE(result.status(), MUTATION_STATUS_APPLIED);
    const auto* r = registrationIn(result, uuidFor(1001));
    QVERIFY(r);
    QCOMPARE(r->status(), REGISTRATION_STATUS_CONFIRMED);
    QVERIFY(r->has_ticket()); // shown on the kiosk screen once
    QVERIFY(r->device_id().empty());
    QVERIFY(r->user_id().empty());
    QVERIFY(r->organisation_id().empty());

    // The same e-mail again (another visitor typing it) reveals nothing about the first.
    const auto second = apply(kiosk(), signUp(uuidFor(1002), ids::session, "visitor@example.jp"));
    QCOMPARE(second.status(), MUTATION_STATUS_REJECTED);
    QCOMPARE(second.reason_code(), std::string("already_registered"));
    QCOMPARE(second.records_size(), 0);

    // A kiosk may not cancel or check anyone in.
    QCOMPARE(apply(kiosk(), cancelRegistration(uuidFor(1001))).reason_code(), std::string("forbidden"));
}

void TestMutatorRules::signUpAfterDeadlineIsRejected()
{
    Record late = session(uuidFor(22), 10);
    *late.mutable_seminar_session()->mutable_registration_deadline()
        = yk::server::rules::toTimestamp(m_fixture->now - std::chrono::hours(1));
    QVERIFY(m_fixture->seed(late));
    const auto result = apply(staffA(), signUp(uuidFor(1001), uuidFor(22)));
    QCOMPARE(result.status(), MUTATION_STATUS_REJECTED);
    QCOMPARE(result.reason_code(), std::string("deadline_passed"));
    QVERIFY(!result.message_ja().empty());
    QVERIFY(!m_fixture->find(RECORD_KIND_REGISTRATION, uuidFor(1001)));

    Record cancelled = session(uuidFor(23), 10);
    cancelled.mutable_seminar_session()->set_cancelled(true);
    QVERIFY(m_fixture->seed(cancelled));
    QCOMPARE(
        apply(staffA(), signUp(uuidFor(1002), uuidFor(23))).reason_code(), std::string("session_cancelled"));
    QCOMPARE(apply(staffA(), signUp(uuidFor(1003), uuidFor(24))).reason_code(), std::string("not_found"));
}

void TestMutatorRules::checkInIsIdempotentByNonce()
{
    const Ticket ticket
        = apply(staffA(), signUp(uuidFor(1001), ids::session)).records(0).registration().ticket();
    const auto first = apply(centreStaff(), checkIn(uuidFor(2001), "nonce-1", ids::session, ticket));
    QCOMPARE(first.status(), MUTATION_STATUS_APPLIED);
    QCOMPARE(first.records(0).check_in().result(), CHECK_IN_RESULT_ACCEPTED);
    QCOMPARE(first.records(0).check_in().registration_id(), uuidFor(1001));

    // The same event again (a retry with a new id): the stored check-in, nothing new.
    const auto retry = apply(centreStaff(), checkIn(uuidFor(2002), "nonce-1", ids::session, ticket));
    QCOMPARE(retry.status(), MUTATION_STATUS_APPLIED);
    QCOMPARE(retry.records(0).check_in().id(), uuidFor(2001));
    QVERIFY(!m_fixture->find(RECORD_KIND_CHECK_IN, uuidFor(2002)));

    // The same ticket scanned again: recorded as a duplicate, not an error.
    const auto second = apply(centreStaff(), checkIn(uuidFor(2003), "nonce-2", ids::session, ticket));
    QCOMPARE(second.status(), MUTATION_STATUS_APPLIED);
    QCOMPARE(second.records(0).check_in().result(), CHECK_IN_RESULT_DUPLICATE);

    Ticket forged = ticket;
    TicketPayload payload;
    QVERIFY(payload.ParseFromString(forged.payload()));
    payload.set_attendee_display_name("別人");
    forged.set_payload(payload.SerializeAsString());
    const auto invalid = apply(centreStaff(), checkIn(uuidFor(2004), "nonce-3", ids::session, forged));
    QCOMPARE(invalid.status(), MUTATION_STATUS_APPLIED);
    QCOMPARE(invalid.records(0).check_in().result(), CHECK_IN_RESULT_INVALID);
    QVERIFY(invalid.records(0).check_in().registration_id().empty());

    // A genuine ticket at another session's door does not match.
    QVERIFY(m_fixture->seed(session(uuidFor(22), 10)));
    const auto wrongDoor = apply(centreStaff(), checkIn(uuidFor(2005), "nonce-4", uuidFor(22), ticket));
    QCOMPARE(wrongDoor.records(0).check_in().result(), CHECK_IN_RESULT_INVALID);

    // A cancelled registration's ticket no longer opens the door.
    QCOMPARE(apply(staffA(), cancelRegistration(uuidFor(1001))).status(), MUTATION_STATUS_APPLIED);
    const auto afterCancel = apply(centreStaff(), checkIn(uuidFor(2006), "nonce-5", ids::session, ticket));
    QCOMPARE(afterCancel.records(0).check_in().result(), CHECK_IN_RESULT_INVALID);

    // Only centre staff record check-ins.
    QCOMPARE(apply(staffA(), checkIn(uuidFor(2007), "nonce-6", ids::session, ticket)).reason_code(),
        std::string("forbidden"));
}

void TestMutatorRules::loanBooksUnitsThenWaitlists()
{
    const auto a = apply(staffA(), requestLoan(uuidFor(3001), ids::facilityA, "2025-05-01", "2025-05-10"));
    const auto b = apply(staffB(), requestLoan(uuidFor(3002), ids::facilityB, "2025-05-05", "2025-05-12"));
    QCOMPARE(a.records(0).loan_request().state(), LOAN_STATE_REQUESTED);
    QCOMPARE(b.records(0).loan_request().state(), LOAN_STATE_REQUESTED);
    // A request holds its unit: the second request gets the other one.
    QCOMPARE(a.records(0).loan_request().unit_id(), ids::unit1);
    QCOMPARE(b.records(0).loan_request().unit_id(), ids::unit2);
    QCOMPARE(a.records(0).loan_request().requester_user_id(), ids::staffA);

    const auto c = apply(managerA(), requestLoan(uuidFor(3003), ids::facilityA, "2025-05-08", "2025-05-09"));
    QCOMPARE(c.status(), MUTATION_STATUS_APPLIED);
    const auto& waiting = c.records(0).loan_request();
    QCOMPARE(waiting.state(), LOAN_STATE_WAITLISTED);
    QVERIFY(waiting.unit_id().empty());
    QCOMPARE(waiting.proposed_from_date(), std::string("2025-05-11"));
    QCOMPARE(waiting.proposed_to_date(), std::string("2025-05-12"));

    // Declining the first frees unit 1 for the same days.
    QCOMPARE(apply(centreStaff(), loanStep(Mutation::kDeclineLoan, uuidFor(3001))).status(),
        MUTATION_STATUS_APPLIED);
    const auto d = apply(staffA(), requestLoan(uuidFor(3004), ids::facilityA, "2025-05-08", "2025-05-09"));
    QCOMPARE(d.records(0).loan_request().state(), LOAN_STATE_REQUESTED);
    QCOMPARE(d.records(0).loan_request().unit_id(), ids::unit1);

    // A replay of the same request is answered with what is stored.
    const auto replay
        = apply(staffA(), requestLoan(uuidFor(3004), ids::facilityA, "2025-05-08", "2025-05-09"));
    QCOMPARE(replay.status(), MUTATION_STATUS_APPLIED);
    QCOMPARE(replay.records(0).loan_request().server_version(), d.records(0).loan_request().server_version());
    QCOMPARE(
        apply(staffA(), requestLoan(uuidFor(3004), ids::facilityA, "2025-06-01", "2025-06-02")).reason_code(),
        std::string("already_exists"));

    // A kiosk enters a loan for a visiting facility, with no user.
    const auto visitor
        = apply(kiosk(), requestLoan(uuidFor(3005), ids::facilityB, "2025-07-01", "2025-07-02"));
    QCOMPARE(visitor.status(), MUTATION_STATUS_APPLIED);
    QVERIFY(visitor.records(0).loan_request().requester_user_id().empty());
    QCOMPARE(visitor.records(0).loan_request().requester_org_id(), ids::facilityB);
    // Staff request only for their own facility.
    QCOMPARE(
        apply(staffA(), requestLoan(uuidFor(3006), ids::facilityB, "2025-08-01", "2025-08-02")).reason_code(),
        std::string("forbidden"));
}

void TestMutatorRules::loanStateMachineAndReport()
{
    const std::string loan = uuidFor(3001);
    QCOMPARE(apply(staffA(), requestLoan(loan, ids::facilityA, "2025-05-01", "2025-05-03")).status(),
        MUTATION_STATUS_APPLIED);
    QCOMPARE(apply(centreStaff(), loanStep(Mutation::kMarkLoanLent, loan)).reason_code(),
        std::string("invalid_state"));
    QCOMPARE(apply(staffA(), fileReport(loan, 4)).reason_code(), std::string("invalid_state"));
    QCOMPARE(apply(centreStaff(), loanStep(Mutation::kApproveLoan, loan)).status(), MUTATION_STATUS_APPLIED);
    QCOMPARE(apply(centreStaff(), loanStep(Mutation::kDeclineLoan, loan)).reason_code(),
        std::string("invalid_state"));
    QCOMPARE(apply(centreStaff(), loanStep(Mutation::kMarkLoanLent, loan)).status(), MUTATION_STATUS_APPLIED);
    QCOMPARE(
        apply(staffA(), loanStep(Mutation::kCancelLoan, loan)).reason_code(), std::string("invalid_state"));
    const auto returned = apply(centreStaff(), loanStep(Mutation::kMarkLoanReturned, loan));
    QCOMPARE(returned.records(0).loan_request().state(), LOAN_STATE_RETURNED);

    QCOMPARE(apply(staffA(), fileReport(loan, 0)).reason_code(), std::string("invalid_argument"));
    QCOMPARE(apply(staffA(), fileReport(loan, 6)).reason_code(), std::string("invalid_argument"));
    QCOMPARE(apply(staffB(), fileReport(loan, 4)).reason_code(), std::string("forbidden"));
    const auto report = apply(staffA(), fileReport(loan, 4));
    QCOMPARE(report.status(), MUTATION_STATUS_APPLIED);
    QCOMPARE(report.records(0).loan_request().report().usefulness(), 4);
    QVERIFY(report.records(0).loan_request().report().has_submitted_at());
    QCOMPARE(apply(staffA(), fileReport(loan, 4)).status(), MUTATION_STATUS_APPLIED);
    QCOMPARE(apply(staffA(), fileReport(loan, 2, "別の内容")).reason_code(), std::string("already_exists"));

    // Cancelling: the requesting facility, while it is not lent out yet.
    const std::string other = uuidFor(3002);
    QCOMPARE(apply(staffA(), requestLoan(other, ids::facilityA, "2025-06-01", "2025-06-03")).status(),
        MUTATION_STATUS_APPLIED);
    QCOMPARE(apply(staffB(), loanStep(Mutation::kCancelLoan, other)).reason_code(), std::string("forbidden"));
    const auto cancelled = apply(managerA(), loanStep(Mutation::kCancelLoan, other));
    QCOMPARE(cancelled.records(0).loan_request().state(), LOAN_STATE_CANCELLED);
    QCOMPARE(apply(centreStaff(), loanStep(Mutation::kApproveLoan, other)).reason_code(),
        std::string("invalid_state"));
    QCOMPARE(apply(centreStaff(), loanStep(Mutation::kApproveLoan, uuidFor(3999))).reason_code(),
        std::string("not_found"));
}

void TestMutatorRules::loanRejections()
{
    const auto tooLong
        = apply(staffA(), requestLoan(uuidFor(3001), ids::facilityA, "2025-05-01", "2025-05-31"));
    QCOMPARE(tooLong.status(), MUTATION_STATUS_REJECTED);
    QCOMPARE(tooLong.reason_code(), std::string("longer_than_max_loan_days"));
    QCOMPARE(
        apply(staffA(), requestLoan(uuidFor(3002), ids::facilityA, "2025-05-03", "2025-05-01")).reason_code(),
        std::string("end_before_start"));
    QCOMPARE(
        apply(staffA(), requestLoan(uuidFor(3003), ids::facilityA, "2025/05/01", "2025-05-03")).reason_code(),
        std::string("invalid_argument"));
    QCOMPARE(
        apply(staffA(), requestLoan(uuidFor(3004), ids::facilityA, "2025-02-29", "2025-03-01")).reason_code(),
        std::string("invalid_argument"));
    QVERIFY(m_fixture->seed(equipmentModel(uuidFor(33), 14)));
    QCOMPARE(
        apply(staffA(), requestLoan(uuidFor(3005), ids::facilityA, "2025-05-01", "2025-05-02", uuidFor(33)))
            .reason_code(),
        std::string("no_units"));
    QCOMPARE(
        apply(staffA(), requestLoan(uuidFor(3006), ids::facilityA, "2025-05-01", "2025-05-02", uuidFor(34)))
            .reason_code(),
        std::string("not_found"));
    QVERIFY(!m_fixture->find(RECORD_KIND_LOAN_REQUEST, uuidFor(3001)));
}

void TestMutatorRules::caseLifecycle()
{
    const std::string id = uuidFor(4001);
    Mutation create = createCase(id, "", "見守りセンサーで夜勤の巡回を見直した");
    auto* sent = create.mutable_create_case()->mutable_good_practice_case();
    sent->set_state(CASE_STATE_PUBLISHED); // a client cannot skip moderation
    sent->set_revision(7);
    sent->set_author_user_id(ids::managerA);
    const auto created = apply(staffA(), create);
    QCOMPARE(created.status(), MUTATION_STATUS_APPLIED);
    const auto& c = created.records(0).good_practice_case();
    QCOMPARE(c.state(), CASE_STATE_DRAFT);
    QCOMPARE(c.revision(), 1);
    QCOMPARE(c.author_user_id(), ids::staffA);
    QCOMPARE(c.owner_org_id(), ids::facilityA);
    QCOMPARE(c.owner_org_name(), std::string("さくら苑"));
    QCOMPARE(c.prefecture_code(), kPrefecture);

    QCOMPARE(apply(staffA(), create).status(), MUTATION_STATUS_APPLIED);
    QCOMPARE(
        m_fixture->find(RECORD_KIND_CASE, id)->good_practice_case().server_version(), c.server_version());
    QCOMPARE(apply(staffA(), createCase(id, "", "別の題名")).reason_code(), std::string("already_exists"));
    QCOMPARE(apply(managerA(), create).reason_code(), std::string("already_exists"));

    QCOMPARE(apply(centreStaff(), publishCase(id, PUBLICATION_SCOPE_PUBLIC)).reason_code(),
        std::string("invalid_state"));
    QCOMPARE(apply(staffA(), submitCase(id)).records(0).good_practice_case().state(), CASE_STATE_SUBMITTED);
    QCOMPARE(apply(staffA(), archiveCase(id)).reason_code(), std::string("forbidden"));
    const auto published = apply(centreStaff(), publishCase(id, PUBLICATION_SCOPE_PUBLIC));
    QCOMPARE(published.status(), MUTATION_STATUS_APPLIED);
    QCOMPARE(published.records(0).good_practice_case().state(), CASE_STATE_PUBLISHED);
    QCOMPARE(published.records(0).good_practice_case().publication_scope(), PUBLICATION_SCOPE_PUBLIC);
    QVERIFY(published.records(0).good_practice_case().has_published_at());

    // The author narrows a published case at once (placement tombstones where it leaves).
    GoodPracticeCase values;
    values.set_publication_scope(PUBLICATION_SCOPE_ORGANISATION);
    auto revision = published.records(0).good_practice_case().revision();
    const auto narrowed = apply(staffA(), editCase(id, revision, { "publication_scope" }, values));
    QCOMPARE(narrowed.status(), MUTATION_STATUS_APPLIED);
    QCOMPARE(narrowed.records(0).good_practice_case().state(), CASE_STATE_PUBLISHED);
    QCOMPARE(narrowed.records(0).good_practice_case().publication_scope(), PUBLICATION_SCOPE_ORGANISATION);
    revision = narrowed.records(0).good_practice_case().revision();
    // Someone outside the owner organisation cannot choose who reads it.
    QCOMPARE(apply(staffB(), editCase(id, revision, { "publication_scope" }, values)).reason_code(),
        std::string("forbidden"));

    QCOMPARE(apply(managerA(), archiveCase(id)).records(0).good_practice_case().state(), CASE_STATE_ARCHIVED);
    values.set_title("改題");
    QCOMPARE(apply(staffA(), editCase(id, revision, { "title" }, values)).reason_code(),
        std::string("invalid_state"));
    QCOMPARE(apply(staffA(), submitCase(uuidFor(4999))).reason_code(), std::string("not_found"));
}

void TestMutatorRules::caseScopeIsTheAuthorsDecision()
{
    const auto caseOf = [](const MutationResult& r) { return r.records(0).good_practice_case(); };
    const auto scopeEdit = [](const std::string& id, std::int64_t revision, PublicationScope scope) {
        GoodPracticeCase values;
        values.set_publication_scope(scope);
        return editCase(id, revision, { "publication_scope" }, values);
    };

    // A new draft without a scope is the owner's only; submitting publishes it at once there.
    const std::string id = uuidFor(4101);
    Mutation create = createCase(id, ids::facilityA, "申し送りをインカムに");
    create.mutable_create_case()->mutable_good_practice_case()->clear_publication_scope();
    const auto created = apply(staffA(), create);
    QCOMPARE(created.status(), MUTATION_STATUS_APPLIED);
    QCOMPARE(caseOf(created).publication_scope(), PUBLICATION_SCOPE_ORGANISATION);
    const auto submitted = apply(staffA(), submitCase(id));
    QCOMPARE(submitted.status(), MUTATION_STATUS_APPLIED);
    QCOMPARE(caseOf(submitted).state(), CASE_STATE_PUBLISHED);
    QCOMPARE(caseOf(submitted).publication_scope(), PUBLICATION_SCOPE_ORGANISATION);
    QVERIFY(caseOf(submitted).has_published_at());
    // A replayed submit answers what is stored.
    QCOMPARE(caseOf(apply(staffA(), submitCase(id))).revision(), caseOf(submitted).revision());

    // Widening within the prefecture applies at once …
    auto step
        = apply(managerA(), scopeEdit(id, caseOf(submitted).revision(), PUBLICATION_SCOPE_MUNICIPALITY));
    QCOMPARE(step.status(), MUTATION_STATUS_APPLIED);
    QCOMPARE(caseOf(step).state(), CASE_STATE_PUBLISHED);
    QCOMPARE(caseOf(step).publication_scope(), PUBLICATION_SCOPE_MUNICIPALITY);
    // … widening to everyone goes back to the centre's moderation …
    step = apply(staffA(), scopeEdit(id, caseOf(step).revision(), PUBLICATION_SCOPE_PUBLIC));
    QCOMPARE(step.status(), MUTATION_STATUS_APPLIED);
    QCOMPARE(caseOf(step).state(), CASE_STATE_SUBMITTED);
    QCOMPARE(caseOf(step).publication_scope(), PUBLICATION_SCOPE_PUBLIC);
    // … which publishes it with the author's scope when it leaves the scope unset.
    step = apply(centreStaff(), publishCase(id, PUBLICATION_SCOPE_UNSPECIFIED));
    QCOMPARE(caseOf(step).state(), CASE_STATE_PUBLISHED);
    QCOMPARE(caseOf(step).publication_scope(), PUBLICATION_SCOPE_PUBLIC);
    // The centre may widen a published case itself: it is the moderator.
    step = apply(staffA(), scopeEdit(id, caseOf(step).revision(), PUBLICATION_SCOPE_PREFECTURE));
    QCOMPARE(caseOf(step).publication_scope(), PUBLICATION_SCOPE_PREFECTURE);
    step = apply(centreStaff(), scopeEdit(id, caseOf(step).revision(), PUBLICATION_SCOPE_PUBLIC));
    QCOMPARE(caseOf(step).state(), CASE_STATE_PUBLISHED);
    QCOMPARE(caseOf(step).publication_scope(), PUBLICATION_SCOPE_PUBLIC);

    // A case waiting for moderation that the author narrows needs no moderation any more.
    const std::string waiting = uuidFor(4102);
    QCOMPARE(apply(staffA(), createCase(waiting, ids::facilityA, "見守りセンサー")).status(),
        MUTATION_STATUS_APPLIED);
    const auto inReview = apply(staffA(), submitCase(waiting));
    QCOMPARE(caseOf(inReview).state(), CASE_STATE_SUBMITTED);
    step = apply(staffA(), scopeEdit(waiting, caseOf(inReview).revision(), PUBLICATION_SCOPE_PREFECTURE));
    QCOMPARE(caseOf(step).state(), CASE_STATE_PUBLISHED);
    QCOMPARE(caseOf(step).publication_scope(), PUBLICATION_SCOPE_PREFECTURE);

    // "Municipality" needs an owner that has one: refused in both languages, nothing stored.
    const std::string centreCase = uuidFor(4103);
    Mutation centreCreate = createCase(centreCase, ids::centre, "センターの事例");
    centreCreate.mutable_create_case()->mutable_good_practice_case()->set_publication_scope(
        PUBLICATION_SCOPE_MUNICIPALITY);
    const auto refused = apply(centreStaff(), centreCreate);
    QCOMPARE(refused.reason_code(), std::string("invalid_argument"));
    QVERIFY(refused.message_ja().find("市町村") != std::string::npos);
    QVERIFY(refused.message_en().find("municipality") != std::string::npos);
    QVERIFY(!m_fixture->find(RECORD_KIND_CASE, centreCase));
    centreCreate.mutable_create_case()->mutable_good_practice_case()->set_publication_scope(
        PUBLICATION_SCOPE_PREFECTURE);
    const auto centreDraft = apply(centreStaff(), centreCreate);
    QCOMPARE(centreDraft.status(), MUTATION_STATUS_APPLIED);
    const auto refusedEdit = apply(
        centreStaff(), scopeEdit(centreCase, caseOf(centreDraft).revision(), PUBLICATION_SCOPE_MUNICIPALITY));
    QCOMPARE(refusedEdit.reason_code(), std::string("invalid_argument"));
    QCOMPARE(m_fixture->find(RECORD_KIND_CASE, centreCase)->good_practice_case().publication_scope(),
        PUBLICATION_SCOPE_PREFECTURE);
    // An unknown scope is refused as any invalid field.
    QCOMPARE(apply(staffA(), scopeEdit(waiting, caseOf(step).revision(), static_cast<PublicationScope>(9)))
                 .reason_code(),
        std::string("invalid_argument"));
}

void TestMutatorRules::caseEditMergesAndReportsConflicts()
{
    const std::string id = uuidFor(4001);
    QCOMPARE(apply(staffA(), createCase(id, ids::facilityA, "元の題名")).status(), MUTATION_STATUS_APPLIED);

    GoodPracticeCase mine;
    mine.set_title("職員Aの題名");
    const auto a = apply(staffA(), editCase(id, 1, { "title" }, mine));
    QCOMPARE(a.status(), MUTATION_STATUS_APPLIED);
    QCOMPARE(a.records(0).good_practice_case().revision(), 2);
    QCOMPARE(a.conflicts_size(), 0);

    // Another field from the same base merges.
    GoodPracticeCase theirs;
    theirs.mutable_sections()->set_background("管理者が書いた背景");
    auto* metric = theirs.add_metrics();
    metric->set_label("夜間巡回回数");
    metric->set_before_value(12);
    metric->set_after_value(4);
    auto* attachment = theirs.add_attachments();
    attachment->set_sha256(std::string(64, 'a'));
    attachment->set_file_name("sensor.jpg");
    const auto b
        = apply(managerA(), editCase(id, 1, { "sections.background", "metrics", "attachments" }, theirs));
    QCOMPARE(b.status(), MUTATION_STATUS_APPLIED);
    const auto& merged = b.records(0).good_practice_case();
    QCOMPARE(merged.revision(), 3);
    QCOMPARE(merged.title(), std::string("職員Aの題名"));
    QCOMPARE(merged.sections().background(), std::string("管理者が書いた背景"));
    QCOMPARE(merged.metrics_size(), 1);
    QCOMPARE(merged.metrics(0).after_value(), 4.0);

    // The attachment is referenced by the case.
    {
        auto tx = m_fixture->store().write();
        QVERIFY(tx.ok());
        auto count = (*tx)->db().queryInt(
            "SELECT count(*) FROM attachment_refs WHERE sha256 = '" + std::string(64, 'a') + "'");
        QVERIFY(count.ok());
        QCOMPARE(*count, 1);
    }

    // The same field from the old base: a conflict, both values kept for the author.
    GoodPracticeCase late;
    late.set_title("管理者の題名");
    late.set_region("多摩");
    const auto conflict = apply(managerA(), editCase(id, 1, { "title" }, late));
    QCOMPARE(conflict.status(), MUTATION_STATUS_APPLIED);
    QCOMPARE(conflict.conflicts_size(), 1);
    QCOMPARE(conflict.conflicts(0).field(), std::string("title"));
    QCOMPARE(conflict.conflicts(0).ours(), std::string("管理者の題名"));
    QCOMPARE(conflict.conflicts(0).theirs(), std::string("職員Aの題名"));
    QCOMPARE(conflict.conflicts(0).base(), std::string("元の題名"));
    // The stored value stays; the conflict is kept on the case so every device shows both.
    const auto kept = m_fixture->find(RECORD_KIND_CASE, id)->good_practice_case();
    QCOMPARE(kept.revision(), 4);
    QCOMPARE(kept.title(), std::string("職員Aの題名"));
    QCOMPARE(kept.open_conflicts_size(), 1);
    QCOMPARE(kept.open_conflicts(0).field(), std::string("title"));
    QCOMPARE(kept.open_conflicts(0).ours(), std::string("管理者の題名"));
    QCOMPARE(kept.open_conflicts(0).theirs(), std::string("職員Aの題名"));

    // A conflict on one field does not hold back another.
    const auto partial = apply(managerA(), editCase(id, 1, { "title", "region" }, late));
    QCOMPARE(partial.conflicts_size(), 1);
    QCOMPARE(partial.records(0).good_practice_case().region(), std::string("多摩"));
    QCOMPARE(partial.records(0).good_practice_case().revision(), 5);
    QCOMPARE(partial.records(0).good_practice_case().open_conflicts_size(), 1);

    // Settling: an edit of the field from the current revision clears its conflict.
    GoodPracticeCase settled;
    settled.set_title("管理者と職員Aで決めた題名");
    const auto resolved = apply(managerA(), editCase(id, 5, { "title" }, settled));
    QCOMPARE(resolved.conflicts_size(), 0);
    QCOMPARE(resolved.records(0).good_practice_case().open_conflicts_size(), 0);
    QCOMPARE(resolved.records(0).good_practice_case().title(), std::string("管理者と職員Aで決めた題名"));

    QCOMPARE(apply(staffA(), editCase(id, 1, { "owner_org_id" }, late)).reason_code(),
        std::string("invalid_argument"));
    QCOMPARE(
        apply(staffA(), editCase(id, 9, { "title" }, late)).reason_code(), std::string("invalid_argument"));
    QCOMPARE(apply(staffB(), editCase(id, 6, { "title" }, late)).reason_code(), std::string("forbidden"));
}

void TestMutatorRules::caseInputIsValidated()
{
    QCOMPARE(apply(staffA(), createCase("not-a-uuid", ids::facilityA, "題名")).reason_code(),
        std::string("invalid_argument"));
    std::string longTitle;
    for (int i = 0; i < 201; ++i)
        longTitle += "あ";
    QCOMPARE(apply(staffA(), createCase(uuidFor(4001), ids::facilityA, longTitle)).reason_code(),
        std::string("invalid_argument"));
    longTitle.resize(longTitle.size() - 3);
    QCOMPARE(apply(staffA(), createCase(uuidFor(4002), ids::facilityA, longTitle)).status(),
        MUTATION_STATUS_APPLIED);

    Mutation manyMetrics = createCase(uuidFor(4003), ids::facilityA, "題名");
    for (int i = 0; i < 101; ++i)
        manyMetrics.mutable_create_case()->mutable_good_practice_case()->add_metrics()->set_label("m");
    QCOMPARE(apply(staffA(), manyMetrics).reason_code(), std::string("invalid_argument"));

    Mutation hugeText = createCase(uuidFor(4004), ids::facilityA, "題名");
    hugeText.mutable_create_case()->mutable_good_practice_case()->mutable_sections()->set_effects(
        std::string(20001, 'x'));
    QCOMPARE(apply(staffA(), hugeText).reason_code(), std::string("invalid_argument"));

    Mutation badHash = createCase(uuidFor(4005), ids::facilityA, "題名");
    badHash.mutable_create_case()->mutable_good_practice_case()->add_attachments()->set_sha256(
        "../etc/passwd");
    QCOMPARE(apply(staffA(), badHash).reason_code(), std::string("invalid_argument"));

    QCOMPARE(apply(staffA(), Mutation()).status(), MUTATION_STATUS_REJECTED);
    QVERIFY(!m_fixture->find(RECORD_KIND_CASE, uuidFor(4001)));
}

void TestMutatorRules::assessmentSubmissionIsIdempotentAndImmutable()
{
    const std::string id = uuidFor(5001);
    Mutation submit = submitAssessment(id, ids::templateV1, 3, true);
    submit.mutable_submit_assessment()->mutable_response()->set_organisation_id(ids::facilityB);
    submit.mutable_submit_assessment()->mutable_response()->set_state(RESPONSE_STATE_DRAFT);
    const auto first = apply(staffA(), submit);
    QCOMPARE(first.status(), MUTATION_STATUS_APPLIED);
    const auto& response = first.records(0).assessment_response();
    QCOMPARE(response.state(), RESPONSE_STATE_SUBMITTED);
    QCOMPARE(response.organisation_id(), ids::facilityA);
    QCOMPARE(response.user_id(), ids::staffA);
    QCOMPARE(response.template_version(), 1);
    QCOMPARE(response.submitted_at().seconds(), yk::server::rules::toTimestamp(m_fixture->now).seconds());

    m_fixture->now += std::chrono::hours(1);
    const auto replay = apply(staffA(), submit);
    QCOMPARE(replay.status(), MUTATION_STATUS_APPLIED);
    QCOMPARE(replay.records(0).assessment_response().server_version(), response.server_version());
    QCOMPARE(
        replay.records(0).assessment_response().submitted_at().seconds(), response.submitted_at().seconds());

    QCOMPARE(apply(staffA(), submitAssessment(id, ids::templateV1, 1, false)).reason_code(),
        std::string("already_exists"));
    QCOMPARE(
        m_fixture->find(RECORD_KIND_ASSESSMENT_RESPONSE, id)->assessment_response().answers(0).level(), 3);

    QCOMPARE(apply(staffA(), submitAssessment(uuidFor(5002), uuidFor(49), 3, true)).reason_code(),
        std::string("not_found"));
    QCOMPARE(apply(staffA(), submitAssessment(uuidFor(5003), ids::templateV1, 9, true)).reason_code(),
        std::string("invalid_argument"));
}

void TestMutatorRules::templateVersionsAreImmutable()
{
    const auto v2 = assessmentTemplate(uuidFor(41), 2);
    QCOMPARE(apply(centreStaff(), publishTemplate(v2)).status(), MUTATION_STATUS_APPLIED);
    QCOMPARE(apply(centreStaff(), publishTemplate(v2)).status(), MUTATION_STATUS_APPLIED);
    auto changed = v2;
    changed.set_title("変更した題名");
    QCOMPARE(apply(centreStaff(), publishTemplate(changed)).reason_code(), std::string("already_exists"));
    QCOMPARE(apply(centreStaff(), publishTemplate(assessmentTemplate(uuidFor(42), 2))).reason_code(),
        std::string("already_exists"));
    auto broken = assessmentTemplate(uuidFor(43), 3);
    broken.mutable_areas(1)->mutable_items(0)->set_id("1-1"); // the same item id twice
    QCOMPARE(apply(centreStaff(), publishTemplate(broken)).reason_code(), std::string("invalid_argument"));
}

void TestMutatorRules::checklistTemplatesForSomeFacilitiesOnly()
{
    // The committee obligation: for nursing homes only. Facility A has no service type.
    auto obligation = checklistTemplate(uuidFor(44), ASSESSMENT_TEMPLATE_KIND_OBLIGATION, 0);
    obligation.add_service_types(SERVICE_TYPE_NURSING_HOME);
    QCOMPARE(apply(centreStaff(), publishTemplate(obligation)).status(), MUTATION_STATUS_APPLIED);
    Mutation answer;
    auto* r = answer.mutable_submit_assessment()->mutable_response();
    r->set_id(uuidFor(5010));
    r->set_template_id(obligation.id());
    auto* yes = r->add_answers();
    yes->set_item_id("c-1");
    yes->set_yes(true);
    QCOMPARE(apply(staffA(), answer).reason_code(), std::string("not_applicable"));
    QVERIFY(!m_fixture->find(RECORD_KIND_ASSESSMENT_RESPONSE, uuidFor(5010)));

    // Once facility A runs a nursing home, the same answer is taken.
    auto facility = m_fixture->find(RECORD_KIND_ORGANISATION, ids::facilityA);
    QVERIFY(facility);
    facility->mutable_organisation()->add_service_types(SERVICE_TYPE_NURSING_HOME);
    QVERIFY(m_fixture->seed(*facility));
    QCOMPARE(apply(staffA(), answer).status(), MUTATION_STATUS_APPLIED);

    // A prefecture's certification checklist: its centre and its office publish it, for it
    // alone; another prefecture's facility may not answer it.
    const auto own = checklistTemplate(uuidFor(45), ASSESSMENT_TEMPLATE_KIND_CERTIFICATION, kPrefecture);
    QCOMPARE(apply(prefectureOfficer(), publishTemplate(own)).status(), MUTATION_STATUS_APPLIED);
    QCOMPARE(apply(centreStaff(),
                 publishTemplate(checklistTemplate(uuidFor(46), ASSESSMENT_TEMPLATE_KIND_CERTIFICATION, 14)))
                 .reason_code(),
        std::string("forbidden"));
    QCOMPARE(apply(prefectureOfficer(), publishTemplate(assessmentTemplate(uuidFor(47), 5))).reason_code(),
        std::string("forbidden")); // national templates stay with centre staff
    const auto other = checklistTemplate(uuidFor(48), ASSESSMENT_TEMPLATE_KIND_CERTIFICATION, 14);
    Record seeded;
    *seeded.mutable_assessment_template() = other;
    QVERIFY(m_fixture->seed(seeded));
    r->set_id(uuidFor(5011));
    r->set_template_id(other.id());
    QCOMPARE(apply(staffA(), answer).reason_code(), std::string("not_applicable"));

    // A checklist is requirements, never levels; the code lists are checked.
    auto levels = checklistTemplate(uuidFor(49), ASSESSMENT_TEMPLATE_KIND_OBLIGATION, 0);
    *levels.mutable_areas(0)->add_items() = assessmentTemplate(uuidFor(1), 1).areas(0).items(0);
    QCOMPARE(apply(centreStaff(), publishTemplate(levels)).reason_code(), std::string("invalid_argument"));
    auto noRequirement = checklistTemplate(uuidFor(49), ASSESSMENT_TEMPLATE_KIND_OBLIGATION, 0);
    noRequirement.mutable_areas(0)->mutable_items()->DeleteSubrange(0, 2);
    QCOMPARE(
        apply(centreStaff(), publishTemplate(noRequirement)).reason_code(), std::string("invalid_argument"));
    auto badPrefecture = checklistTemplate(uuidFor(49), ASSESSMENT_TEMPLATE_KIND_CERTIFICATION, 48);
    QCOMPARE(apply(centreStaff(), publishTemplate(badPrefecture)).reason_code(), std::string("forbidden"));
    auto badService = checklistTemplate(uuidFor(49), ASSESSMENT_TEMPLATE_KIND_OBLIGATION, 0);
    badService.add_service_types(static_cast<ServiceType>(99));
    QCOMPARE(
        apply(centreStaff(), publishTemplate(badService)).reason_code(), std::string("invalid_argument"));
    QVERIFY(!m_fixture->find(RECORD_KIND_ASSESSMENT_TEMPLATE, uuidFor(49)));
}

void TestMutatorRules::modelLinksNameKnownModels()
{
    // A case names the catalogue models it used; an unknown, malformed or repeated id is refused
    // and nothing is stored, on create and on edit.
    Mutation linked = createCase(uuidFor(6001), ids::facilityA, "見守りセンサーの事例");
    linked.mutable_create_case()->mutable_good_practice_case()->add_equipment_model_ids(ids::model);
    QCOMPARE(apply(staffA(), linked).status(), MUTATION_STATUS_APPLIED);
    QCOMPARE(m_fixture->find(RECORD_KIND_CASE, uuidFor(6001))->good_practice_case().equipment_model_ids(0),
        ids::model);
    for (const std::vector<std::string>& bad : std::vector<std::vector<std::string>> {
             { uuidFor(39) }, { "not-a-uuid" }, { ids::model, ids::model } }) {
        Mutation m = createCase(uuidFor(6002), ids::facilityA, "題名");
        for (const auto& id : bad)
            m.mutable_create_case()->mutable_good_practice_case()->add_equipment_model_ids(id);
        QCOMPARE(apply(staffA(), m).reason_code(), std::string("invalid_argument"));
    }
    QVERIFY(!m_fixture->find(RECORD_KIND_CASE, uuidFor(6002)));

    GoodPracticeCase values;
    values.add_equipment_model_ids(uuidFor(39));
    QCOMPARE(apply(staffA(), editCase(uuidFor(6001), 1, { "equipment_model_ids" }, values)).reason_code(),
        std::string("invalid_argument"));
    values.clear_equipment_model_ids();
    QCOMPARE(apply(staffA(), editCase(uuidFor(6001), 1, { "equipment_model_ids" }, values)).status(),
        MUTATION_STATUS_APPLIED);
    QCOMPARE(
        m_fixture->find(RECORD_KIND_CASE, uuidFor(6001))->good_practice_case().equipment_model_ids_size(), 0);

    // A session shows models the catalogue holds.
    auto plan = [](const std::string& id, const std::string& modelId) {
        Mutation m;
        auto* s = m.mutable_create_session()->mutable_session();
        s->set_id(id);
        s->set_seminar_id(ids::seminar);
        s->set_capacity(20);
        s->add_shown_model_ids(modelId);
        return m;
    };
    QCOMPARE(apply(centreStaff(), plan(uuidFor(6101), uuidFor(39))).reason_code(),
        std::string("invalid_argument"));
    QVERIFY(!m_fixture->find(RECORD_KIND_SEMINAR_SESSION, uuidFor(6101)));
    QCOMPARE(apply(centreStaff(), plan(uuidFor(6102), ids::model)).status(), MUTATION_STATUS_APPLIED);
    QCOMPARE(
        m_fixture->find(RECORD_KIND_SEMINAR_SESSION, uuidFor(6102))->seminar_session().shown_model_ids(0),
        ids::model);
}

QTEST_GUILESS_MAIN(TestMutatorRules)
#include "tst_mutatorrules.moc"
