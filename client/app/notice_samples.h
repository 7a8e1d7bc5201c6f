#pragma once

#include <QDateTime>

namespace yk::app {

struct DeviceContext;

/// Three notices of the Nagano centre, one with a deadline within the week and a PDF, one
/// already read, stored as the server would have sent them to a facility's tablet. Only
/// ever added to the temporary demo store of `--self-test`, like the desk's samples; dates
/// relative to `now`. False when a write failed.
bool addNoticeSamples(DeviceContext& context, const QDateTime& now);

} // namespace yk::app
