#include "desk_counts.h"

#include "record_text.h"

#include <algorithm>

namespace yk::app {

using namespace yokoten::v1;

std::optional<qint64> median(std::vector<qint64> values)
{
    if (values.empty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const std::size_t middle = values.size() / 2;
    if (values.size() % 2 == 1)
        return values[middle];
    return (values[middle - 1] + values[middle]) / 2;
}

std::pair<QDate, QDate> weekOf(const QDate& day)
{
    const QDate monday = day.addDays(1 - day.dayOfWeek());
    return { monday, monday.addDays(6) };
}

DeskCounts countDesk(const std::vector<Consultation>& consultations, const std::vector<VisitorEntry>& entries,
    const QDateTime& now)
{
    DeskCounts counts;
    const QDate today = now.toTimeZone(japanTime()).date();
    const QDate firstMonth = QDate(today.year(), today.month(), 1).addMonths(-11);
    for (int i = 0; i < 12; ++i) {
        const QDate month = firstMonth.addMonths(i);
        counts.byMonth.push_back({ month.year(), month.month(), 0 });
    }
    const QDate sunday = weekOf(today).second;
    std::vector<qint64> replyTimes;
    for (const auto& c : consultations) {
        const bool closed = c.state() == CONSULTATION_STATE_CLOSED;
        if (!closed) {
            ++counts.open;
            const QDate followUp = QDate::fromString(qs(c.follow_up_date()), Qt::ISODate);
            if (followUp.isValid() && followUp <= sunday)
                ++counts.followUpsDue;
        }
        const QDateTime opened = toDateTime(c.opened_at());
        if (!opened.isValid())
            continue;
        const QDate day = opened.toTimeZone(japanTime()).date();
        const int index = (day.year() - firstMonth.year()) * 12 + day.month() - firstMonth.month();
        if (index < 0 || index >= 12)
            continue;
        ++counts.byMonth[static_cast<std::size_t>(index)].count;
        ++counts.byTopic[c.topic()];
        ++counts.byChannel[c.channel()];
        if (c.has_first_reply_at())
            replyTimes.push_back(opened.secsTo(toDateTime(c.first_reply_at())));
    }
    counts.medianFirstReplySeconds = median(std::move(replyTimes));
    counts.loanWishesWaiting
        = static_cast<int>(std::count_if(entries.begin(), entries.end(), [](const auto& e) {
              return e.kind() == VISITOR_ENTRY_KIND_LOAN_REQUEST
                  && e.outcome() == VISITOR_ENTRY_OUTCOME_UNSPECIFIED;
          }));
    return counts;
}

AnswerTally tallyAnswers(const std::vector<VisitorEntry>& entries)
{
    AnswerTally tally;
    for (const auto& e : entries) {
        if (e.answers_size() == 0)
            continue;
        ++tally.entries;
        for (const auto& answer : e.answers()) {
            if (answer.choices_size() == 0 && answer.text().empty())
                continue;
            ++tally.answered[answer.question_id()];
            for (const auto& choice : answer.choices())
                ++tally.chosen[answer.question_id()][choice];
            if (!answer.text().empty())
                tally.texts[answer.question_id()].push_back(answer.text());
        }
    }
    return tally;
}

} // namespace yk::app
