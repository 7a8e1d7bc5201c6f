// Seminars: centre staff create seminars and sessions; sign-ups get a seat or a waitlist
// place in one transaction (SeatAllocator); a cancellation promotes the waitlist; confirmed
// seats get a ticket signed with the server's key; check-ins are idempotent by nonce.

#include "authorization.h"
#include "rule_context.h"
#include "ticket_signer.h"

#include "core/placement.h"

#include "domain/seat_allocator.h"

#include "storage/cipher.h"

#include <algorithm>
#include <cctype>

namespace yk::server::rules {

using namespace yokoten::v1;
using Statement = SqlStatement;

namespace {

constexpr std::size_t kMaxUrlBytes = 2000;

MutationResult badField(std::string_view field)
{
    return invalidField(field);
}

std::string normalisedEmail(std::string_view email)
{
    const auto first = email.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return {};
    const auto last = email.find_last_not_of(" \t\r\n");
    std::string out(email.substr(first, last - first + 1));
    std::transform(out.begin(), out.end(), out.begin(),
        [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

// Who holds a place, so one person cannot take two seats of a session: the account, else the
// phone, else the e-mail address given at a kiosk. Kinds are prefixed so they never collide.
std::string attendeeIdOf(const Registration& r)
{
    if (!r.user_id().empty())
        return "user:" + r.user_id();
    if (!r.device_id().empty())
        return "device:" + r.device_id();
    if (auto email = normalisedEmail(r.attendee_email()); !email.empty())
        return "email:" + email;
    return {};
}

using authorization::isPhoneDeviceSession;
using authorization::ownsRegistration;

bool before(const Registration& a, const Registration& b)
{
    const auto& x = a.requested_at();
    const auto& y = b.requested_at();
    if (x.seconds() != y.seconds())
        return x.seconds() < y.seconds();
    if (x.nanos() != y.nanos())
        return x.nanos() < y.nanos();
    return a.id() < b.id();
}

// Registrations of a session in sign-up order (FIFO waitlist order).
StoreResult<std::vector<Registration>> registrationsOf(RuleContext& ctx, const std::string& sessionId)
{
    auto records = ctx.tx.listByParent(RECORD_KIND_REGISTRATION, sessionId);
    if (!records)
        return records.error();
    std::vector<Registration> out;
    out.reserve(records->size());
    for (auto& record : *records)
        out.push_back(std::move(*record.mutable_registration()));
    std::sort(out.begin(), out.end(), before);
    return out;
}

std::optional<domain::SeatAllocator> allocatorFor(
    const SeminarSession& session, const std::vector<Registration>& registrations)
{
    domain::SessionSeats seats;
    seats.capacity = session.capacity();
    if (session.has_registration_deadline())
        seats.registrationDeadline = toSysSeconds(session.registration_deadline());
    seats.sessionCancelled = session.cancelled();
    for (const auto& r : registrations) {
        domain::SeatHolder holder { r.id(), attendeeIdOf(r) };
        if (r.status() == REGISTRATION_STATUS_CONFIRMED)
            seats.confirmed.push_back(std::move(holder));
        else if (r.status() == REGISTRATION_STATUS_WAITLISTED)
            seats.waitlist.push_back(std::move(holder));
        else if (r.status() == REGISTRATION_STATUS_CANCELLED)
            seats.cancelled.push_back(std::move(holder));
    }
    auto allocator = domain::SeatAllocator::restore(std::move(seats));
    if (!allocator)
        return std::nullopt;
    return std::move(*allocator);
}

MutationResult sessionDataBroken()
{
    return invalidState("この回の申込みデータに不整合があります。センターにご連絡ください。",
        "The sign-up data of this session is inconsistent. Please contact the centre.");
}

StoreResult<int> prefectureOfSeminar(RuleContext& ctx, const std::string& seminarId)
{
    auto seminar = ctx.tx.find(RECORD_KIND_SEMINAR, seminarId);
    if (!seminar)
        return seminar.error();
    return *seminar ? (*seminar)->seminar().prefecture_code() : 0;
}

StoreStatus issueTicket(RuleContext& ctx, Registration& r)
{
    if (r.has_ticket())
        return {};
    TicketPayload payload;
    payload.set_ticket_id(storage::newUuid());
    payload.set_registration_id(r.id());
    payload.set_session_id(r.session_id());
    std::string name = r.attendee_name();
    if (name.empty() && !r.user_id().empty()) {
        auto user = ctx.tx.find(RECORD_KIND_USER, r.user_id());
        if (!user)
            return user.error();
        if (*user)
            name = (*user)->user().display_name();
    }
    payload.set_attendee_display_name(name);
    *payload.mutable_issued_at() = toTimestamp(ctx.now);
    *r.mutable_ticket() = ctx.signer.sign(std::move(payload));
    return {};
}

// Writes the registrations whose place the allocator changed (promoted, renumbered) and the
// session's counts. `skipId` is the registration the caller's mutation already stored.
StoreStatus settle(RuleContext& ctx, SeminarSession session, const domain::SeatAllocator& allocator,
    std::vector<Registration>& registrations, const std::string& skipId, MutationResult& result)
{
    for (auto& r : registrations) {
        if (r.id() == skipId)
            continue;
        RegistrationStatus status = r.status();
        switch (allocator.stateOf(r.id())) {
        case domain::SeatState::Confirmed:
            status = REGISTRATION_STATUS_CONFIRMED;
            break;
        case domain::SeatState::Waitlisted:
            status = REGISTRATION_STATUS_WAITLISTED;
            break;
        case domain::SeatState::Cancelled:
            status = REGISTRATION_STATUS_CANCELLED;
            break;
        case domain::SeatState::None:
            break;
        }
        const int position = allocator.waitlistPosition(r.id());
        const bool needsTicket = status == REGISTRATION_STATUS_CONFIRMED && !r.has_ticket();
        if (status == r.status() && position == r.waitlist_position() && !needsTicket)
            continue;
        r.set_status(status);
        r.set_waitlist_position(position);
        if (needsTicket) {
            if (auto issued = issueTicket(ctx, r); !issued)
                return issued;
        }
        Record record = wrap(r);
        if (auto version = putPlaced(ctx.tx, record); !version)
            return version.error();
        if (auto added = addIfVisible(ctx, result, record); !added)
            return added;
    }
    const auto confirmed = static_cast<int>(allocator.confirmedCount());
    const auto waitlisted = static_cast<int>(allocator.waitlistCount());
    if (session.confirmed_count() == confirmed && session.waitlist_count() == waitlisted)
        return {};
    session.set_confirmed_count(confirmed);
    session.set_waitlist_count(waitlisted);
    Record record = wrap(session);
    if (auto version = putPlaced(ctx.tx, record); !version)
        return version.error();
    return addIfVisible(ctx, result, record);
}

MutationResult signUpRejected(domain::SignUpRejectReason reason)
{
    const auto code = domain::reasonCode(reason);
    if (reason == domain::SignUpRejectReason::DeadlinePassed)
        return rejected(code, "申込期限を過ぎているため、申し込めませんでした。",
            "The sign-up deadline has passed, so the sign-up was not accepted.");
    if (reason == domain::SignUpRejectReason::SessionCancelled)
        return rejected(code, "この回は中止になったため、申し込めませんでした。",
            "This session has been cancelled, so the sign-up was not accepted.");
    return rejected(code, "申込みを受け付けられませんでした。", "The sign-up was not accepted.");
}

MutationResult sessionNotFound()
{
    return notFound("研修の回", "The seminar session");
}

} // namespace

Outcome createSeminar(RuleContext& ctx, const CreateSeminar& op)
{
    Seminar s = op.seminar();
    const int prefecture = s.prefecture_code() != 0 ? s.prefecture_code() : ctx.caller.prefectureCode;
    if (!authorization::isCentreStaffOf(ctx.caller, prefecture))
        return forbidden();
    if (!isUuid(s.id()))
        return badField("id");
    if (s.title().empty() || charCount(s.title()) > kMaxTitleChars)
        return badField("title");
    if (s.description().size() > kMaxTextBytes)
        return badField("description");
    if (charCount(s.target_audience()) > kMaxTextBytes)
        return badField("target_audience");
    if (charCount(s.fiscal_year_label()) > kMaxShortTextChars)
        return badField("fiscal_year_label");
    if (s.equipment_areas_size() > kMaxListEntries)
        return badField("equipment_areas");
    if (!SeminarKind_IsValid(s.kind()))
        return badField("kind");
    if (s.organiser_org_id().empty()) {
        s.set_organiser_org_id(ctx.caller.organisationId);
    } else {
        auto organiser = ctx.tx.find(RECORD_KIND_ORGANISATION, s.organiser_org_id());
        if (!organiser)
            return organiser.error();
        if (!*organiser || (*organiser)->organisation().prefecture_code() != prefecture)
            return badField("organiser_org_id");
    }
    s.set_prefecture_code(prefecture);
    s.set_server_version(0);

    auto existing = ctx.tx.find(RECORD_KIND_SEMINAR, s.id());
    if (!existing)
        return existing.error();
    if (*existing) {
        Seminar stored = (*existing)->seminar();
        stored.set_server_version(0);
        if (sameContent(stored, s))
            return applied({ std::move(**existing) });
        return alreadyExists();
    }
    Record record = wrap(s);
    if (auto version = putPlaced(ctx.tx, record); !version)
        return version.error();
    return applied({ std::move(record) });
}

Outcome createSession(RuleContext& ctx, const CreateSession& op)
{
    SeminarSession s = op.session();
    if (!authorization::isSignedInStaff(ctx.caller))
        return forbidden();
    if (!isUuid(s.id()))
        return badField("id");
    if (!isUuid(s.seminar_id()))
        return badField("seminar_id");
    auto prefecture = prefectureOfSeminar(ctx, s.seminar_id());
    if (!prefecture)
        return prefecture.error();
    if (*prefecture == 0)
        return notFound("研修", "The seminar");
    if (!authorization::isCentreStaffOf(ctx.caller, *prefecture))
        return forbidden();
    if (s.capacity() < 0)
        return badField("capacity");
    if (charCount(s.venue_name()) > kMaxShortTextChars)
        return badField("venue_name");
    if (charCount(s.venue_address()) > kMaxShortTextChars)
        return badField("venue_address");
    if (s.online_url().size() > kMaxUrlBytes)
        return badField("online_url");
    if (s.has_starts_at() && s.has_ends_at() && s.ends_at().seconds() < s.starts_at().seconds())
        return badField("ends_at");
    if (auto known = areKnownModels(ctx, s.shown_model_ids()); !known)
        return known.error();
    else if (!*known)
        return badField("shown_model_ids");
    // Counts are the server's; a new session has nobody yet and is not cancelled.
    s.set_confirmed_count(0);
    s.set_waitlist_count(0);
    s.set_cancelled(false);
    s.set_server_version(0);

    auto existing = ctx.tx.find(RECORD_KIND_SEMINAR_SESSION, s.id());
    if (!existing)
        return existing.error();
    if (*existing) {
        SeminarSession stored = (*existing)->seminar_session();
        stored.set_server_version(0);
        stored.set_confirmed_count(0);
        stored.set_waitlist_count(0);
        if (sameContent(stored, s))
            return applied({ std::move(**existing) });
        return alreadyExists();
    }
    Record record = wrap(s);
    if (auto version = putPlaced(ctx.tx, record); !version)
        return version.error();
    return applied({ std::move(record) });
}

Outcome signUp(RuleContext& ctx, const SignUp& op)
{
    const auto& caller = ctx.caller;
    const bool mayAttend = authorization::isSignedInStaff(caller) || caller.isKiosk()
        || (caller.isDeviceSession() && (caller.hasRole(ROLE_ATTENDEE) || isPhoneDeviceSession(caller)));
    if (!mayAttend)
        return forbidden();
    const Registration& in = op.registration();
    if (!isUuid(in.id()))
        return badField("id");
    if (!isUuid(in.session_id()))
        return badField("session_id");
    if (charCount(in.attendee_name()) > kMaxShortTextChars)
        return badField("attendee_name");
    if (charCount(in.attendee_organisation()) > kMaxShortTextChars)
        return badField("attendee_organisation");
    if (in.attendee_email().size() > kMaxEmailBytes)
        return badField("attendee_email");

    auto sessionRecord = ctx.tx.find(RECORD_KIND_SEMINAR_SESSION, in.session_id());
    if (!sessionRecord)
        return sessionRecord.error();
    if (!*sessionRecord)
        return sessionNotFound();
    const SeminarSession session = (*sessionRecord)->seminar_session();

    // The registration id is the idempotency key: a replay gets the stored answer, but only
    // the one who made it does (a kiosk entry has no owner but its unguessable id).
    auto existing = ctx.tx.find(RECORD_KIND_REGISTRATION, in.id());
    if (!existing)
        return existing.error();
    if (*existing) {
        const auto& stored = (*existing)->registration();
        const bool anonymousKioskEntry
            = caller.isKiosk() && stored.user_id().empty() && stored.device_id().empty();
        if (stored.session_id() != in.session_id()
            || !(ownsRegistration(caller, stored) || anonymousKioskEntry))
            return alreadyExists();
        return applied({ std::move(**existing) });
    }

    Registration r;
    r.set_id(in.id());
    r.set_session_id(in.session_id());
    r.set_attendee_name(in.attendee_name());
    r.set_attendee_organisation(in.attendee_organisation());
    r.set_attendee_email(in.attendee_email());
    r.set_user_id(caller.userId);
    if (authorization::isSignedInStaff(caller))
        r.set_organisation_id(caller.organisationId);
    // Only an attendee's own phone pulls by device; a kiosk's visitors are write-only.
    if (isPhoneDeviceSession(caller))
        r.set_device_id(caller.deviceId);
    *r.mutable_requested_at() = toTimestamp(ctx.now);

    auto registrations = registrationsOf(ctx, session.id());
    if (!registrations)
        return registrations.error();
    auto allocator = allocatorFor(session, *registrations);
    if (!allocator)
        return sessionDataBroken();
    const auto outcome
        = allocator->signUp({ r.id(), attendeeIdOf(r), std::chrono::floor<std::chrono::seconds>(ctx.now) });
    switch (outcome.status) {
    case domain::SignUpStatus::Rejected:
        return signUpRejected(outcome.reason);
    case domain::SignUpStatus::Duplicate: {
        // The same person already holds a place under another registration id.
        const auto it = std::find_if(registrations->begin(), registrations->end(),
            [&](const Registration& x) { return x.id() == outcome.existingRegistrationId; });
        if (it != registrations->end() && ownsRegistration(caller, *it))
            return applied({ wrap(*it) });
        return rejected("already_registered", "この方は既にこの回に申し込まれています。",
            "This person is already signed up for this session.");
    }
    case domain::SignUpStatus::Confirmed:
        r.set_status(REGISTRATION_STATUS_CONFIRMED);
        if (auto issued = issueTicket(ctx, r); !issued)
            return issued.error();
        break;
    case domain::SignUpStatus::Waitlisted:
        r.set_status(REGISTRATION_STATUS_WAITLISTED);
        r.set_waitlist_position(outcome.waitlistPosition);
        break;
    }
    Record record = wrap(r);
    if (auto version = putPlaced(ctx.tx, record); !version)
        return version.error();
    MutationResult result = applied({ record });
    if (auto settled = settle(ctx, session, *allocator, *registrations, r.id(), result); !settled)
        return settled.error();
    return result;
}

Outcome cancelRegistration(RuleContext& ctx, const CancelRegistration& op)
{
    auto found = ctx.tx.find(RECORD_KIND_REGISTRATION, op.registration_id());
    if (!found)
        return found.error();
    if (!*found)
        return notFound("申込み", "The registration");
    Registration r = (*found)->registration();
    auto sessionRecord = ctx.tx.find(RECORD_KIND_SEMINAR_SESSION, r.session_id());
    if (!sessionRecord)
        return sessionRecord.error();
    if (!*sessionRecord)
        return sessionNotFound();
    const SeminarSession session = (*sessionRecord)->seminar_session();
    auto prefecture = prefectureOfSeminar(ctx, session.seminar_id());
    if (!prefecture)
        return prefecture.error();
    const auto& caller = ctx.caller;
    const bool managerOfRegistrant = !r.organisation_id().empty()
        && authorization::isMemberOf(caller, r.organisation_id()) && caller.hasRole(ROLE_FACILITY_MANAGER);
    if (!ownsRegistration(caller, r) && !managerOfRegistrant
        && !authorization::isCentreStaffOf(caller, *prefecture))
        return forbidden();
    if (r.status() == REGISTRATION_STATUS_CANCELLED)
        return applied({ wrap(r) });

    auto registrations = registrationsOf(ctx, session.id());
    if (!registrations)
        return registrations.error();
    auto allocator = allocatorFor(session, *registrations);
    if (!allocator)
        return sessionDataBroken();
    const auto outcome = allocator->cancel(r.id());
    if (outcome.status == domain::CancelStatus::NotFound)
        return invalidState(
            "この申込みは取り消せる状態ではありません。", "This registration cannot be cancelled.");
    r.set_status(REGISTRATION_STATUS_CANCELLED);
    r.set_waitlist_position(0);
    // A cancelled seat's ticket must not open the door.
    r.clear_ticket();
    Record record = wrap(r);
    if (auto version = putPlaced(ctx.tx, record); !version)
        return version.error();
    MutationResult result = applied({ record });
    if (auto settled = settle(ctx, session, *allocator, *registrations, r.id(), result); !settled)
        return settled.error();
    return result;
}

Outcome recordCheckIn(RuleContext& ctx, const RecordCheckIn& op)
{
    if (!authorization::isSignedInStaff(ctx.caller))
        return forbidden();
    const CheckIn& in = op.check_in();
    if (!isUuid(in.id()))
        return badField("id");
    if (!isUuid(in.session_id()))
        return badField("session_id");
    if (in.nonce().empty() || in.nonce().size() > kMaxNonceBytes)
        return badField("nonce");
    auto sessionRecord = ctx.tx.find(RECORD_KIND_SEMINAR_SESSION, in.session_id());
    if (!sessionRecord)
        return sessionRecord.error();
    if (!*sessionRecord)
        return sessionNotFound();
    auto prefecture = prefectureOfSeminar(ctx, (*sessionRecord)->seminar_session().seminar_id());
    if (!prefecture)
        return prefecture.error();
    if (!authorization::isCentreStaffOf(ctx.caller, *prefecture))
        return forbidden();

    // The same event sent again (a retry from the door): answer with what is stored.
    auto nonceStmt = ctx.tx.db().cached("SELECT check_in_id FROM check_in_nonces WHERE nonce = ?");
    if (!nonceStmt)
        return nonceStmt.error();
    (*nonceStmt)->bind(1, in.nonce());
    const auto step = (*nonceStmt)->step();
    if (step == Statement::Step::Error) {
        auto error = (*nonceStmt)->lastError("read check-in nonce");
        (*nonceStmt)->reset();
        return error;
    }
    if (step == Statement::Step::Row) {
        const std::string checkInId = (*nonceStmt)->columnText(0);
        (*nonceStmt)->reset();
        auto stored = ctx.tx.find(RECORD_KIND_CHECK_IN, checkInId);
        if (!stored)
            return stored.error();
        if (*stored)
            return applied({ std::move(**stored) });
        return applied();
    }
    (*nonceStmt)->reset();
    auto existing = ctx.tx.find(RECORD_KIND_CHECK_IN, in.id());
    if (!existing)
        return existing.error();
    if (*existing)
        return alreadyExists();

    CheckIn c;
    c.set_id(in.id());
    c.set_nonce(in.nonce());
    c.set_session_id(in.session_id());
    c.set_device_id(ctx.caller.deviceId);
    // When the door scanned it (possibly offline, hours before this push): the event's time,
    // not a decision the server makes.
    *c.mutable_checked_in_at() = in.has_checked_in_at() ? in.checked_in_at() : toTimestamp(ctx.now);
    c.set_result(CHECK_IN_RESULT_INVALID);

    const auto payload = ctx.signer.verify(op.ticket());
    bool valid = payload && payload->session_id() == in.session_id();
    if (valid) {
        auto registration = ctx.tx.find(RECORD_KIND_REGISTRATION, payload->registration_id());
        if (!registration)
            return registration.error();
        TicketPayload issued;
        valid = *registration && (*registration)->registration().session_id() == in.session_id()
            && (*registration)->registration().status() == REGISTRATION_STATUS_CONFIRMED
            && issued.ParseFromString((*registration)->registration().ticket().payload())
            && issued.ticket_id() == payload->ticket_id();
    }
    if (valid) {
        c.set_ticket_id(payload->ticket_id());
        c.set_registration_id(payload->registration_id());
        auto earlier = ctx.tx.listByParent(RECORD_KIND_CHECK_IN, in.session_id());
        if (!earlier)
            return earlier.error();
        const bool seenBefore = std::any_of(earlier->begin(), earlier->end(), [&](const Record& x) {
            return x.check_in().ticket_id() == payload->ticket_id()
                && x.check_in().result() == CHECK_IN_RESULT_ACCEPTED;
        });
        c.set_result(seenBefore ? CHECK_IN_RESULT_DUPLICATE : CHECK_IN_RESULT_ACCEPTED);
    } else if (isUuid(in.ticket_id())) {
        // Kept for the door's log; an unverified ticket names no registration.
        c.set_ticket_id(in.ticket_id());
    }

    Record record = wrap(c);
    if (auto version = putPlaced(ctx.tx, record); !version)
        return version.error();
    auto insert = ctx.tx.db().cached("INSERT INTO check_in_nonces(nonce, check_in_id) VALUES (?, ?)");
    if (!insert)
        return insert.error();
    (*insert)->bind(1, c.nonce()).bind(2, c.id());
    if (auto status = (*insert)->run(); !status)
        return status.error();
    return applied({ std::move(record) });
}

} // namespace yk::server::rules
