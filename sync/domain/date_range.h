#pragma once

#include "domain/date.h"

#include <cstdint>

namespace yk::domain {

/// An inclusive range of calendar days [from, to], as loans and out-of-service periods are written.
struct DateRange {
    Date from;
    Date to;

    /// False for to < from, which no rule accepts as a request.
    bool isValid() const { return !(to < from); }
    /// Number of days covered, both ends included: a one-day loan has length 1.
    std::int64_t lengthDays() const { return Date::daysBetween(from, to) + 1; }
    bool contains(Date day) const { return !(day < from) && !(to < day); }
    /// Inclusive ends: sharing one day overlaps, touching end-to-start (10th / 11th) does not.
    bool overlaps(const DateRange& other) const { return !(to < other.from) && !(other.to < from); }

    friend bool operator==(const DateRange&, const DateRange&) = default;
};

} // namespace yk::domain
