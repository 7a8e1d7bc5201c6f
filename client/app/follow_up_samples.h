#pragma once

#include <QDateTime>

namespace yk::app {

struct DeviceContext;

/// A support programme of the Nagano centre with four applications (one chosen facility half
/// way through its plan, with visit logs and figures before and after), and adoptions of the
/// demo facilities whose check-ins are answered, due, overdue or say "no longer used", stored
/// as the server would have sent them (plus a visit log and an application still waiting to be
/// sent, queued through the engine). Only ever added to the temporary demo store of
/// `--self-test`, like the desk's samples; dates relative to `now`. False when a write failed.
bool addFollowUpSamples(DeviceContext& context, const QDateTime& now);

} // namespace yk::app
