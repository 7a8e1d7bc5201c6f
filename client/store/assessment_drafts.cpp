#include "assessment_drafts.h"

namespace yk::store {

namespace {

StoreResult<std::optional<yokoten::v1::AssessmentResponse>> firstDraft(Statement& stmt)
{
    std::optional<yokoten::v1::AssessmentResponse> draft;
    if (stmt.step() == Statement::Step::Row) {
        yokoten::v1::AssessmentResponse r;
        if (!r.ParseFromString(stmt.columnBlob(0))) {
            stmt.reset();
            return makeError(StoreErrorCode::Corrupt, "an assessment draft does not parse");
        }
        draft = std::move(r);
    }
    stmt.reset();
    return draft;
}

} // namespace

StoreResult<std::optional<yokoten::v1::AssessmentResponse>> findAssessmentDraft(
    Database& db, std::string_view id)
{
    auto stmt = db.cached("SELECT payload FROM assessment_drafts WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, id);
    return firstDraft(**stmt);
}

StoreResult<std::optional<yokoten::v1::AssessmentResponse>> latestAssessmentDraft(
    Database& db, std::string_view templateId)
{
    auto stmt = db.cached(
        "SELECT payload FROM assessment_drafts WHERE template_id = ?1 ORDER BY updated_at DESC LIMIT 1");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, templateId);
    return firstDraft(**stmt);
}

StoreStatus saveAssessmentDraft(
    Database& db, const yokoten::v1::AssessmentResponse& draft, std::int64_t updatedAtMillis)
{
    auto stmt = db.cached("INSERT OR REPLACE INTO assessment_drafts (id, template_id, updated_at, payload) "
                          "VALUES (?1, ?2, ?3, ?4)");
    if (!stmt)
        return stmt.error();
    return (*stmt)
        ->bind(1, draft.id())
        .bind(2, draft.template_id())
        .bind(3, updatedAtMillis)
        .bindBlob(4, draft.SerializeAsString())
        .run();
}

StoreStatus removeAssessmentDraft(Database& db, std::string_view id)
{
    auto stmt = db.cached("DELETE FROM assessment_drafts WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    return (*stmt)->bind(1, id).run();
}

} // namespace yk::store
