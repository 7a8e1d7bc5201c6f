// Indicators (指標): a prefecture officer, a municipal officer or centre staff asks for the
// figures of their prefecture again; the server computes every sheet of it (indicators.cpp)
// and files them, so the next pull brings them to every device that may read them.
//
// Only the caller's own prefecture: a request for another prefecture is refused, and
// facilities, kiosks and phones may not ask at all (the figures are about facilities).

#include "authorization.h"
#include "indicators.h"
#include "rule_context.h"

#include "indicator_ids.h"

namespace yk::server::rules {

using namespace yokoten::v1;

namespace {

bool mayReadIndicators(const Principal& caller, int prefectureCode)
{
    if (!authorization::isSignedInStaff(caller) || caller.prefectureCode != prefectureCode)
        return false;
    return caller.hasRole(ROLE_PREFECTURE_OFFICER) || caller.hasRole(ROLE_CENTRE_STAFF)
        || (caller.hasRole(ROLE_MUNICIPAL_OFFICER) && !caller.municipalityId.empty());
}

} // namespace

Outcome refreshIndicators(RuleContext& ctx, const RefreshIndicators& op)
{
    if (op.prefecture_code() < 1 || op.prefecture_code() > 47)
        return invalidField("prefecture_code");
    if (!mayReadIndicators(ctx.caller, op.prefecture_code()))
        return forbidden();

    MutationResult result = applied();
    // The prefecture's total is written last, so its version is the store's current version
    // until anything else is written: then (and on a new day) the sheets are counted again;
    // otherwise they are answered as they are.
    auto current = ctx.tx.find(RECORD_KIND_INDICATOR_SHEET, proto::indicatorSheetId(op.prefecture_code()));
    if (!current)
        return current.error();
    auto latest = ctx.tx.currentVersion();
    if (!latest)
        return latest.error();
    const bool fresh = *current && (*current)->indicator_sheet().server_version() == *latest
        && (*current)->indicator_sheet().reference_date() == japanDate(ctx.now).toString();
    if (fresh) {
        if (auto status = addIfVisible(ctx, result, **current); !status)
            return status.error();
        return result;
    }

    auto stored = fileIndicatorSheets(ctx.tx, op.prefecture_code(), ctx.now);
    if (!stored)
        return stored.error();
    for (const auto& record : *stored)
        if (auto status = addIfVisible(ctx, result, record); !status)
            return status.error();
    return result;
}

} // namespace yk::server::rules
