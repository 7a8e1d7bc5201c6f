// Good-practice cases: create, field-level edits merged against a base revision, and the
// lifecycle draft → (submitted → the centre moderates →) published → archived.
//
// The scope is the author's decision (issue 19). A new draft is ORGANISATION unless the author
// chose otherwise. Submitting a PUBLIC case sends it to the prefecture's centre for moderation;
// any narrower scope is published at once. On a published case, a member of the owner may
// narrow the scope or widen it within the prefecture at once; widening to PUBLIC sends it
// back to moderation. Placement tombstones every audience a case leaves.

#include "authorization.h"
#include "hex_text.h"
#include "rule_context.h"

#include "core/placement.h"

#include "case_fields.h"
#include "domain/case_field_merge.h"

#include <algorithm>
#include <cmath>

namespace yk::server::rules {

using namespace yokoten::v1;
using Statement = SqlStatement;

namespace {

MutationResult badField(std::string_view field)
{
    return invalidArgument("入力内容が長すぎるか、正しくありません（項目: " + std::string(field) + "）。",
        "A field is too long or not valid (field: " + std::string(field) + ").");
}

// The first field that breaks a limit, or empty when the case is acceptable.
std::string invalidFieldOf(const GoodPracticeCase& c)
{
    if (charCount(c.title()) > kMaxTitleChars)
        return "title";
    if (charCount(c.region()) > kMaxShortTextChars)
        return "region";
    if (c.fiscal_year() != 0 && (c.fiscal_year() < 1900 || c.fiscal_year() > 2200))
        return "fiscal_year";
    if (c.facility_capacity() < 0)
        return "facility_capacity";
    if (!CaseCategory_IsValid(c.category()))
        return "category";
    if (!PublicationScope_IsValid(c.publication_scope()))
        return "publication_scope";
    const auto* sections = CaseSections::descriptor();
    for (int i = 0; i < sections->field_count(); ++i) {
        const auto* field = sections->field(i);
        if (c.sections().GetReflection()->GetString(c.sections(), field).size() > kMaxTextBytes)
            return "sections." + field->name();
    }
    if (c.equipment_areas_size() > kMaxListEntries)
        return "equipment_areas";
    if (c.service_types_size() > kMaxListEntries)
        return "service_types";
    if (c.technologies_size() > kMaxListEntries)
        return "technologies";
    for (const auto& technology : c.technologies()) {
        if (charCount(technology) > kMaxShortTextChars)
            return "technologies";
    }
    if (c.metrics_size() > kMaxListEntries)
        return "metrics";
    for (const auto& metric : c.metrics()) {
        if (charCount(metric.label()) > kMaxShortTextChars || charCount(metric.unit()) > kMaxShortTextChars
            || charCount(metric.source()) > kMaxShortTextChars || metric.before_date().size() > 10
            || metric.after_date().size() > 10 || !std::isfinite(metric.before_value())
            || !std::isfinite(metric.after_value()))
            return "metrics";
    }
    if (c.attachments_size() > kMaxListEntries)
        return "attachments";
    for (const auto& attachment : c.attachments()) {
        if (!proto::isSha256Hex(attachment.sha256()) || charCount(attachment.file_name()) > kMaxShortTextChars
            || charCount(attachment.mime_type()) > kMaxShortTextChars
            || charCount(attachment.caption()) > kMaxShortTextChars || attachment.size_bytes() < 0)
            return "attachments";
    }
    const auto& funding = c.funding();
    if (charCount(funding.source()) > kMaxShortTextChars || funding.note().size() > kMaxTextBytes
        || funding.initial_cost_yen() < 0 || funding.running_cost_yen_per_year() < 0)
        return "funding";
    if (charCount(c.site_visit().contact()) > kMaxShortTextChars
        || c.site_visit().note().size() > kMaxTextBytes)
        return "site_visit";
    return {};
}

// Unset (a draft from before issue 19, or an author who chose nothing) reads as the narrowest.
PublicationScope effectiveScope(PublicationScope scope)
{
    return scope == PUBLICATION_SCOPE_UNSPECIFIED ? PUBLICATION_SCOPE_ORGANISATION : scope;
}

// PUBLICATION_SCOPE_MUNICIPALITY names the owner's municipality: a facility under one, or the
// municipality itself. Anything else cannot choose it.
StoreResult<bool> scopeFitsOwner(RuleContext& ctx, const std::string& ownerId, PublicationScope scope)
{
    if (scope != PUBLICATION_SCOPE_MUNICIPALITY)
        return true;
    auto owner = ctx.tx.find(RECORD_KIND_ORGANISATION, ownerId);
    if (!owner)
        return owner.error();
    if (!*owner)
        return false;
    const auto& org = (*owner)->organisation();
    if (org.kind() == ORGANISATION_KIND_MUNICIPALITY)
        return true;
    if (org.kind() != ORGANISATION_KIND_FACILITY || org.parent_id().empty())
        return false;
    // A facility may hang directly under its prefecture: that is no municipality.
    auto parent = ctx.tx.find(RECORD_KIND_ORGANISATION, org.parent_id());
    if (!parent)
        return parent.error();
    return *parent && (*parent)->organisation().kind() == ORGANISATION_KIND_MUNICIPALITY;
}

MutationResult scopeNeedsMunicipality()
{
    return invalidArgument(
        "「市町村内」は、市町村に属する事業所と市町村だけが選べます。別の公開範囲を選んでください。",
        "Only a facility under a municipality, or a municipality, can choose \"municipality\". Choose "
        "another "
        "scope.");
}

StoreResult<std::optional<GoodPracticeCase>> findCase(RuleContext& ctx, std::string_view id)
{
    auto found = ctx.tx.find(RECORD_KIND_CASE, id);
    if (!found)
        return found.error();
    if (!*found)
        return std::optional<GoodPracticeCase> {};
    return std::optional<GoodPracticeCase>((*found)->good_practice_case());
}

// The current revision lives in `records`; case_revisions keeps the ones it replaced.
StoreResult<std::optional<GoodPracticeCase>> findRevision(
    RuleContext& ctx, std::string_view id, std::int64_t revision)
{
    auto current = findCase(ctx, id);
    if (!current)
        return current.error();
    if (*current && (*current)->revision() == revision)
        return current;
    auto stmt = ctx.tx.db().cached("SELECT body FROM case_revisions WHERE case_id = ? AND revision = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, id).bind(2, revision);
    const auto step = (*stmt)->step();
    if (step == Statement::Step::Error) {
        auto error = (*stmt)->lastError("read case revision");
        (*stmt)->reset();
        return error;
    }
    std::optional<GoodPracticeCase> found;
    if (step == Statement::Step::Row) {
        found.emplace();
        if (!found->ParseFromString((*stmt)->columnBlob(0))) {
            (*stmt)->reset();
            return storage::makeError(
                storage::StoreErrorCode::Corrupt, "stored case revision does not parse");
        }
    }
    (*stmt)->reset();
    return found;
}

} // namespace

// Stores a case, keeps the revision it replaces as a merge base, and records the
// attachments it refers to now. Only replaced revisions go to case_revisions: writing each
// new one twice cost a fifth of a create-case push (docs/benchmarks.md).
StoreResult<Record> storeCase(RuleContext& ctx, const GoodPracticeCase& c)
{
    auto previous = findCase(ctx, c.id());
    if (!previous)
        return previous.error();
    auto& db = ctx.tx.db();
    if (*previous && (*previous)->revision() != c.revision()) {
        // UPDATE, then INSERT: INSERT OR REPLACE would cost a statement journal (see
        // WriteTransaction::put).
        const std::string body = (*previous)->SerializeAsString();
        auto update = db.cached("UPDATE case_revisions SET body = ? WHERE case_id = ? AND revision = ?");
        if (!update)
            return update.error();
        (*update)->bindBlob(1, body).bind(2, c.id()).bind(3, (*previous)->revision());
        if (auto status = (*update)->run(); !status)
            return status.error();
        if (db.changes() == 0) {
            auto insert = db.cached("INSERT INTO case_revisions(case_id, revision, body) VALUES (?, ?, ?)");
            if (!insert)
                return insert.error();
            (*insert)->bind(1, c.id()).bind(2, (*previous)->revision()).bindBlob(3, body);
            if (auto status = (*insert)->run(); !status)
                return status.error();
        }
    }
    Record record = wrap(c);
    if (auto version = putPlaced(ctx.tx, record); !version)
        return version.error();
    std::vector<std::string> files;
    for (const auto& attachment : c.attachments())
        files.push_back(attachment.sha256());
    if (auto status = referAttachments(ctx, RECORD_KIND_CASE, c.id(), files, !*previous); !status)
        return status.error();
    return record;
}

namespace {

// A lifecycle step: bumps the revision so every stored state has its revision row.
Outcome storeStep(RuleContext& ctx, GoodPracticeCase c)
{
    c.set_revision(c.revision() + 1);
    *c.mutable_updated_at() = toTimestamp(ctx.now);
    auto record = storeCase(ctx, c);
    if (!record)
        return record.error();
    return applied({ std::move(*record) });
}

MutationResult caseNotFound()
{
    return notFound("事例", "The case");
}

} // namespace

Outcome createCase(RuleContext& ctx, const CreateCase& op)
{
    if (!authorization::isSignedInStaff(ctx.caller))
        return forbidden();
    GoodPracticeCase c = op.good_practice_case();
    if (!isUuid(c.id()))
        return badField("id");
    const std::string ownerId = c.owner_org_id().empty() ? ctx.caller.organisationId : c.owner_org_id();
    auto owner = ctx.tx.find(RECORD_KIND_ORGANISATION, ownerId);
    if (!owner)
        return owner.error();
    if (!*owner)
        return notFound("組織", "The organisation");
    const auto& org = (*owner)->organisation();
    if (!authorization::isMemberOf(ctx.caller, ownerId)
        && !authorization::isCentreStaffOf(ctx.caller, org.prefecture_code()))
        return forbidden();
    if (auto field = invalidFieldOf(c); !field.empty())
        return badField(field);
    if (auto known = areKnownModels(ctx, c.equipment_model_ids()); !known)
        return known.error();
    else if (!*known)
        return badField("equipment_model_ids");

    c.set_publication_scope(effectiveScope(c.publication_scope()));
    if (auto fits = scopeFitsOwner(ctx, ownerId, c.publication_scope()); !fits)
        return fits.error();
    else if (!*fits)
        return scopeNeedsMunicipality();

    c.set_owner_org_id(ownerId);
    c.set_owner_org_name(org.name());
    c.set_prefecture_code(org.prefecture_code());
    c.set_state(CASE_STATE_DRAFT);
    c.set_revision(1);
    c.set_author_user_id(ctx.caller.userId);
    c.clear_open_conflicts(); // only the server raises conflicts
    c.set_server_version(0);
    *c.mutable_created_at() = toTimestamp(ctx.now);
    *c.mutable_updated_at() = toTimestamp(ctx.now);
    c.clear_published_at();

    auto existing = ctx.tx.find(RECORD_KIND_CASE, c.id());
    if (!existing)
        return existing.error();
    if (*existing) {
        // A replay of the same create is answered with what is stored; anything else under
        // that id is someone else's case.
        GoodPracticeCase stored = (*existing)->good_practice_case();
        GoodPracticeCase incoming = c;
        for (auto* x : { &stored, &incoming }) {
            x->set_server_version(0);
            x->clear_created_at();
            x->clear_updated_at();
        }
        if (stored.author_user_id() == ctx.caller.userId && sameContent(stored, incoming))
            return applied({ std::move(**existing) });
        return alreadyExists();
    }
    auto record = storeCase(ctx, c);
    if (!record)
        return record.error();
    return applied({ std::move(*record) });
}

Outcome editCase(RuleContext& ctx, const EditCase& op)
{
    if (!authorization::isSignedInStaff(ctx.caller))
        return forbidden();
    auto found = findCase(ctx, op.case_id());
    if (!found)
        return found.error();
    if (!*found)
        return caseNotFound();
    const GoodPracticeCase& current = **found;
    const bool centre = authorization::isCentreStaffOf(ctx.caller, current.prefecture_code());
    if (!authorization::isMemberOf(ctx.caller, current.owner_org_id()) && !centre)
        return forbidden();
    if (current.state() == CASE_STATE_ARCHIVED)
        return invalidState("アーカイブされた事例は編集できません。", "An archived case cannot be edited.");
    if (op.fields().empty() || op.fields_size() > static_cast<int>(proto::editableCaseFields().size()))
        return badField("fields");
    for (const auto& name : op.fields()) {
        if (!proto::isEditableCaseField(name))
            return badField("fields");
    }
    if (op.base_revision() < 1 || op.base_revision() > current.revision())
        return badField("base_revision");
    auto base = findRevision(ctx, current.id(), op.base_revision());
    if (!base)
        return base.error();
    if (!*base)
        return badField("base_revision");

    domain::CaseRecord baseRecord { op.base_revision(), proto::encodeCaseFields(**base) };
    domain::CaseRecord ours = baseRecord;
    for (const auto& name : op.fields()) {
        auto value = proto::encodeCaseField(op.values(), name);
        if (value.empty())
            ours.fields.erase(name);
        else
            ours.fields.insert_or_assign(name, std::move(value));
    }
    domain::CaseRecord theirs { current.revision(), proto::encodeCaseFields(current) };
    auto merged = domain::CaseFieldMerge::merge(baseRecord, ours, theirs);
    if (!merged)
        return badField("base_revision");

    std::vector<CaseFieldConflict> conflicts;
    for (const auto& conflict : merged->conflicts) {
        CaseFieldConflict out;
        out.set_field(conflict.field);
        out.set_base(conflict.base);
        out.set_ours(conflict.ours);
        out.set_theirs(conflict.theirs);
        conflicts.push_back(std::move(out));
    }
    const auto withConflicts = [&](MutationResult result) {
        for (auto& conflict : conflicts)
            *result.add_conflicts() = std::move(conflict);
        return result;
    };

    // Open conflicts travel with the case, so every device that shows it shows both values.
    // An edit of a field that does not conflict again settles that field's open conflict.
    GoodPracticeCase updated = current;
    bool conflictsChanged = false;
    {
        std::vector<CaseConflict> open;
        for (const auto& conflict : current.open_conflicts()) {
            const bool edited
                = std::find(op.fields().begin(), op.fields().end(), conflict.field()) != op.fields().end();
            if (edited)
                conflictsChanged = true;
            else
                open.push_back(conflict);
        }
        for (const auto& conflict : merged->conflicts) {
            CaseConflict kept;
            kept.set_field(conflict.field);
            kept.set_base(conflict.base);
            kept.set_ours(conflict.ours);
            kept.set_theirs(conflict.theirs);
            kept.set_raised_by_user_id(ctx.caller.userId);
            open.push_back(std::move(kept));
            conflictsChanged = true;
        }
        std::sort(open.begin(), open.end(),
            [](const CaseConflict& a, const CaseConflict& b) { return a.field() < b.field(); });
        updated.clear_open_conflicts();
        for (auto& conflict : open)
            *updated.add_open_conflicts() = std::move(conflict);
    }
    if (merged->appliedFromOurs.empty() && !conflictsChanged)
        return withConflicts(applied({ wrap(current) }));

    for (const auto& name : merged->appliedFromOurs) {
        const auto it = merged->merged.fields.find(name);
        proto::decodeCaseField(updated, name, it == merged->merged.fields.end() ? std::string() : it->second);
    }
    if (auto field = invalidFieldOf(updated); !field.empty())
        return badField(field);
    updated.set_publication_scope(effectiveScope(updated.publication_scope()));
    if (updated.publication_scope() != current.publication_scope()) {
        if (auto fits = scopeFitsOwner(ctx, updated.owner_org_id(), updated.publication_scope()); !fits)
            return fits.error();
        else if (!*fits)
            return scopeNeedsMunicipality();
        const bool toPublic = updated.publication_scope() == PUBLICATION_SCOPE_PUBLIC;
        if (current.state() == CASE_STATE_PUBLISHED && toPublic && !centre) {
            // Widening to everyone goes through the centre's moderation again; meanwhile the
            // case is read by its organisation and the centre only.
            updated.set_state(CASE_STATE_SUBMITTED);
        } else if (current.state() == CASE_STATE_SUBMITTED && !toPublic) {
            // A narrower scope needs no moderation: published at once, as a submit would.
            updated.set_state(CASE_STATE_PUBLISHED);
            *updated.mutable_published_at() = toTimestamp(ctx.now);
        }
    }
    const auto& links = merged->appliedFromOurs;
    if (std::find(links.begin(), links.end(), "equipment_model_ids") != links.end()) {
        if (auto known = areKnownModels(ctx, updated.equipment_model_ids()); !known)
            return known.error();
        else if (!*known)
            return badField("equipment_model_ids");
    }
    auto stored = storeStep(ctx, std::move(updated));
    if (!stored)
        return stored.error();
    return withConflicts(std::move(*stored));
}

Outcome submitCase(RuleContext& ctx, const SubmitCase& op)
{
    auto found = findCase(ctx, op.case_id());
    if (!found)
        return found.error();
    if (!*found)
        return caseNotFound();
    GoodPracticeCase c = **found;
    if (!authorization::isMemberOf(ctx.caller, c.owner_org_id()))
        return forbidden();
    const auto scope = effectiveScope(c.publication_scope());
    const bool moderated = scope == PUBLICATION_SCOPE_PUBLIC;
    // A replay: the submit this answers already sent the case on.
    if (c.state() == CASE_STATE_SUBMITTED || (c.state() == CASE_STATE_PUBLISHED && !moderated))
        return applied({ wrap(c) });
    if (c.state() != CASE_STATE_DRAFT)
        return invalidState("提出できるのは下書きの事例だけです。", "Only a draft case can be submitted.");
    if (auto fits = scopeFitsOwner(ctx, c.owner_org_id(), scope); !fits)
        return fits.error();
    else if (!*fits)
        return scopeNeedsMunicipality();
    c.set_publication_scope(scope);
    if (moderated) {
        c.set_state(CASE_STATE_SUBMITTED); // the prefecture's centre moderates public cases
    } else {
        c.set_state(CASE_STATE_PUBLISHED);
        *c.mutable_published_at() = toTimestamp(ctx.now);
    }
    return storeStep(ctx, std::move(c));
}

Outcome publishCase(RuleContext& ctx, const PublishCase& op)
{
    auto found = findCase(ctx, op.case_id());
    if (!found)
        return found.error();
    if (!*found)
        return caseNotFound();
    GoodPracticeCase c = **found;
    if (!authorization::isCentreStaffOf(ctx.caller, c.prefecture_code()))
        return forbidden();
    if (!PublicationScope_IsValid(op.scope()))
        return badField("scope");
    const auto scope = op.scope() != PUBLICATION_SCOPE_UNSPECIFIED ? op.scope() : c.publication_scope();
    if (c.state() == CASE_STATE_PUBLISHED && scope == c.publication_scope())
        return applied({ wrap(c) });
    if (c.state() != CASE_STATE_SUBMITTED)
        return invalidState(
            "公開できるのは提出済みの事例だけです。", "Only a submitted case can be published.");
    if (auto fits = scopeFitsOwner(ctx, c.owner_org_id(), scope); !fits)
        return fits.error();
    else if (!*fits)
        return scopeNeedsMunicipality();
    c.set_state(CASE_STATE_PUBLISHED);
    // Unset means nobody chose a wider audience: the narrowest scope.
    c.set_publication_scope(scope != PUBLICATION_SCOPE_UNSPECIFIED ? scope : PUBLICATION_SCOPE_ORGANISATION);
    *c.mutable_published_at() = toTimestamp(ctx.now);
    return storeStep(ctx, std::move(c));
}

Outcome archiveCase(RuleContext& ctx, const ArchiveCase& op)
{
    auto found = findCase(ctx, op.case_id());
    if (!found)
        return found.error();
    if (!*found)
        return caseNotFound();
    GoodPracticeCase c = **found;
    if (!authorization::isManagerOf(ctx.caller, c.owner_org_id())
        && !authorization::isCentreStaffOf(ctx.caller, c.prefecture_code()))
        return forbidden();
    if (c.state() == CASE_STATE_ARCHIVED)
        return applied({ wrap(c) });
    if (c.state() != CASE_STATE_PUBLISHED)
        return invalidState(
            "アーカイブできるのは公開済みの事例だけです。", "Only a published case can be archived.");
    c.set_state(CASE_STATE_ARCHIVED);
    return storeStep(ctx, std::move(c));
}

} // namespace yk::server::rules
