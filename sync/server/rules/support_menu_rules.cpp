// The support menu (支援メニュー): centre staff or a prefecture officer keep the entries of their
// prefecture (subsidies, programmes, other help); every organisation of the prefecture reads
// them (placement.cpp). An entry's requirements link the seminars and programmes that satisfy
// them, so the links must name records the store holds: a dead link would send a manager
// nowhere.

#include "authorization.h"
#include "rule_context.h"

#include "core/placement.h"

#include "domain/date.h"
#include "hex_text.h"

#include <algorithm>

namespace yk::server::rules {

using namespace yokoten::v1;

namespace {

constexpr int kMaxTiers = 20;
constexpr int kMaxRequirements = 20;
constexpr int kMaxStaff = 100000;
constexpr std::int64_t kMaxCapYen = 100'000'000'000; // ¥100bn: beyond it is a typing slip
constexpr int kMaxRateDenominator = 100;
constexpr std::size_t kMaxRequirementChars = 400;
constexpr std::size_t kMaxUrlBytes = 2000;

MutationResult entryNotFound()
{
    return notFound("支援メニューの項目", "The support menu entry");
}

StoreResult<std::optional<SupportMenuEntry>> findEntry(RuleContext& ctx, std::string_view id)
{
    auto found = ctx.tx.find(RECORD_KIND_SUPPORT_MENU_ENTRY, id);
    if (!found)
        return found.error();
    if (!*found)
        return std::optional<SupportMenuEntry>();
    return std::optional<SupportMenuEntry>((*found)->support_menu_entry());
}

/// The centre and the prefecture office keep their prefecture's menu together: either may
/// correct or withdraw what the other saved (a subsidy of the prefecture explained by the centre).
bool keeps(const Principal& caller, const SupportMenuEntry& entry)
{
    return authorization::publishesForOwnPrefecture(caller)
        && caller.prefectureCode == entry.prefecture_code();
}

bool badStaffRange(int minStaff, int maxStaff)
{
    return minStaff < 0 || maxStaff < 0 || minStaff > kMaxStaff || maxStaff > kMaxStaff
        || (maxStaff > 0 && maxStaff < minStaff);
}

bool badOptionalDate(const std::string& text)
{
    return !text.empty() && !domain::Date::parse(text);
}

std::optional<MutationResult> tierProblem(const SupportTier& tier)
{
    if (badStaffRange(tier.min_staff(), tier.max_staff()))
        return invalidField("tiers.min_staff");
    if (tier.cap_yen() < 0 || tier.cap_yen() > kMaxCapYen)
        return invalidField("tiers.cap_yen");
    const bool noRate = tier.rate_numerator() == 0 && tier.rate_denominator() == 0;
    if (!noRate
        && (tier.rate_numerator() < 1 || tier.rate_denominator() < 1
            || tier.rate_numerator() > tier.rate_denominator()
            || tier.rate_denominator() > kMaxRateDenominator))
        return invalidArgument("補助率は「3/4」のように、分母以下の分子で入れてください。",
            "Please give the rate as a fraction no greater than one, such as 3/4.");
    if (charCount(tier.label()) > kMaxShortTextChars)
        return invalidField("tiers.label");
    if (tier.cap_yen() == 0 && noRate && isBlank(tier.label()))
        return invalidArgument("上限額・補助率の行に、金額か率か説明を入れてください。",
            "Each row of caps and rates needs an amount, a rate or a description.");
    return std::nullopt;
}

std::optional<MutationResult> entryProblem(const SupportMenuEntry& in)
{
    if (!isUuid(in.id()))
        return invalidField("id");
    if (in.kind() == MENU_ENTRY_KIND_UNSPECIFIED || !MenuEntryKind_IsValid(in.kind()))
        return invalidField("kind");
    if (charCount(in.name()) > kMaxTitleChars)
        return invalidField("name");
    if (isBlank(in.name()))
        return invalidArgument("支援メニューの名前を入れてください。", "Please name the support menu entry.");
    if (charCount(in.provider()) > kMaxShortTextChars)
        return invalidField("provider");
    if (in.summary().size() > kMaxTextBytes)
        return invalidField("summary");
    if (in.eligibility_note().size() > kMaxTextBytes)
        return invalidField("eligibility_note");
    for (int type : in.eligible_service_types())
        if (type == SERVICE_TYPE_UNSPECIFIED || !ServiceType_IsValid(type))
            return invalidField("eligible_service_types");
    if (badStaffRange(in.min_staff(), in.max_staff()))
        return invalidArgument("対象の職員数は、下限が上限以下になるように入れてください。",
            "Please give a staff-count range whose lower bound is not above its upper bound.");
    if (in.tiers_size() > kMaxTiers)
        return invalidField("tiers");
    for (const auto& tier : in.tiers())
        if (auto problem = tierProblem(tier))
            return problem;
    if (badOptionalDate(in.apply_from()))
        return invalidField("apply_from");
    if (badOptionalDate(in.apply_until()) || (!in.apply_from().empty() && in.apply_until() < in.apply_from()))
        return invalidArgument("締切は受付開始日以降の日付（YYYY-MM-DD）で入れてください。",
            "Please give a deadline (YYYY-MM-DD) on or after the opening date.");
    if (in.requirements_size() > kMaxRequirements)
        return invalidField("requirements");
    for (int i = 0; i < in.requirements_size(); ++i) {
        const auto& r = in.requirements(i);
        const auto& all = in.requirements();
        if (!isUuid(r.id())
            || std::any_of(all.begin(), all.begin() + i, [&r](const auto& o) { return o.id() == r.id(); }))
            return invalidField("requirements.id");
        if (charCount(r.text()) > kMaxRequirementChars)
            return invalidField("requirements.text");
        if (isBlank(r.text()))
            return invalidArgument(
                "要件の内容を入れてください。", "Please write what each requirement asks.");
    }
    if (in.has_rules_pdf()) {
        const auto& pdf = in.rules_pdf();
        if (!proto::isSha256Hex(pdf.sha256()) || charCount(pdf.file_name()) > kMaxShortTextChars
            || charCount(pdf.caption()) > kMaxShortTextChars || pdf.size_bytes() < 0)
            return invalidField("rules_pdf");
        if (pdf.mime_type() != "application/pdf")
            return invalidArgument(
                "要綱はPDFファイルを添付してください。", "Please attach the rules as a PDF file.");
    }
    if (charCount(in.source()) > kMaxShortTextChars)
        return invalidField("source");
    if (badOptionalDate(in.as_of()))
        return invalidField("as_of");
    if (in.url().size() > kMaxUrlBytes
        || (!in.url().empty() && in.url().rfind("https://", 0) != 0 && in.url().rfind("http://", 0) != 0))
        return invalidField("url");
    return std::nullopt;
}

/// Every linked seminar exists, and every linked programme is one of the entry's prefecture
/// (a facility could neither see nor apply to another prefecture's programme).
StoreResult<std::optional<MutationResult>> linkProblem(RuleContext& ctx, const SupportMenuEntry& in)
{
    for (const auto& r : in.requirements()) {
        auto seminars = areKnownRecords(ctx, RECORD_KIND_SEMINAR, r.seminar_ids());
        if (!seminars)
            return seminars.error();
        if (!*seminars)
            return std::optional<MutationResult>(invalidArgument("要件に結びつけた研修が見つかりません。",
                "A seminar linked to a requirement does not exist."));
        auto programmes = areKnownRecords(ctx, RECORD_KIND_PROGRAMME, r.programme_ids());
        if (!programmes)
            return programmes.error();
        bool samePrefecture = *programmes;
        for (const auto& id : r.programme_ids()) {
            if (!samePrefecture)
                break;
            auto programme = ctx.tx.find(RECORD_KIND_PROGRAMME, id);
            if (!programme)
                return programme.error();
            samePrefecture
                = *programme && (*programme)->programme().prefecture_code() == in.prefecture_code();
        }
        if (!samePrefecture)
            return std::optional<MutationResult>(
                invalidArgument("要件に結びつけた支援プログラムが、この都道府県のものとして見つかりません。",
                    "A programme linked to a requirement does not exist in this prefecture."));
    }
    return std::optional<MutationResult>();
}

Outcome storeEntry(RuleContext& ctx, SupportMenuEntry& entry, bool isNew)
{
    entry.set_server_version(0);
    Record record = wrap(entry);
    if (auto version = putPlaced(ctx.tx, record); !version)
        return version.error();
    // The rules PDF is readable by whoever reads the entry (the whole prefecture).
    std::vector<std::string> files;
    if (entry.has_rules_pdf())
        files.push_back(entry.rules_pdf().sha256());
    if (auto status = referAttachments(ctx, RECORD_KIND_SUPPORT_MENU_ENTRY, entry.id(), files, isNew);
        !status)
        return status.error();
    return applied({ std::move(record) });
}

} // namespace

Outcome saveMenuEntry(RuleContext& ctx, const SaveMenuEntry& op)
{
    const auto& caller = ctx.caller;
    if (!authorization::publishesForOwnPrefecture(caller))
        return forbidden();
    SupportMenuEntry in = op.entry();
    if (auto problem = entryProblem(in))
        return *problem;
    auto existing = findEntry(ctx, in.id());
    if (!existing)
        return existing.error();
    if (*existing) {
        if (!keeps(caller, **existing))
            return forbidden();
        in.set_owner_org_id((*existing)->owner_org_id());
    } else {
        in.set_owner_org_id(caller.organisationId);
    }
    in.set_prefecture_code(caller.prefectureCode);
    auto links = linkProblem(ctx, in);
    if (!links)
        return links.error();
    if (*links)
        return **links;
    in.set_withdrawn(false); // saving offers the entry (again)
    in.set_updated_by_user_id(caller.userId);
    *in.mutable_updated_at() = toTimestamp(ctx.now);
    return storeEntry(ctx, in, !existing->has_value());
}

Outcome withdrawMenuEntry(RuleContext& ctx, const WithdrawMenuEntry& op)
{
    if (!isUuid(op.entry_id()))
        return invalidField("entry_id");
    auto existing = findEntry(ctx, op.entry_id());
    if (!existing)
        return existing.error();
    if (!*existing) {
        if (!authorization::publishesForOwnPrefecture(ctx.caller))
            return forbidden();
        return entryNotFound();
    }
    SupportMenuEntry entry = std::move(**existing);
    if (!keeps(ctx.caller, entry))
        return forbidden();
    if (entry.withdrawn())
        return applied({ wrap(entry) }); // a second withdrawal changes nothing
    entry.set_withdrawn(true);
    entry.set_updated_by_user_id(ctx.caller.userId);
    *entry.mutable_updated_at() = toTimestamp(ctx.now);
    return storeEntry(ctx, entry, false);
}

} // namespace yk::server::rules
