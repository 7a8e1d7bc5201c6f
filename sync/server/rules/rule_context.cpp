#include "rule_context.h"

#include "authorization.h"

#include "demo_dataset.h"
#include "follow_up_labels.h"
#include "hex_text.h"

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>

#include <algorithm>
#include <cmath>

namespace yk::server::rules {

using namespace yokoten::v1;

MutationResult applied(std::vector<Record> records)
{
    MutationResult result;
    result.set_status(MUTATION_STATUS_APPLIED);
    for (auto& record : records)
        *result.add_records() = std::move(record);
    return result;
}

MutationResult rejected(std::string_view code, std::string_view ja, std::string_view en)
{
    MutationResult result;
    result.set_status(MUTATION_STATUS_REJECTED);
    result.set_reason_code(std::string(code));
    result.set_message_ja(std::string(ja));
    result.set_message_en(std::string(en));
    return result;
}

MutationResult forbidden()
{
    return rejected("forbidden", "この操作を行う権限がありません。", "You are not allowed to do this.");
}

MutationResult notFound(std::string_view whatJa, std::string_view whatEn)
{
    return rejected("not_found",
        std::string(whatJa) + "が見つかりません。削除されたか、まだ同期されていない可能性があります。",
        std::string(whatEn) + " was not found. It may have been removed or not synced yet.");
}

MutationResult invalidArgument(std::string_view ja, std::string_view en)
{
    return rejected("invalid_argument", ja, en);
}

MutationResult invalidState(std::string_view ja, std::string_view en)
{
    return rejected("invalid_state", ja, en);
}

MutationResult alreadyExists()
{
    return rejected("already_exists", "同じIDのデータが既に別の内容で登録されています。",
        "Something with the same id is already stored with different content.");
}

MutationResult invalidField(std::string_view field)
{
    return invalidArgument("入力内容が長すぎるか、正しくありません（項目: " + std::string(field) + "）。",
        "A field is too long or not valid (field: " + std::string(field) + ").");
}

StoreStatus addIfVisible(RuleContext& ctx, MutationResult& result, const Record& record)
{
    auto visible = authorization::isVisibleTo(ctx.tx, ctx.caller, record);
    if (!visible)
        return visible.error();
    if (*visible)
        *result.add_records() = record;
    return {};
}

Record wrap(const GoodPracticeCase& c)
{
    Record r;
    *r.mutable_good_practice_case() = c;
    return r;
}

Record wrap(const Seminar& s)
{
    Record r;
    *r.mutable_seminar() = s;
    return r;
}

Record wrap(const SeminarSession& s)
{
    Record r;
    *r.mutable_seminar_session() = s;
    return r;
}

Record wrap(const Registration& reg)
{
    Record r;
    *r.mutable_registration() = reg;
    return r;
}

Record wrap(const CheckIn& c)
{
    Record r;
    *r.mutable_check_in() = c;
    return r;
}

Record wrap(const LoanRequest& l)
{
    Record r;
    *r.mutable_loan_request() = l;
    return r;
}

Record wrap(const AssessmentTemplate& t)
{
    Record r;
    *r.mutable_assessment_template() = t;
    return r;
}

Record wrap(const AssessmentResponse& resp)
{
    Record r;
    *r.mutable_assessment_response() = resp;
    return r;
}

Record wrap(const VisitorEntry& e)
{
    Record r;
    *r.mutable_visitor_entry() = e;
    return r;
}

Record wrap(const Consultation& c)
{
    Record r;
    *r.mutable_consultation() = c;
    return r;
}

Record wrap(const SupportProgramme& p)
{
    Record r;
    *r.mutable_programme() = p;
    return r;
}

Record wrap(const ProgrammeParticipation& p)
{
    Record r;
    *r.mutable_participation() = p;
    return r;
}

Record wrap(const Adoption& a)
{
    Record r;
    *r.mutable_adoption() = a;
    return r;
}

Record wrap(const Notice& n)
{
    Record r;
    *r.mutable_notice() = n;
    return r;
}

Record wrap(const SupportMenuEntry& e)
{
    Record r;
    *r.mutable_support_menu_entry() = e;
    return r;
}

Record wrap(const IndicatorSheet& s)
{
    Record r;
    *r.mutable_indicator_sheet() = s;
    return r;
}

StoreResult<std::string> callerName(RuleContext& ctx)
{
    if (ctx.caller.userId.empty())
        return std::string();
    auto user = ctx.tx.find(RECORD_KIND_USER, ctx.caller.userId);
    if (!user)
        return user.error();
    return *user ? (*user)->user().display_name() : std::string();
}

bool badAttachments(const google::protobuf::RepeatedPtrField<AttachmentRef>& attachments)
{
    if (attachments.size() > kMaxAttachments)
        return true;
    for (const auto& a : attachments) {
        if (!proto::isSha256Hex(a.sha256()) || charCount(a.file_name()) > kMaxShortTextChars
            || charCount(a.mime_type()) > kMaxShortTextChars || charCount(a.caption()) > kMaxShortTextChars
            || a.size_bytes() < 0)
            return true;
    }
    return false;
}

StoreStatus referAttachments(RuleContext& ctx, yokoten::v1::RecordKind kind, const std::string& id,
    const std::vector<std::string>& sha256s, bool isNew)
{
    auto& db = ctx.tx.db();
    if (!isNew) {
        auto clear = db.cached("DELETE FROM attachment_refs WHERE kind = ? AND id = ?");
        if (!clear)
            return clear.error();
        (*clear)->bind(1, static_cast<int>(kind)).bind(2, id);
        if (auto status = (*clear)->run(); !status)
            return status;
    }
    auto add = db.cached("INSERT OR IGNORE INTO attachment_refs(sha256, kind, id) VALUES (?, ?, ?)");
    if (!add)
        return add.error();
    for (const auto& sha256 : sha256s) {
        (*add)->bind(1, sha256).bind(2, static_cast<int>(kind)).bind(3, id);
        if (auto status = (*add)->run(); !status)
            return status;
    }
    return {};
}

google::protobuf::Timestamp toTimestamp(std::chrono::system_clock::time_point time)
{
    const auto since = time.time_since_epoch();
    auto seconds = std::chrono::floor<std::chrono::seconds>(since);
    const auto nanos = std::chrono::duration_cast<std::chrono::nanoseconds>(since - seconds);
    google::protobuf::Timestamp timestamp;
    timestamp.set_seconds(seconds.count());
    timestamp.set_nanos(static_cast<std::int32_t>(nanos.count()));
    return timestamp;
}

std::chrono::sys_seconds toSysSeconds(const google::protobuf::Timestamp& timestamp)
{
    return std::chrono::sys_seconds(std::chrono::seconds(timestamp.seconds()));
}

std::size_t charCount(std::string_view text)
{
    std::size_t count = 0;
    for (const char c : text) {
        // Continuation bytes (10xxxxxx) do not start a code point.
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++count;
    }
    return count;
}

bool isUuid(std::string_view text)
{
    return yk::proto::isUuid(text);
}

// Blank: only ASCII white space and ideographic spaces (U+3000 is the bytes E3 80 80, and no
// other code point is made of those two bytes alone).
bool isBlank(std::string_view text)
{
    return text.find_first_not_of(" \t\r\n\xE3\x80") == std::string_view::npos;
}

std::string utf8Prefix(std::string_view text, std::size_t maxBytes)
{
    if (text.size() <= maxBytes)
        return std::string(text);
    std::size_t end = maxBytes;
    // Step back over continuation bytes (10xxxxxx) to the start of the cut code point.
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
        --end;
    return std::string(text.substr(0, end));
}

namespace {

// "YYYY-MM" or "YYYY-MM-DD": a monthly figure is dated by its month.
bool isMeasureDate(std::string_view text)
{
    if (text.size() == 7)
        return domain::Date::parse(std::string(text) + "-01").has_value();
    return domain::Date::parse(text).has_value();
}

constexpr double kMaxMeasureMagnitude = 1e9;
constexpr std::size_t kMaxUnitChars = 40;

} // namespace

std::optional<MutationResult> measurementProblem(
    const Measurement& m, bool needsPhase, std::string_view field)
{
    const std::string prefix = std::string(field) + ".";
    if (!isUuid(m.id()))
        return invalidField(prefix + "id");
    if (m.item() == MEASURE_ITEM_UNSPECIFIED || !MeasureItem_IsValid(m.item()))
        return invalidField(prefix + "item");
    if (charCount(m.label()) > kMaxShortTextChars)
        return invalidField(prefix + "label");
    if (m.item() == MEASURE_ITEM_OTHER && isBlank(m.label()))
        return invalidArgument("測定項目の名前を入れてください。", "Please name what was measured.");
    if (charCount(m.unit()) > kMaxUnitChars)
        return invalidField(prefix + "unit");
    if (!MeasurePhase_IsValid(m.phase()) || (needsPhase && m.phase() == MEASURE_PHASE_UNSPECIFIED))
        return invalidArgument("導入前・導入後のどちらの値かを選んでください。",
            "Please say whether the value is from before or after.");
    if (!std::isfinite(m.value()) || std::fabs(m.value()) > kMaxMeasureMagnitude)
        return invalidField(prefix + "value");
    if (m.measured_on().empty())
        return invalidArgument("測定した日（年月）を入れてください。日付のない数値は記録できません。",
            "Please enter when it was measured (year and month). A figure without a date cannot be kept.");
    if (!isMeasureDate(m.measured_on()))
        return invalidField(prefix + "measured_on");
    if (charCount(m.source()) > kMaxShortTextChars)
        return invalidField(prefix + "source");
    if (isBlank(m.source()))
        return invalidArgument("数値の出典（例: 勤怠システム、職員アンケート）を入れてください。",
            "Please enter where the figure comes from (e.g. attendance system, staff survey).");
    return std::nullopt;
}

Measurement acceptedMeasurement(const RuleContext& ctx, Measurement m)
{
    if (m.item() != MEASURE_ITEM_OTHER)
        m.set_unit(std::string(proto::measureItemUnit(m.item())));
    m.set_recorded_by_user_id(ctx.caller.userId);
    return m;
}

StoreResult<bool> areKnownRecords(RuleContext& ctx, yokoten::v1::RecordKind kind,
    const google::protobuf::RepeatedPtrField<std::string>& ids)
{
    if (ids.size() > kMaxLinkedModels)
        return false;
    for (int i = 0; i < ids.size(); ++i) {
        if (!isUuid(ids[i]) || std::find(ids.begin(), ids.begin() + i, ids[i]) != ids.begin() + i)
            return false;
    }
    for (const auto& id : ids) {
        auto found = ctx.tx.find(kind, id);
        if (!found)
            return found.error();
        if (!*found)
            return false;
    }
    return true;
}

StoreResult<bool> areKnownModels(RuleContext& ctx, const google::protobuf::RepeatedPtrField<std::string>& ids)
{
    return areKnownRecords(ctx, yokoten::v1::RECORD_KIND_EQUIPMENT_MODEL, ids);
}

bool sameContent(const google::protobuf::Message& a, const google::protobuf::Message& b)
{
    std::string left;
    std::string right;
    // Deterministic so that equal messages serialise to equal bytes.
    {
        google::protobuf::io::StringOutputStream stream(&left);
        google::protobuf::io::CodedOutputStream out(&stream);
        out.SetSerializationDeterministic(true);
        a.SerializeToCodedStream(&out);
    }
    {
        google::protobuf::io::StringOutputStream stream(&right);
        google::protobuf::io::CodedOutputStream out(&stream);
        out.SetSerializationDeterministic(true);
        b.SerializeToCodedStream(&out);
    }
    return left == right;
}

} // namespace yk::server::rules
