#include "chosen_file.h"

#include "app_settings.h"
#include "engine_bridge.h"

#include "engine/local_attachments.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

namespace yk::app {

bool addChosenFile(EngineBridge* bridge, QObject* owner, const QString& filePath,
    std::function<void(const QString& error, const yokoten::v1::AttachmentRef& ref)> done)
{
    const QString path
        = filePath.startsWith(QStringLiteral("file:")) ? QUrl(filePath).toLocalFile() : filePath;
    const QFileInfo info(path);
    const std::string name = info.fileName().toStdString();
    // Only what the file system says is checked here; the bytes (up to 50 MB) are read on the
    // engine's thread, not the GUI's.
    if (!info.isFile() || !info.isReadable() || info.size() > sync::MaxAttachmentBytes
        || sync::attachmentMimeTypeOf(name).empty())
        return false;
    struct Added {
        QString error;
        yokoten::v1::AttachmentRef ref;
    };
    bridge->run<Added>(
        owner,
        [=](DeviceContext& context) -> Added {
            if (context.engine == nullptr)
                return { QCoreApplication::translate("MutationQueue", "The store is not open."), {} };
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly) || file.size() > sync::MaxAttachmentBytes)
                return { QCoreApplication::translate("yk::app::ParticipationController",
                             "Only photos (JPEG, PNG) and PDF files up to 50 MB can be attached."),
                    {} };
            const std::string bytes = file.readAll().toStdString();
            auto ref = sync::addLocalAttachment(*context.store, *context.engine, bytes, name, {});
            if (!ref)
                return { AppSettings::pick(ref.error().messageJa, ref.error().messageEn), {} };
            return { {}, *ref };
        },
        [done](const Added& added) { done(added.error, added.ref); });
    return true;
}

} // namespace yk::app
