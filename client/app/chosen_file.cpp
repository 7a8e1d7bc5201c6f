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
    QFile file(path);
    const std::string name = QFileInfo(path).fileName().toStdString();
    if (!file.open(QIODevice::ReadOnly) || file.size() > sync::MaxAttachmentBytes
        || sync::attachmentMimeTypeOf(name).empty())
        return false;
    const std::string bytes = file.readAll().toStdString();
    struct Added {
        QString error;
        yokoten::v1::AttachmentRef ref;
    };
    bridge->run<Added>(
        owner,
        [=](DeviceContext& context) -> Added {
            if (context.engine == nullptr)
                return { QCoreApplication::translate("MutationQueue", "The store is not open."), {} };
            auto ref = sync::addLocalAttachment(*context.store, *context.engine, bytes, name, {});
            if (!ref)
                return { AppSettings::pick(ref.error().messageJa, ref.error().messageEn), {} };
            return { {}, *ref };
        },
        [done](const Added& added) { done(added.error, added.ref); });
    return true;
}

} // namespace yk::app
