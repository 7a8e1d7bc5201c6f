#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <string>

namespace google::protobuf {
class Timestamp;
}

namespace yk::app {

/// Small conversions from records to what the UI shows.
inline QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}
QDateTime toDateTime(const google::protobuf::Timestamp& timestamp);
/// Japan time (Asia/Tokyo): every venue is in Japan, whatever the device's zone is.
const QTimeZone& japanTime();
/// Today's date in Japan.
QDate todayInJapan();
/// "2026年12月3日(木) 13:30" in Japanese, "Thu 3 Dec 2026, 13:30" in English.
QString formatDateTime(const QDateTime& time);
QString formatDate(const QDate& date);
/// A wire date "YYYY-MM-DD" shown in the chosen language.
QString formatWireDate(const std::string& yyyyMmDd);

/// How a registration stands, in the chosen language (pending / confirmed / waitlisted …).
QString registrationStatusText(int status, int waitlistPosition);
QString loanStateText(int state);
QString caseStateText(int state);
/// A consultation's topic, channel and state in the chosen language (store/labels.h).
QString consultationTopicText(int topic);
QString consultationChannelText(int channel);
QString consultationStateText(int state);
/// A measured figure's change in words, the same wherever the figure is shown: "40 % less
/// than before (better)", "No change"; empty when there is no before value to compare with.
QString figureChangeText(double before, double after, bool lowerIsBetter);

} // namespace yk::app

namespace yk::app {
struct DeviceContext;
/// "Waiting to send" / "Not accepted: reason" / empty (synced) for one record, read on
/// the engine thread. `pending` tells whether a change is still on its way.
QString syncStateText(DeviceContext& context, int recordKind, const std::string& id, bool* pending);
} // namespace yk::app
