#pragma once

#include "domain/date.h"
#include "domain/follow_up_schedule.h"

#include <QDate>
#include <QString>

#include "yokoten/v1/adoption.pb.h"
#include "yokoten/v1/programme.pb.h"

#include <optional>

namespace yk::app {

// What the programme and follow-up pages show of their codes, in the chosen language
// (sync/proto/follow_up_labels.h holds both languages), and the one reading of an adoption's
// check-ins that the home card, the facility's list and the centre's stalled list share.

QString programmeKindText(int kind);
QString improvementStepText(int step);
QString participationStateText(int state);
QString adoptionUseText(int use);
/// A measurement item's name; for "other" the label the writer gave it.
QString measureItemText(int item, const std::string& label = {});
QString measureUnitText(int item);
/// A unit as the wire writes it (Japanese), in the chosen language.
QString unitText(const std::string& unit);

/// The Japan date as the domain counts days.
domain::Date toDomainDate(const QDate& date);

/// Whether the check-in has been answered (here and waiting to send, or confirmed).
bool isAnswered(const yokoten::v1::AdoptionCheckIn& checkIn);

/// An adoption's follow-up as of `today`: the first check-in not answered yet and how it
/// stands, and whether the adoption is stalled (the server says no longer used, or a
/// check-in is overdue: follow_up_schedule.h).
struct AdoptionStanding {
    std::optional<int> nextMonthsAfter; ///< none when every check-in is answered
    QString nextDue; ///< YYYY-MM-DD of that check-in
    domain::CheckInStanding next = domain::CheckInStanding::Answered;
    bool stalled = false;
    bool noLongerUsed = false;
    int overdueCount = 0;
    /// A check-in to answer now (due or overdue).
    bool answerNow() const
    {
        return next == domain::CheckInStanding::Due || next == domain::CheckInStanding::Overdue;
    }
};
AdoptionStanding adoptionStanding(const yokoten::v1::Adoption& adoption, domain::Date today);

/// "Due", "Overdue", "Later", "Answered" in the chosen language.
QString standingText(domain::CheckInStanding standing);
/// "1 month after", "12 months after" in the chosen language.
QString monthsAfterText(int months);

/// The fiscal year (April–March) a date falls in: 2026-03-31 is FY2025.
int fiscalYearOf(const QDate& date);

} // namespace yk::app
