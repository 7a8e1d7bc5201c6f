#pragma once

#include <QDateTime>

namespace yk::app {

struct DeviceContext;

/// A few consultations, kiosk entries, a loan and a seminar attendance of the Nagano demo
/// facilities, stored as the server would have sent them (plus one reply still waiting to be
/// sent, queued through the engine), so that the self-test and the screenshots show the
/// desk, the inbox and the support record with something in them. Only ever added to the
/// temporary demo store of `--self-test`; times relative to `now`. False when a write failed.
bool addDeskSamples(DeviceContext& context, const QDateTime& now);

} // namespace yk::app
