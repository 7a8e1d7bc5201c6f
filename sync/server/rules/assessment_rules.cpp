// Self-assessments: centre staff publish versioned national templates, a prefecture's centre
// or office its own; facilities submit responses to the templates meant for them, immutable
// and keyed by the client's UUID.

#include "assessment_templates.h"
#include "authorization.h"
#include "rule_context.h"

#include "core/placement.h"

#include <algorithm>

namespace yk::server::rules {

using namespace yokoten::v1;

namespace {

constexpr std::size_t kMaxFamilyChars = 100;
constexpr int kMaxAnswers = 1000;

MutationResult badField(std::string_view field)
{
    return invalidArgument("入力内容が長すぎるか、正しくありません（項目: " + std::string(field) + "）。",
        "A field is too long or not valid (field: " + std::string(field) + ").");
}

bool templateIsWellFormed(const AssessmentTemplate& t)
{
    if (t.areas_size() > kMaxListEntries)
        return false;
    for (const auto& area : t.areas()) {
        if (area.id().empty() || charCount(area.id()) > kMaxShortTextChars
            || charCount(area.title()) > kMaxTitleChars || area.description().size() > kMaxTextBytes
            || area.items_size() > kMaxListEntries)
            return false;
        for (const auto& item : area.items()) {
            if (item.id().empty() || charCount(item.id()) > kMaxShortTextChars
                || item.text().size() > kMaxTextBytes || item.guidance().size() > kMaxTextBytes
                || charCount(item.unit()) > kMaxShortTextChars
                || item.kind() == ASSESSMENT_ITEM_KIND_UNSPECIFIED || !AssessmentItemKind_IsValid(item.kind())
                || item.scale_size() > kMaxListEntries)
                return false;
            for (const auto& level : item.scale()) {
                if (charCount(level.label()) > kMaxShortTextChars)
                    return false;
            }
        }
    }
    // A checklist is read as requirements met: yes/no items, at least one of them counted,
    // and no levels (which it would have no way to show).
    if (proto::isChecklist(t)) {
        bool requirement = false;
        for (const auto& area : t.areas())
            for (const auto& item : area.items()) {
                if (item.kind() == ASSESSMENT_ITEM_KIND_LEVEL)
                    return false;
                requirement
                    = requirement || (item.kind() == ASSESSMENT_ITEM_KIND_YES_NO && item.weight() > 0);
            }
        if (!requirement)
            return false;
    }
    // Duplicate item ids, bad scales and weights: what would make every response unscorable.
    return domain::AssessmentScorer::score(proto::assessmentSpecOf(t), {}).ok();
}

bool knownServiceTypes(const AssessmentTemplate& t)
{
    return t.service_types_size() <= kMaxListEntries
        && std::all_of(t.service_types().begin(), t.service_types().end(),
            [](int type) { return type != SERVICE_TYPE_UNSPECIFIED && ServiceType_IsValid(type); });
}

/// National templates come from centre staff; a prefecture's own template (its certification
/// checklist) from its centre or its prefecture office, for that prefecture only.
bool mayPublish(const Principal& caller, const AssessmentTemplate& t)
{
    if (t.prefecture_code() == 0)
        return authorization::isSignedInStaff(caller) && caller.hasRole(ROLE_CENTRE_STAFF);
    return authorization::publishesForOwnPrefecture(caller) && caller.prefectureCode == t.prefecture_code();
}

} // namespace

Outcome publishTemplate(RuleContext& ctx, const PublishTemplate& op)
{
    AssessmentTemplate t = op.template_();
    if (!mayPublish(ctx.caller, t))
        return forbidden(); // also a prefecture code outside 1..47: nobody's own prefecture
    if (!isUuid(t.id()))
        return badField("id");
    if (t.family().empty() || charCount(t.family()) > kMaxFamilyChars)
        return badField("family");
    if (t.version() < 1)
        return badField("version");
    if (t.title().empty() || charCount(t.title()) > kMaxTitleChars)
        return badField("title");
    if (t.description().size() > kMaxTextBytes)
        return badField("description");
    if (!AssessmentTemplateKind_IsValid(t.kind()))
        return badField("kind");
    if (!knownServiceTypes(t))
        return badField("service_types");
    if (charCount(t.basis()) > kMaxTitleChars)
        return badField("basis");
    if (!templateIsWellFormed(t))
        return badField("areas");
    t.set_server_version(0);
    *t.mutable_published_at() = toTimestamp(ctx.now);

    auto existing = ctx.tx.find(RECORD_KIND_ASSESSMENT_TEMPLATE, t.id());
    if (!existing)
        return existing.error();
    if (*existing) {
        AssessmentTemplate stored = (*existing)->assessment_template();
        AssessmentTemplate incoming = t;
        for (auto* x : { &stored, &incoming }) {
            x->set_server_version(0);
            x->clear_published_at();
        }
        if (sameContent(stored, incoming))
            return applied({ std::move(**existing) });
        return alreadyExists();
    }
    // A published version is what responses were answered against: it never changes.
    auto family = ctx.tx.listByParent(RECORD_KIND_ASSESSMENT_TEMPLATE, t.family());
    if (!family)
        return family.error();
    for (const auto& record : *family) {
        if (record.assessment_template().version() == t.version())
            return rejected("already_exists",
                "この版の点検表は既に公開されています。新しい版番号で公開してください。",
                "This version of the template is already published. Publish it under a new version number.");
    }
    Record record = wrap(t);
    if (auto version = putPlaced(ctx.tx, record); !version)
        return version.error();
    return applied({ std::move(record) });
}

Outcome submitAssessment(RuleContext& ctx, const SubmitAssessment& op)
{
    if (!authorization::isFacilityWorkerOf(ctx.caller, ctx.caller.organisationId))
        return forbidden();
    AssessmentResponse r = op.response();
    if (!isUuid(r.id()))
        return badField("id");
    if (!isUuid(r.template_id()))
        return badField("template_id");
    if (r.answers_size() > kMaxAnswers)
        return badField("answers");
    for (const auto& answer : r.answers()) {
        if (answer.text().size() > kMaxTextBytes || answer.note().size() > kMaxTextBytes
            || charCount(answer.item_id()) > kMaxShortTextChars)
            return badField("answers");
    }
    auto templateRecord = ctx.tx.find(RECORD_KIND_ASSESSMENT_TEMPLATE, r.template_id());
    if (!templateRecord)
        return templateRecord.error();
    if (!*templateRecord)
        return notFound("自己点検表", "The assessment template");
    const AssessmentTemplate& t = (*templateRecord)->assessment_template();
    auto organisation = ctx.tx.find(RECORD_KIND_ORGANISATION, ctx.caller.organisationId);
    if (!organisation)
        return organisation.error();
    if (!*organisation || !proto::templateAppliesTo(t, (*organisation)->organisation()))
        return rejected("not_applicable",
            "この自己点検表は、この事業所の都道府県またはサービス種別を対象としていません。",
            "This self-assessment is not for this facility's prefecture or service type.");
    const auto answers = proto::assessmentAnswersOf(r);
    if (!answers || !domain::AssessmentScorer::score(proto::assessmentSpecOf(t), *answers).ok())
        return badField("answers");

    r.set_server_version(0);
    r.set_template_version(t.version());
    r.set_organisation_id(ctx.caller.organisationId);
    r.set_user_id(ctx.caller.userId);
    r.set_state(RESPONSE_STATE_SUBMITTED);
    *r.mutable_submitted_at() = toTimestamp(ctx.now);

    auto existing = ctx.tx.find(RECORD_KIND_ASSESSMENT_RESPONSE, r.id());
    if (!existing)
        return existing.error();
    if (*existing) {
        // Submitted is final: the same submission again is a no-op, anything else a conflict.
        AssessmentResponse stored = (*existing)->assessment_response();
        AssessmentResponse incoming = r;
        for (auto* x : { &stored, &incoming }) {
            x->set_server_version(0);
            x->clear_submitted_at();
            x->clear_started_at();
            x->clear_user_id();
        }
        if (sameContent(stored, incoming))
            return applied({ std::move(**existing) });
        return alreadyExists();
    }
    Record record = wrap(r);
    if (auto version = putPlaced(ctx.tx, record); !version)
        return version.error();
    return applied({ std::move(record) });
}

} // namespace yk::server::rules
