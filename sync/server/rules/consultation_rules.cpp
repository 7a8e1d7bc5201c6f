// Consultations (相談): a facility opens one for itself from the app, or centre staff open one
// on its behalf (phone, visit, exhibition, e-mail); both sides write in its thread; centre
// staff refer it onward (つなぎ), set a follow-up date, link records to it and close it.
//
// Who sees it is placement.cpp's business (the facility and its prefecture's centre); who may
// change it is decided here with the same two tests: a facility worker of the consultation's
// organisation, or centre staff of its prefecture. Every step is written into `events` with
// who and when, by the server's clock.

#include "authorization.h"
#include "rule_context.h"

#include "core/placement.h"

#include "domain/date.h"
#include "hex_text.h"

namespace yk::server::rules {

using namespace yokoten::v1;

namespace {

constexpr int kMaxMessages = 300; ///< a thread longer than this is a new consultation
constexpr int kMaxReferrals = 20;
constexpr std::size_t kMaxContactChars = 400;

MutationResult blankText()
{
    return invalidArgument("本文を入れてください。", "Please write the text.");
}

MutationResult closedAlready()
{
    return invalidState("この相談は完了しています。続きは新しい相談として受け付けます。",
        "This consultation is closed. Please open a new one to continue.");
}

StoreStatus addEvent(RuleContext& ctx, Consultation& c, ConsultationEventKind kind, std::string detail = {})
{
    auto name = callerName(ctx);
    if (!name)
        return name.error();
    auto* event = c.add_events();
    event->set_kind(kind);
    event->set_by_user_id(ctx.caller.userId);
    event->set_by_name(*name);
    *event->mutable_at() = toTimestamp(ctx.now);
    event->set_detail(std::move(detail));
    return {};
}

// Stores the consultation and the files it and its messages refer to, so the facility and the
// centre (and nobody else) can fetch them.
Outcome store(RuleContext& ctx, const Consultation& c, bool isNew = false)
{
    Record record = wrap(c);
    if (auto version = putPlaced(ctx.tx, record); !version)
        return version.error();
    std::vector<std::string> files;
    for (const auto& attachment : c.attachments())
        files.push_back(attachment.sha256());
    for (const auto& message : c.messages())
        for (const auto& attachment : message.attachments())
            files.push_back(attachment.sha256());
    if (auto status = referAttachments(ctx, RECORD_KIND_CONSULTATION, c.id(), files, isNew); !status)
        return status.error();
    return applied({ std::move(record) });
}

StoreResult<std::optional<Consultation>> findConsultation(RuleContext& ctx, std::string_view id)
{
    auto found = ctx.tx.find(RECORD_KIND_CONSULTATION, id);
    if (!found)
        return found.error();
    if (!*found)
        return std::optional<Consultation>();
    return std::optional<Consultation>((*found)->consultation());
}

bool isCentreOf(const Principal& caller, const Consultation& c)
{
    return authorization::isCentreStaffOf(caller, c.prefecture_code());
}

/// A step only centre staff of the consultation's prefecture take: finds it, checks the caller
/// and (unless `closedToo`) that it is still open, then lets `step` check its input and change
/// the record. `step` answers a refusal (or the unchanged record) itself, or nothing: then the
/// change is stored.
template <typename Step> Outcome centreStep(RuleContext& ctx, std::string_view id, bool closedToo, Step step)
{
    auto found = findConsultation(ctx, id);
    if (!found)
        return found.error();
    if (!*found)
        return notFound("相談", "The consultation");
    if (!isCentreOf(ctx.caller, **found))
        return forbidden();
    if (!closedToo && (*found)->state() == CONSULTATION_STATE_CLOSED)
        return closedAlready();
    Consultation c = std::move(**found);
    if (std::optional<Outcome> answer = step(c))
        return std::move(*answer);
    return store(ctx, c);
}

/// The first list of linked ids that names an unknown record (its field), or empty.
StoreResult<std::string_view> unknownLink(RuleContext& ctx,
    const google::protobuf::RepeatedPtrField<std::string>& caseIds,
    const google::protobuf::RepeatedPtrField<std::string>& modelIds,
    const google::protobuf::RepeatedPtrField<std::string>& sessionIds,
    const google::protobuf::RepeatedPtrField<std::string>& loanIds)
{
    const std::pair<RecordKind, const google::protobuf::RepeatedPtrField<std::string>*> lists[] = {
        { RECORD_KIND_CASE, &caseIds },
        { RECORD_KIND_EQUIPMENT_MODEL, &modelIds },
        { RECORD_KIND_SEMINAR_SESSION, &sessionIds },
        { RECORD_KIND_LOAN_REQUEST, &loanIds },
    };
    for (const auto& [kind, ids] : lists) {
        auto known = areKnownRecords(ctx, kind, *ids);
        if (!known)
            return known.error();
        if (!*known)
            return proto::specOf(kind)->bodyField;
    }
    return std::string_view();
}

} // namespace

Outcome openConsultationFrom(RuleContext& ctx, const Consultation& in, const std::string& sourceEntryId)
{
    const auto& caller = ctx.caller;
    if (!isUuid(in.id()))
        return invalidField("id");
    if (!isUuid(in.organisation_id()))
        return invalidField("organisation_id");
    if (in.topic() == CONSULTATION_TOPIC_UNSPECIFIED || !ConsultationTopic_IsValid(in.topic()))
        return invalidField("topic");
    if (!ConsultationChannel_IsValid(in.channel()))
        return invalidField("channel");
    if (in.question().size() > kMaxTextBytes)
        return invalidField("question");
    if (charCount(in.contact_preference()) > kMaxContactChars)
        return invalidField("contact_preference");
    if (badAttachments(in.attachments()))
        return invalidField("attachments");
    if (in.source_entry_id() != sourceEntryId)
        return invalidField("source_entry_id");

    auto org = ctx.tx.find(RECORD_KIND_ORGANISATION, in.organisation_id());
    if (!org)
        return org.error();
    if (!*org || (*org)->organisation().kind() != ORGANISATION_KIND_FACILITY)
        return notFound("事業所", "The facility");
    const int prefecture = (*org)->organisation().prefecture_code();
    // The facility asks for itself through the app (whatever channel it sent); the centre
    // records what reached it by phone, visit, exhibition or e-mail, and must say which.
    const bool ownFacility = authorization::isFacilityWorkerOf(caller, in.organisation_id());
    const bool centre = authorization::isCentreStaffOf(caller, prefecture);
    if (!ownFacility && !centre)
        return forbidden();
    if (!ownFacility
        && (in.channel() == CONSULTATION_CHANNEL_APP || in.channel() == CONSULTATION_CHANNEL_UNSPECIFIED))
        return invalidField("channel");
    if (isBlank(in.question()))
        return invalidArgument(
            "相談の内容を入れてください。", "Please write what the consultation is about.");

    auto badLink = unknownLink(ctx, in.case_ids(), in.model_ids(), in.session_ids(), in.loan_ids());
    if (!badLink)
        return badLink.error();
    if (!badLink->empty())
        return invalidField(*badLink);

    if (!in.adoption_id().empty()) {
        // A follow-up of a stalled adoption: the facility's own adoption.
        if (!isUuid(in.adoption_id()))
            return invalidField("adoption_id");
        auto adoption = ctx.tx.find(RECORD_KIND_ADOPTION, in.adoption_id());
        if (!adoption)
            return adoption.error();
        if (!*adoption || (*adoption)->adoption().organisation_id() != in.organisation_id())
            return invalidField("adoption_id");
    }

    auto existing = findConsultation(ctx, in.id());
    if (!existing)
        return existing.error();
    if (*existing) {
        // The Mutator refused a replay by anyone else; the sender gets what is stored.
        if (ctx.replayBySender && (*existing)->organisation_id() == in.organisation_id())
            return applied({ wrap(**existing) });
        return alreadyExists();
    }

    Consultation c = in;
    if (ownFacility)
        c.set_channel(CONSULTATION_CHANNEL_APP);
    c.set_server_version(0);
    c.set_prefecture_code(prefecture);
    c.set_state(CONSULTATION_STATE_RECEIVED);
    c.set_opened_by_user_id(caller.userId);
    *c.mutable_opened_at() = toTimestamp(ctx.now);
    c.clear_messages();
    c.clear_referrals();
    c.clear_events();
    c.clear_follow_up_date();
    c.clear_first_reply_at();
    c.clear_closed_at();
    if (auto status = addEvent(ctx, c, CONSULTATION_EVENT_KIND_OPENED); !status)
        return status.error();
    return store(ctx, c, true);
}

Outcome openConsultation(RuleContext& ctx, const OpenConsultation& op)
{
    return openConsultationFrom(ctx, op.consultation(), {});
}

Outcome replyConsultation(RuleContext& ctx, const ReplyConsultation& op)
{
    auto found = findConsultation(ctx, op.consultation_id());
    if (!found)
        return found.error();
    if (!*found)
        return notFound("相談", "The consultation");
    Consultation c = std::move(**found);
    const bool fromCentre = isCentreOf(ctx.caller, c);
    if (!fromCentre && !authorization::isFacilityWorkerOf(ctx.caller, c.organisation_id()))
        return forbidden();
    const auto& in = op.message();
    if (!isUuid(in.id()))
        return invalidField("message.id");
    if (in.text().size() > kMaxTextBytes)
        return invalidField("message.text");
    if (badAttachments(in.attachments()))
        return invalidField("message.attachments");
    // The message id makes a reply idempotent: the writer's replay gets what is stored.
    for (const auto& stored : c.messages()) {
        if (stored.id() == in.id()) {
            if (stored.author_user_id() == ctx.caller.userId)
                return applied({ wrap(c) });
            return alreadyExists();
        }
    }
    if (isBlank(in.text()))
        return blankText();
    if (c.state() == CONSULTATION_STATE_CLOSED)
        return closedAlready();
    if (c.messages_size() >= kMaxMessages)
        return invalidState("この相談はやり取りが長くなったため、新しい相談として続けてください。",
            "This consultation's thread is full; please continue in a new consultation.");

    auto name = callerName(ctx);
    if (!name)
        return name.error();
    auto* message = c.add_messages();
    message->set_id(in.id());
    message->set_author_user_id(ctx.caller.userId);
    message->set_author_name(*name);
    message->set_from_centre(fromCentre);
    message->set_text(in.text());
    *message->mutable_attachments() = in.attachments();
    *message->mutable_written_at() = toTimestamp(ctx.now);
    if (fromCentre) {
        if (!c.has_first_reply_at())
            *c.mutable_first_reply_at() = message->written_at();
        if (c.state() == CONSULTATION_STATE_RECEIVED)
            c.set_state(CONSULTATION_STATE_ANSWERING);
    }
    if (auto status = addEvent(ctx, c, CONSULTATION_EVENT_KIND_REPLIED); !status)
        return status.error();
    return store(ctx, c);
}

Outcome referConsultation(RuleContext& ctx, const ReferConsultation& op)
{
    return centreStep(ctx, op.consultation_id(), false, [&](Consultation& c) -> std::optional<Outcome> {
        if (charCount(op.partner()) > kMaxShortTextChars || c.referrals_size() >= kMaxReferrals)
            return invalidField("partner");
        if (op.note().size() > kMaxTextBytes)
            return invalidField("note");
        if (isBlank(op.partner()))
            return invalidArgument("つなぎ先を選んでください。", "Please choose whom to refer it to.");
        auto* referral = c.add_referrals();
        referral->set_partner(op.partner());
        referral->set_note(op.note());
        referral->set_by_user_id(ctx.caller.userId);
        *referral->mutable_referred_at() = toTimestamp(ctx.now);
        c.set_state(CONSULTATION_STATE_REFERRED);
        if (auto status = addEvent(ctx, c, CONSULTATION_EVENT_KIND_REFERRED, op.partner()); !status)
            return Outcome(status.error());
        return std::nullopt;
    });
}

Outcome setConsultationFollowUp(RuleContext& ctx, const SetConsultationFollowUp& op)
{
    return centreStep(ctx, op.consultation_id(), false, [&](Consultation& c) -> std::optional<Outcome> {
        if (!op.follow_up_date().empty() && !domain::Date::parse(op.follow_up_date()))
            return invalidField("follow_up_date");
        if (c.follow_up_date() == op.follow_up_date())
            return applied({ wrap(c) });
        c.set_follow_up_date(op.follow_up_date());
        if (auto status = addEvent(ctx, c, CONSULTATION_EVENT_KIND_FOLLOW_UP_SET, op.follow_up_date());
            !status)
            return Outcome(status.error());
        return std::nullopt;
    });
}

// Links may still be added after closing: a case written later belongs to the record.
Outcome linkConsultation(RuleContext& ctx, const LinkConsultation& op)
{
    return centreStep(ctx, op.consultation_id(), true, [&](Consultation& c) -> std::optional<Outcome> {
        auto badLink = unknownLink(ctx, op.case_ids(), op.model_ids(), op.session_ids(), op.loan_ids());
        if (!badLink)
            return Outcome(badLink.error());
        if (!badLink->empty())
            return invalidField(*badLink);
        *c.mutable_case_ids() = op.case_ids();
        *c.mutable_model_ids() = op.model_ids();
        *c.mutable_session_ids() = op.session_ids();
        *c.mutable_loan_ids() = op.loan_ids();
        if (auto status = addEvent(ctx, c, CONSULTATION_EVENT_KIND_LINKED); !status)
            return Outcome(status.error());
        return std::nullopt;
    });
}

// Closing twice is one close.
Outcome closeConsultation(RuleContext& ctx, const CloseConsultation& op)
{
    return centreStep(ctx, op.consultation_id(), true, [&](Consultation& c) -> std::optional<Outcome> {
        if (op.note().size() > kMaxTextBytes)
            return invalidField("note");
        if (c.state() == CONSULTATION_STATE_CLOSED)
            return applied({ wrap(c) });
        c.set_state(CONSULTATION_STATE_CLOSED);
        *c.mutable_closed_at() = toTimestamp(ctx.now);
        if (auto status = addEvent(ctx, c, CONSULTATION_EVENT_KIND_CLOSED, op.note()); !status)
            return Outcome(status.error());
        return std::nullopt;
    });
}

} // namespace yk::server::rules
