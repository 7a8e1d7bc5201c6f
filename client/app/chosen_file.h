#pragma once

#include "yokoten/v1/common.pb.h"

#include <QObject>
#include <QString>

#include <functional>

namespace yk::app {

class EngineBridge;

/// A photo or PDF a person chose (a path or a file: URL), read and kept encrypted in the
/// store until it is uploaded (engine/local_attachments.h). False, with nothing done, when it
/// cannot be attached (unreadable, over 50 MB, not JPEG, PNG or PDF): the caller says so.
/// Otherwise `done` runs on the GUI thread, while `owner` lives, with the file's reference or
/// an error for people (Japanese or English as the app is set). The consultation form and the
/// visit log use it.
bool addChosenFile(EngineBridge* bridge, QObject* owner, const QString& filePath,
    std::function<void(const QString& error, const yokoten::v1::AttachmentRef& ref)> done);

} // namespace yk::app
