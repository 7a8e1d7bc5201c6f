#pragma once

#include <QObject>
#include <QString>

#include "yokoten/v1/sync.pb.h"

#include <functional>

namespace yk::app {

struct DeviceContext;
class EngineBridge;

/// Checks on the engine thread whether a mutation may be queued (the record's state as
/// stored); returns an error for the person, or empty.
using MutationCheck = std::function<QString(DeviceContext&)>;

/// Queues `mutation` in the outbox through `bridge` on the engine thread (offline too), then
/// calls `done(error)` on `receiver`'s thread: empty when queued. On success the bridge
/// announces a local write (the sync status schedules a round, models reload). Without a
/// bridge nothing is queued and `done` hears "not open". `afterQueued` runs on the engine
/// thread right after a successful submit (e.g. dropping a draft).
void queueMutation(EngineBridge* bridge, QObject* receiver, yokoten::v1::Mutation mutation,
    std::function<void(QString)> done, MutationCheck check = {},
    std::function<void(DeviceContext&)> afterQueued = {});

} // namespace yk::app
