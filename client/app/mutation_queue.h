#pragma once

#include <QObject>
#include <QString>

#include "yokoten/v1/sync.pb.h"

#include <functional>

namespace yk::app {

struct DeviceContext;

/// Checks on the engine thread whether a mutation may be queued (the record's state as
/// stored); returns an error for the person, or empty.
using MutationCheck = std::function<QString(DeviceContext&)>;

/// Queues `mutation` in the outbox on the engine thread (offline too), then calls
/// `done(error)` on `receiver`'s thread: empty when queued. On success the sync status
/// hears of the local write and models reload. `afterQueued` runs on the engine thread
/// right after a successful submit (e.g. dropping a draft).
void queueMutation(QObject* receiver, yokoten::v1::Mutation mutation, std::function<void(QString)> done,
    MutationCheck check = {}, std::function<void(DeviceContext&)> afterQueued = {});

} // namespace yk::app
