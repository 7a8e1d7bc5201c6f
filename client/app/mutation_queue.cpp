#include "mutation_queue.h"

#include "app_services.h"
#include "app_settings.h"
#include "engine_bridge.h"
#include "sync_status.h"

#include "engine/sync_engine.h"

#include <QCoreApplication>
#include <google/protobuf/util/time_util.h>

namespace yk::app {

void queueMutation(QObject* receiver, yokoten::v1::Mutation mutation, std::function<void(QString)> done,
    MutationCheck check, std::function<void(DeviceContext&)> afterQueued)
{
    if (AppServices::bridge == nullptr)
        return;
    *mutation.mutable_client_time() = google::protobuf::util::TimeUtil::GetCurrentTime();
    AppServices::bridge->run<QString>(
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
        [done = std::move(done)](QString error) {
            if (error.isEmpty()) {
                if (AppServices::sync != nullptr)
                    AppServices::sync->noteLocalWrite();
                else if (AppServices::bridge != nullptr)
                    AppServices::bridge->notifyDataChanged();
            }
            if (done)
                done(error);
        });
}

} // namespace yk::app
