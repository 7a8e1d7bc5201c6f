#pragma once

#include "domain/date.h"
#include "domain/date_range.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace yk::domain {

/// A period a unit cannot be lent (repair, inspection); either end may be open.
struct OutOfService {
    std::optional<Date> from; ///< nullopt = since always
    std::optional<Date> until; ///< inclusive; nullopt = open-ended (no return date known)
};

/// One lendable unit of an equipment model, with what already blocks it.
struct LoanUnit {
    std::string id;
    bool retired = false;
    std::optional<OutOfService> outOfService;
    std::vector<DateRange> bookings; ///< inclusive ranges of approved/lent loans
};

/// The model being requested: its loan limit and all of its units.
struct LoanModelUnits {
    /// Longest loan the centre allows, in days; 0 or less = no limit (proto3's unset value).
    int maxLoanDays = 0;
    std::vector<LoanUnit> units;
};

/// What happened to a loan request.
enum class LoanDecisionKind {
    Booked,
    Waitlisted,
    Rejected,
};

/// Why a loan request was rejected outright (a waitlist could not help).
enum class LoanRejectReason {
    None,
    EndBeforeStart,
    LongerThanMaxLoanDays,
    NoUnits, ///< the model has no units at all
    AllUnitsRetired, ///< a waitlist could never clear
};

/// Stable machine code for the wire (`LoanRequest.decline_reason`), e.g. "end_before_start".
std::string_view reasonCode(LoanRejectReason reason);

/// A free range the requester could take instead, on a named unit.
struct LoanAlternative {
    std::string unitId;
    DateRange range;

    friend bool operator==(const LoanAlternative&, const LoanAlternative&) = default;
};

/// The answer to one loan request: booked unit, waitlist with alternative, or rejection.
struct LoanDecision {
    LoanDecisionKind kind = LoanDecisionKind::Rejected;
    std::string unitId; ///< set when Booked
    /// When Waitlisted: the earliest free range of the same length starting on or after the
    /// requested start, on any unit; nullopt = none within the horizon.
    std::optional<LoanAlternative> alternative;
    LoanRejectReason reason = LoanRejectReason::None;
};

/// Books a trial loan on the first free unit of a model, or waitlists it with an alternative.
///
/// Units are tried in order of id (not in the caller's order) so that the server and a
/// client predicting the outcome pick the same unit from the same data.
class LoanBookingRule {
public:
    static constexpr int defaultHorizonDays = 365;

    /// `horizonDays`: how far past the requested start an alternative may begin.
    explicit LoanBookingRule(int horizonDays = defaultHorizonDays);

    LoanDecision decide(const LoanModelUnits& model, const DateRange& requested) const;
    /// True when `unit` can be lent for the whole of `range`.
    static bool isFree(const LoanUnit& unit, const DateRange& range);

private:
    int m_horizonDays;
};

} // namespace yk::domain
