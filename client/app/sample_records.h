#pragma once

// What the self-test store's sample records share (desk_samples.cpp, follow_up_samples.cpp):
// the ids of the demo data set's Nagano records they refer to, and how a sample is stamped
// and named. Sample ids begin with 5a3e0000- so that tests can tell them from the demo's.

#include <QDateTime>
#include <QString>

#include <google/protobuf/timestamp.pb.h>
#include <google/protobuf/util/time_util.h>

#include <string>

namespace yk::app::samples {

// The Nagano demo facilities, centre and users (sync/proto/demo/yokoten-demo.json).
inline constexpr const char* kChikuma = "600f433e-22fe-49d3-9928-bf0e2391d1d4";
inline constexpr const char* kAzusa = "7a7cd1b6-1dc4-4467-97d2-ce8f2c6ee481";
inline constexpr const char* kTenryu = "ebc356d9-0732-4a71-9f4b-53fac420a3b7";
inline constexpr const char* kAsama = "b0103640-3f84-46c3-9a06-313469a2e58d";
inline constexpr const char* kCentre = "29220235-3297-45bf-bee8-0c41bebe828f";
inline constexpr const char* kFacilityUser = "3cea860c-077b-45d9-9b3e-d96a02c947d5";
inline constexpr const char* kCentreUser = "92dad97b-b4c4-4403-a0e1-23d1d037310b";

inline google::protobuf::Timestamp at(const QDateTime& time)
{
    return google::protobuf::util::TimeUtil::SecondsToTimestamp(time.toSecsSinceEpoch());
}

/// The n-th sample of a kind: 5a3e0000-0000-4000-8000-KKKKNNNNNNNN.
inline std::string sampleId(int kind, int n)
{
    return QStringLiteral("5a3e0000-0000-4000-8000-%1%2")
        .arg(kind, 4, 10, QLatin1Char('0'))
        .arg(n, 8, 10, QLatin1Char('0'))
        .toStdString();
}

} // namespace yk::app::samples
