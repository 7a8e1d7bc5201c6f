#include "assessment_offer.h"

#include "record_repository.h"

#include "assessment_templates.h"
#include "yokoten/v1/organisation.pb.h"

namespace yk::store {

StoreResult<std::vector<yokoten::v1::AssessmentTemplate>> offeredAssessmentTemplates(
    RecordRepository& records, std::string_view organisationId)
{
    auto templates = records.all<yokoten::v1::AssessmentTemplate>();
    if (!templates)
        return templates.error();
    std::optional<yokoten::v1::Organisation> organisation;
    if (!organisationId.empty()) {
        auto found = records.find<yokoten::v1::Organisation>(organisationId);
        if (!found)
            return found.error();
        organisation = std::move(*found);
    }
    std::vector<yokoten::v1::AssessmentTemplate> offered;
    for (auto& t : proto::currentTemplates(*templates))
        if (!organisation || proto::templateAppliesTo(t, *organisation))
            offered.push_back(std::move(t));
    return offered;
}

} // namespace yk::store
