#pragma once

#include "yokoten/v1/case.pb.h"

namespace yk::proto {

/// What an attendee phone or a kiosk keeps of a case (docs/protocol.md, "Case summaries"):
/// the case without its sections, funding, site visit, attachments, author, conflicts and
/// every figure after the first, marked `summary_only`. Every other field is kept, so a field
/// added later travels in summaries unless it is added here.
yokoten::v1::GoodPracticeCase caseSummaryOf(const yokoten::v1::GoodPracticeCase& whole);

/// Puts back into `summary` what caseSummaryOf() left out, from `whole` (a copy of the same
/// revision fetched earlier), so a newer summary of an unchanged text keeps the text. The
/// result is a whole case (`summary_only` cleared).
void restoreCaseBody(yokoten::v1::GoodPracticeCase& summary, const yokoten::v1::GoodPracticeCase& whole);

} // namespace yk::proto
