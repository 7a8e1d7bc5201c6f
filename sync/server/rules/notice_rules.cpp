// Notices (お知らせ): centre staff and prefecture officers write to the organisations of their
// prefecture, a municipal officer to the facilities of their municipality. Members of the
// audience mark a notice read; the first reader of an organisation counts it. Only the counts
// reach the sender's organisation, and nobody learns which organisations read
// (docs/security.md, "Notices").
//
// Who receives a notice is placement.cpp's business (core/notice_audience.h).

#include "authorization.h"
#include "rule_context.h"

#include "core/notice_audience.h"
#include "core/placement.h"

#include <algorithm>

namespace yk::server::rules {

using namespace yokoten::v1;

namespace {

constexpr int kMaxNoticeAttachments = 1;
constexpr int kMaxAudienceServiceTypes = 10;

/// Who may publish: centre staff of a centre, a prefecture officer of a prefecture office, a
/// municipal officer of a municipality (for its own municipality only).
bool mayPublish(const Principal& caller)
{
    if (!authorization::isSignedInStaff(caller) || caller.prefectureCode <= 0)
        return false;
    switch (caller.organisationKind) {
    case ORGANISATION_KIND_CENTRE:
        return caller.hasRole(ROLE_CENTRE_STAFF);
    case ORGANISATION_KIND_PREFECTURE:
        return caller.hasRole(ROLE_PREFECTURE_OFFICER);
    case ORGANISATION_KIND_MUNICIPALITY:
        return caller.hasRole(ROLE_MUNICIPAL_OFFICER);
    default:
        return false;
    }
}

bool isNoticeRole(int role)
{
    return role == ROLE_FACILITY_STAFF || role == ROLE_FACILITY_MANAGER || role == ROLE_MUNICIPAL_OFFICER
        || role == ROLE_PREFECTURE_OFFICER || role == ROLE_CENTRE_STAFF;
}

template <typename List> bool hasDuplicates(const List& list)
{
    for (int i = 0; i < list.size(); ++i)
        if (std::find(list.begin(), list.begin() + i, list[i]) != list.begin() + i)
            return true;
    return false;
}

bool isNoticeFile(const AttachmentRef& a)
{
    return a.mime_type() == "application/pdf" || a.mime_type() == "image/jpeg"
        || a.mime_type() == "image/png";
}

std::optional<MutationResult> noticeTextProblem(const Notice& in)
{
    if (!isUuid(in.id()))
        return invalidField("id");
    if (charCount(in.title()) > kMaxTitleChars)
        return invalidField("title");
    if (isBlank(in.title()))
        return invalidArgument("お知らせの件名を入れてください。", "Please give the notice a title.");
    if (in.body().size() > kMaxTextBytes)
        return invalidField("body");
    if (!in.deadline().empty() && !domain::Date::parse(in.deadline()))
        return invalidField("deadline");
    if (in.attachments_size() > kMaxNoticeAttachments || badAttachments(in.attachments())
        || !std::all_of(in.attachments().begin(), in.attachments().end(), isNoticeFile))
        return invalidArgument("添付できるのはPDFか写真（JPEG・PNG）1つです。",
            "A notice may carry one PDF or photo (JPEG, PNG).");
    return std::nullopt;
}

/// Checks the audience a caller asks for and fills in what the server decides: the prefecture
/// is the caller's, a municipal officer writes to their own municipality.
StoreResult<std::optional<MutationResult>> settleAudience(RuleContext& ctx, NoticeAudience& a)
{
    const auto& caller = ctx.caller;
    const std::optional<MutationResult> fine;
    if (a.prefecture_code() != 0 && a.prefecture_code() != caller.prefectureCode)
        return std::optional<MutationResult>(invalidArgument("お知らせは自分の都道府県の中にだけ送れます。",
            "A notice can only go to organisations of your own prefecture."));
    a.set_prefecture_code(caller.prefectureCode);
    if (caller.organisationKind == ORGANISATION_KIND_MUNICIPALITY) {
        if (!a.municipality_id().empty() && a.municipality_id() != caller.organisationId)
            return std::optional<MutationResult>(
                invalidArgument("市町村からのお知らせは自分の市町村の中にだけ送れます。",
                    "A municipality's notice can only go to its own municipality."));
        a.set_municipality_id(caller.organisationId);
    }
    if (!a.municipality_id().empty()) {
        if (!isUuid(a.municipality_id()))
            return std::optional<MutationResult>(invalidField("audience.municipality_id"));
        auto found = ctx.tx.find(RECORD_KIND_ORGANISATION, a.municipality_id());
        if (!found)
            return found.error();
        if (!*found || (*found)->organisation().kind() != ORGANISATION_KIND_MUNICIPALITY
            || (*found)->organisation().prefecture_code() != caller.prefectureCode)
            return std::optional<MutationResult>(invalidField("audience.municipality_id"));
    }
    if (a.service_types_size() > kMaxAudienceServiceTypes || hasDuplicates(a.service_types())
        || std::any_of(a.service_types().begin(), a.service_types().end(),
            [](int t) { return t == SERVICE_TYPE_UNSPECIFIED || !ServiceType_IsValid(t); }))
        return std::optional<MutationResult>(invalidField("audience.service_types"));
    if (hasDuplicates(a.roles()) || !std::all_of(a.roles().begin(), a.roles().end(), isNoticeRole))
        return std::optional<MutationResult>(invalidField("audience.roles"));
    return fine;
}

StoreResult<std::optional<Notice>> findNotice(RuleContext& ctx, std::string_view id)
{
    auto found = ctx.tx.find(RECORD_KIND_NOTICE, id);
    if (!found)
        return found.error();
    if (!*found)
        return std::optional<Notice>();
    return std::optional<Notice>((*found)->notice());
}

StoreStatus storeNotice(RuleContext& ctx, Notice& notice)
{
    Record record = wrap(notice);
    auto version = putPlaced(ctx.tx, record);
    if (!version)
        return version.error();
    notice.set_server_version(*version);
    return {};
}

/// The answer: the notice as the caller receives it by pull.
MutationResult appliedNotice(const RuleContext& ctx, Notice notice)
{
    reduceNoticeFor(notice, ctx.caller);
    return applied({ wrap(notice) });
}

MutationResult noticeNotFound()
{
    return notFound("お知らせ", "The notice");
}

StoreResult<std::int64_t> countReaders(RuleContext& ctx, const std::string& noticeId)
{
    auto stmt = ctx.tx.db().cached("SELECT COUNT(*) FROM notice_reads WHERE notice_id = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, noticeId);
    const auto step = (*stmt)->step();
    if (step == SqlStatement::Step::Error) {
        auto error = (*stmt)->lastError("count notice readers");
        (*stmt)->reset();
        return error;
    }
    const std::int64_t count = step == SqlStatement::Step::Row ? (*stmt)->columnInt64(0) : 0;
    (*stmt)->reset();
    return count;
}

/// Checks the id, finds the notice, answers not_found without it, and lets `step` decide.
template <typename Step> Outcome onNotice(RuleContext& ctx, const std::string& id, Step step)
{
    if (!isUuid(id))
        return invalidField("notice_id");
    auto found = findNotice(ctx, id);
    if (!found)
        return found.error();
    if (!*found)
        return noticeNotFound();
    return step(std::move(**found));
}

} // namespace

Outcome publishNotice(RuleContext& ctx, const PublishNotice& op)
{
    const auto& caller = ctx.caller;
    if (!mayPublish(caller))
        return forbidden();
    Notice in = op.notice();
    if (auto problem = noticeTextProblem(in))
        return *problem;
    auto existing = findNotice(ctx, in.id());
    if (!existing)
        return existing.error();
    if (*existing) {
        // Publishing again corrects the texts, the deadline and the file; the audience and
        // the counts stay as they were.
        const auto& stored = **existing;
        if (!authorization::isMemberOf(caller, stored.sender_org_id()))
            return forbidden();
        if (stored.withdrawn())
            return invalidState("取り下げたお知らせは直せません。", "A withdrawn notice cannot be changed.");
        *in.mutable_audience() = stored.audience();
        in.set_sender_org_id(stored.sender_org_id());
        in.set_sender_org_name(stored.sender_org_name());
        in.set_sender_user_id(stored.sender_user_id());
        *in.mutable_published_at() = stored.published_at();
        in.set_audience_org_count(stored.audience_org_count());
        in.set_read_org_count(stored.read_org_count());
    } else {
        if (!in.deadline().empty() && *domain::Date::parse(in.deadline()) < japanDate(ctx.now))
            return invalidArgument("締切が過ぎた日付になっています。", "The deadline is already past.");
        auto audienceProblem = settleAudience(ctx, *in.mutable_audience());
        if (!audienceProblem)
            return audienceProblem.error();
        if (*audienceProblem)
            return **audienceProblem;
        auto sender = ctx.tx.find(RECORD_KIND_ORGANISATION, caller.organisationId);
        if (!sender)
            return sender.error();
        in.set_sender_org_id(caller.organisationId);
        in.set_sender_org_name(*sender ? (*sender)->organisation().name() : std::string());
        in.set_sender_user_id(caller.userId);
        *in.mutable_published_at() = toTimestamp(ctx.now);
        auto reach = noticeReachOf(ctx.tx, in);
        if (!reach)
            return reach.error();
        if (reach->organisationIds.empty())
            return invalidArgument("この宛先に当てはまる組織がありません。宛先を広げてください。",
                "No organisation fits this audience. Please widen it.");
        in.set_audience_org_count(static_cast<int>(reach->organisationIds.size()));
        in.set_read_org_count(0);
    }
    in.set_withdrawn(false);
    in.set_server_version(0);
    if (auto status = storeNotice(ctx, in); !status)
        return status.error();
    std::vector<std::string> files;
    for (const auto& attachment : in.attachments())
        files.push_back(attachment.sha256());
    if (auto status = referAttachments(ctx, RECORD_KIND_NOTICE, in.id(), files, !*existing); !status)
        return status.error();
    return appliedNotice(ctx, std::move(in));
}

Outcome markNoticeRead(RuleContext& ctx, const MarkNoticeRead& op)
{
    const auto& caller = ctx.caller;
    if (!authorization::isSignedInStaff(caller))
        return forbidden(); // phones and kiosks receive no notices
    return onNotice(ctx, op.notice_id(), [&ctx, &caller](Notice notice) -> Outcome {
        // Only those who receive it may read it; to anyone else it does not exist.
        auto visible = authorization::isVisibleTo(ctx.tx, caller, wrap(notice));
        if (!visible)
            return visible.error();
        if (!*visible)
            return noticeNotFound();
        if (notice.withdrawn())
            return invalidState("このお知らせは取り下げられました。", "This notice has been withdrawn.");
        if (caller.organisationId == notice.sender_org_id())
            return appliedNotice(ctx, std::move(notice)); // the sender's own reading is not counted
        auto org = ctx.tx.find(RECORD_KIND_ORGANISATION, caller.organisationId);
        if (!org)
            return org.error();
        if (!*org || !isInNoticeAudience((*org)->organisation(), notice.audience())
            || !holdsNoticeRole(caller.roles, notice.audience()))
            return noticeNotFound();
        auto add = ctx.tx.db().cached(
            "INSERT OR IGNORE INTO notice_reads(notice_id, organisation_id) VALUES (?, ?)");
        if (!add)
            return add.error();
        (*add)->bind(1, notice.id()).bind(2, caller.organisationId);
        if (auto status = (*add)->run(); !status)
            return status.error();
        auto readers = countReaders(ctx, notice.id());
        if (!readers)
            return readers.error();
        if (*readers != notice.read_org_count()) {
            notice.set_read_org_count(static_cast<int>(*readers));
            if (auto status = storeNotice(ctx, notice); !status)
                return status.error();
        }
        return appliedNotice(ctx, std::move(notice));
    });
}

Outcome withdrawNotice(RuleContext& ctx, const WithdrawNotice& op)
{
    return onNotice(ctx, op.notice_id(), [&ctx](Notice notice) -> Outcome {
        if (!mayPublish(ctx.caller) || !authorization::isMemberOf(ctx.caller, notice.sender_org_id()))
            return forbidden();
        if (!notice.withdrawn()) {
            notice.set_withdrawn(true);
            if (auto status = storeNotice(ctx, notice); !status)
                return status.error();
        }
        return appliedNotice(ctx, std::move(notice));
    });
}

} // namespace yk::server::rules
