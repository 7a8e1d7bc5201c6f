#include "domain/loan_booking_rule.h"

#include <algorithm>
#include <cstdint>
#include <limits>

namespace yk::domain {

namespace {

// Day-number interval; open ends become far-away sentinels so the search needs no
// special cases. They sit well inside int64 so `end + 1` cannot overflow.
struct Blocked {
    std::int64_t from;
    std::int64_t to;
};
constexpr std::int64_t farPast = std::numeric_limits<std::int64_t>::min() / 4;
constexpr std::int64_t farFuture = std::numeric_limits<std::int64_t>::max() / 4;

std::vector<Blocked> blockedDays(const LoanUnit& unit)
{
    std::vector<Blocked> blocked;
    blocked.reserve(unit.bookings.size() + 1);
    for (const DateRange& booking : unit.bookings) {
        // A stored booking with its ends swapped still blocks the days it names; dropping
        // it would double-book a unit.
        const auto a = booking.from.dayNumber();
        const auto b = booking.to.dayNumber();
        blocked.push_back({ std::min(a, b), std::max(a, b) });
    }
    if (unit.outOfService) {
        const auto& oos = *unit.outOfService;
        blocked.push_back(
            { oos.from ? oos.from->dayNumber() : farPast, oos.until ? oos.until->dayNumber() : farFuture });
    }
    std::sort(
        blocked.begin(), blocked.end(), [](const Blocked& x, const Blocked& y) { return x.from < y.from; });
    return blocked;
}

// Earliest start >= `earliest` of a free run of `length` days, given intervals sorted by
// start. Returns farFuture when an open-ended block leaves no room.
std::int64_t earliestFreeStart(
    const std::vector<Blocked>& blocked, std::int64_t earliest, std::int64_t length)
{
    std::int64_t candidate = earliest;
    for (const Blocked& block : blocked) {
        if (block.to < candidate)
            continue;
        if (block.from > candidate + length - 1)
            break;
        candidate = block.to + 1;
    }
    return candidate;
}

std::vector<const LoanUnit*> lendableUnitsById(const LoanModelUnits& model)
{
    std::vector<const LoanUnit*> units;
    for (const LoanUnit& unit : model.units) {
        if (!unit.retired)
            units.push_back(&unit);
    }
    std::stable_sort(
        units.begin(), units.end(), [](const LoanUnit* a, const LoanUnit* b) { return a->id < b->id; });
    return units;
}

} // namespace

std::string_view reasonCode(LoanRejectReason reason)
{
    switch (reason) {
    case LoanRejectReason::None:
        return "";
    case LoanRejectReason::EndBeforeStart:
        return "end_before_start";
    case LoanRejectReason::LongerThanMaxLoanDays:
        return "longer_than_max_loan_days";
    case LoanRejectReason::NoUnits:
        return "no_units";
    case LoanRejectReason::AllUnitsRetired:
        return "all_units_retired";
    }
    return "unknown";
}

LoanBookingRule::LoanBookingRule(int horizonDays)
    : m_horizonDays(std::max(0, horizonDays))
{
}

bool LoanBookingRule::isFree(const LoanUnit& unit, const DateRange& range)
{
    if (unit.retired || !range.isValid())
        return false;
    const auto blocked = blockedDays(unit);
    const auto start = range.from.dayNumber();
    return earliestFreeStart(blocked, start, range.lengthDays()) == start;
}

LoanDecision LoanBookingRule::decide(const LoanModelUnits& model, const DateRange& requested) const
{
    LoanDecision decision;
    if (!requested.isValid()) {
        decision.reason = LoanRejectReason::EndBeforeStart;
        return decision;
    }
    const std::int64_t length = requested.lengthDays();
    if (model.maxLoanDays > 0 && length > model.maxLoanDays) {
        decision.reason = LoanRejectReason::LongerThanMaxLoanDays;
        return decision;
    }
    if (model.units.empty()) {
        decision.reason = LoanRejectReason::NoUnits;
        return decision;
    }
    const auto units = lendableUnitsById(model);
    if (units.empty()) {
        decision.reason = LoanRejectReason::AllUnitsRetired;
        return decision;
    }

    const std::int64_t start = requested.from.dayNumber();
    const std::int64_t lastAllowedStart = start + m_horizonDays;
    const LoanUnit* bestUnit = nullptr;
    std::int64_t bestStart = farFuture;
    for (const LoanUnit* unit : units) {
        const std::int64_t freeStart = earliestFreeStart(blockedDays(*unit), start, length);
        if (freeStart == start) {
            decision.kind = LoanDecisionKind::Booked;
            decision.unitId = unit->id;
            return decision;
        }
        // Strictly earlier only: on a tie the unit with the smaller id, seen first, wins.
        if (freeStart < bestStart) {
            bestStart = freeStart;
            bestUnit = unit;
        }
    }

    decision.kind = LoanDecisionKind::Waitlisted;
    if (bestUnit && bestStart <= lastAllowedStart) {
        const Date from = Date::fromDayNumber(bestStart);
        decision.alternative = LoanAlternative { bestUnit->id, { from, from.addDays(length - 1) } };
    }
    return decision;
}

} // namespace yk::domain
