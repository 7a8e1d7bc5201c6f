#include "case_summary.h"

namespace yk::proto {

using yokoten::v1::GoodPracticeCase;

GoodPracticeCase caseSummaryOf(const GoodPracticeCase& whole)
{
    GoodPracticeCase summary = whole;
    summary.clear_sections();
    summary.clear_funding();
    summary.clear_site_visit();
    summary.clear_attachments();
    summary.clear_author_user_id();
    summary.clear_open_conflicts();
    // The headline figure stays: a list row and a model's page show it.
    if (summary.metrics_size() > 1)
        summary.mutable_metrics()->DeleteSubrange(1, summary.metrics_size() - 1);
    summary.set_summary_only(true);
    return summary;
}

void restoreCaseBody(GoodPracticeCase& summary, const GoodPracticeCase& whole)
{
    *summary.mutable_sections() = whole.sections();
    if (whole.has_funding())
        *summary.mutable_funding() = whole.funding();
    if (whole.has_site_visit())
        *summary.mutable_site_visit() = whole.site_visit();
    *summary.mutable_attachments() = whole.attachments();
    summary.set_author_user_id(whole.author_user_id());
    *summary.mutable_open_conflicts() = whole.open_conflicts();
    *summary.mutable_metrics() = whole.metrics();
    summary.clear_summary_only();
}

} // namespace yk::proto
