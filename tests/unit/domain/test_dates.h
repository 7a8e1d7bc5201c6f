#pragma once
// Dates written in test tables as "YYYY-MM-DD"; a typo in the table stops the test run.

#include "domain/date.h"

#include <QString>
#include <QtGlobal>

namespace yk::test {

inline yk::domain::Date date(const QString& text)
{
    const auto parsed = yk::domain::Date::parse(text.toStdString());
    if (!parsed)
        qFatal("bad date in test data: %s", qPrintable(text));
    return *parsed;
}

} // namespace yk::test
