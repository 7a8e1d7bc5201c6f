#include "aggregates.h"

#include "assessment_templates.h"

#include "domain/date.h"

#include <chrono>
#include <map>

namespace yk::server {

using namespace yokoten::v1;
using storage::makeError;
using storage::StoreErrorCode;

namespace {

bool later(const AssessmentResponse& a, const AssessmentResponse& b)
{
    if (a.submitted_at().seconds() != b.submitted_at().seconds())
        return a.submitted_at().seconds() > b.submitted_at().seconds();
    if (a.submitted_at().nanos() != b.submitted_at().nanos())
        return a.submitted_at().nanos() > b.submitted_at().nanos();
    return a.id() > b.id();
}

} // namespace

StoreResult<AssessmentScores> assessmentScores(
    RecordQueries& queries, int prefectureCode, std::string_view templateFamily)
{
    auto templates = queries.listByParent(RECORD_KIND_ASSESSMENT_TEMPLATE, templateFamily);
    if (!templates)
        return templates.error();
    const AssessmentTemplate* newest = nullptr;
    for (const auto& record : *templates) {
        if (!newest || record.assessment_template().version() > newest->version())
            newest = &record.assessment_template();
    }
    if (!newest)
        return makeError(StoreErrorCode::NotFound, "no assessment template of this family");

    auto responses = queries.listByParent(RECORD_KIND_ASSESSMENT_RESPONSE, newest->id());
    if (!responses)
        return responses.error();
    // The latest submission of each facility of the prefecture: a facility that answers
    // again replaces its earlier state rather than counting twice.
    std::map<std::string, int> prefectureOf;
    std::map<std::string, const AssessmentResponse*> latest;
    for (const auto& record : *responses) {
        const auto& response = record.assessment_response();
        if (response.state() != RESPONSE_STATE_SUBMITTED)
            continue;
        auto known = prefectureOf.find(response.organisation_id());
        if (known == prefectureOf.end()) {
            auto org = queries.find(RECORD_KIND_ORGANISATION, response.organisation_id());
            if (!org)
                return org.error();
            const bool facility = *org && (*org)->organisation().kind() == ORGANISATION_KIND_FACILITY;
            known = prefectureOf
                        .emplace(response.organisation_id(),
                            facility ? (*org)->organisation().prefecture_code() : 0)
                        .first;
        }
        if (known->second != prefectureCode)
            continue;
        auto& slot = latest[response.organisation_id()];
        if (!slot || later(response, *slot))
            slot = &response;
    }

    AssessmentScores out;
    out.newestTemplate = *newest;
    const auto spec = proto::assessmentSpecOf(*newest);
    const AssessmentResponse* newestUsed = nullptr;
    for (const auto& [facilityId, response] : latest) {
        const auto answers = proto::assessmentAnswersOf(*response);
        if (!answers)
            continue;
        const auto scored = domain::AssessmentScorer::score(spec, *answers);
        if (!scored)
            continue; // accepted at submission, so only a damaged record gets here
        for (const auto& area : scored->areas) {
            if (area.score)
                out.scores.push_back({ facilityId, area.areaId, *area.score });
        }
        if (!newestUsed || later(*response, *newestUsed))
            newestUsed = response;
    }
    if (newestUsed)
        out.newestSubmission = domain::japanDate(
            std::chrono::system_clock::time_point(std::chrono::seconds(newestUsed->submitted_at().seconds())))
                                   .toString();
    return out;
}

StoreResult<AssessmentAggregates> assessmentAggregates(
    RecordQueries& queries, int prefectureCode, std::string_view templateFamily)
{
    auto scored = assessmentScores(queries, prefectureCode, templateFamily);
    if (!scored)
        return scored.error();
    const domain::PrefectureAggregate aggregate(domain::PrefectureAggregate::defaultMinFacilities);
    const auto areas = aggregate.aggregate(scored->scores);

    AssessmentAggregates out;
    out.set_prefecture_code(prefectureCode);
    out.set_template_family(std::string(templateFamily));
    out.set_min_facilities(aggregate.minFacilities());
    // Every area of the template, in its order; one nobody scored is withheld like a small one.
    for (const auto& area : scored->newestTemplate.areas()) {
        auto* entry = out.add_areas();
        entry->set_area_id(area.id());
        entry->set_withheld(true);
        for (const auto& computed : areas) {
            if (computed.areaId != area.id() || computed.withheld || !computed.mean)
                continue;
            entry->set_withheld(false);
            entry->set_facility_count(computed.facilityCount);
            entry->set_mean_score(*computed.mean);
        }
    }
    return out;
}

} // namespace yk::server
