#include "mutation_queue.h"

#include "app_settings.h"
#include "engine_bridge.h"

#include "engine/sync_engine.h"

#include <QCoreApplication>
#include <QPointer>
#include <google/protobuf/util/time_util.h>

namespace yk::app {

void queueMutation(EngineBridge* bridge, QObject* receiver, yokoten::v1::Mutation mutation,
    std::function<void(QString)> done, MutationCheck check, std::function<void(DeviceContext&)> afterQueued)
{
    if (bridge == nullptr) {
        // Not wired yet: say so, asynchronously like a real answer.
        if (done && receiver != nullptr)
            QMetaObject::invokeMethod(
                receiver,
                [done] { done(QCoreApplication::translate("MutationQueue", "The store is not open.")); },
                Qt::QueuedConnection);
        return;
    }
    *mutation.mutable_client_time() = google::protobuf::util::TimeUtil::GetCurrentTime();
    bridge->run<QString>(
        receiver,
        [mutation = std::move(mutation), check = std::move(check), afterQueued = std::move(afterQueued)](
            DeviceContext& context) mutable -> QString {
            if (context.engine == nullptr || context.store == nullptr)
                return QCoreApplication::translate("MutationQueue", "The store is not open.");
            if (check) {
                if (QString error = check(context); !error.isEmpty())
                    return error;
            }
            auto seq = context.engine->submit(std::move(mutation));
            if (!seq)
                return AppSettings::pick(seq.error().messageJa, seq.error().messageEn);
            if (afterQueued)
                afterQueued(context);
            return {};
        },
        [bridge = QPointer<EngineBridge>(bridge), done = std::move(done)](QString error) {
            if (error.isEmpty() && bridge != nullptr)
                bridge->notifyLocalWrite();
            if (done)
                done(error);
        });
}

} // namespace yk::app
