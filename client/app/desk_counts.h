#pragma once

#include <QDate>
#include <QDateTime>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "yokoten/v1/consultation.pb.h"
#include "yokoten/v1/visitor.pb.h"

namespace yk::app {

/// Consultations opened in one calendar month (Japan time).
struct MonthCount {
    int year = 0;
    int month = 0;
    int count = 0;
};

/// What the centre's desk counts (DOMAIN.md: a centre reports its consultations by topic and
/// channel, and has to follow up). The months, topics and channels cover the last 12 months.
struct DeskCounts {
    /// Twelve months, oldest first, the last one the month of `now` in Japan.
    std::vector<MonthCount> byMonth;
    /// Topic (ConsultationTopic) → consultations opened in those 12 months.
    std::map<int, int> byTopic;
    /// Channel (ConsultationChannel) → consultations opened in those 12 months.
    std::map<int, int> byChannel;
    /// The median time from opening to the centre's first reply, over the consultations of
    /// those 12 months that have one; none when none has.
    std::optional<qint64> medianFirstReplySeconds;
    /// Consultations not closed whose follow-up date is on or before this week's Sunday
    /// (weeks run Monday to Sunday in Japan): this week's and overdue ones.
    int followUpsDue = 0;
    /// Kiosk loan wishes nobody has handled yet.
    int loanWishesWaiting = 0;
    /// Consultations not closed.
    int open = 0;
};

/// Counts the desk's figures from the consultations and visitor entries the device holds.
/// Pure: `now` decides the months and the week, in Japan time whatever the device's zone.
DeskCounts countDesk(const std::vector<yokoten::v1::Consultation>& consultations,
    const std::vector<yokoten::v1::VisitorEntry>& entries, const QDateTime& now);

/// The median of `values` (the mean of the two middle ones for an even count); none when empty.
std::optional<qint64> median(std::vector<qint64> values);

/// Monday of the week of `day` and the Sunday that ends it.
std::pair<QDate, QDate> weekOf(const QDate& day);

/// How often each option of each question was chosen, over questionnaire entries
/// (question id → option id → count), and how many entries answered each question.
struct AnswerTally {
    std::map<std::string, std::map<std::string, int>> chosen;
    std::map<std::string, int> answered;
    std::map<std::string, std::vector<std::string>> texts; ///< free-text answers, newest first
    int entries = 0;
};
AnswerTally tallyAnswers(const std::vector<yokoten::v1::VisitorEntry>& entries);

} // namespace yk::app
