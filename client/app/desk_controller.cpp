#include "desk_controller.h"

#include "app_settings.h"
#include "desk_counts.h"
#include "engine_bridge.h"
#include "record_text.h"

#include "store/record_repository.h"
#include "store/store.h"

namespace yk::app {

using namespace yokoten::v1;

DeskController::DeskController(QObject* parent)
    : StoreController(parent)
{
}

QString DeskController::durationText(std::optional<qint64> seconds)
{
    if (!seconds)
        return QStringLiteral("—");
    const qint64 hours = *seconds / 3600;
    if (hours < 1)
        return tr("under 1 h");
    if (hours < 24)
        return tr("%n h", nullptr, static_cast<int>(hours));
    return tr("%n day(s)", nullptr, static_cast<int>(hours / 24))
        + (hours % 24 != 0 ? QStringLiteral(" ") + tr("%n h", nullptr, static_cast<int>(hours % 24))
                           : QString());
}

void DeskController::reload()
{
    if (bridge() == nullptr)
        return;
    bridge()->run<DeskCounts>(
        this,
        [](DeviceContext& context) {
            if (context.store == nullptr)
                return DeskCounts {};
            auto& records = context.store->records();
            auto consultations = records.consultationsNewestFirst();
            auto entries = records.visitorEntriesNewestFirst();
            return countDesk(consultations ? *consultations : std::vector<Consultation> {},
                entries ? *entries : std::vector<VisitorEntry> {}, QDateTime::currentDateTimeUtc());
        },
        [this](const DeskCounts& counts) {
            m_months.clear();
            m_yearTotal = 0;
            for (const auto& m : counts.byMonth) {
                const QString label = AppSettings::japanese()
                    ? QStringLiteral("%1月").arg(m.month)
                    : QLocale(QLocale::English).monthName(m.month, QLocale::ShortFormat);
                m_months.push_back(
                    QVariantMap { { QStringLiteral("label"), label }, { QStringLiteral("count"), m.count } });
                m_yearTotal += m.count;
            }
            m_topics.clear();
            for (int topic = CONSULTATION_TOPIC_TECHNOLOGY; topic <= CONSULTATION_TOPIC_WHERE_TO_START;
                 ++topic) {
                const auto it = counts.byTopic.find(topic);
                m_topics.push_back(QVariantMap { { QStringLiteral("label"), consultationTopicText(topic) },
                    { QStringLiteral("count"), it == counts.byTopic.end() ? 0 : it->second } });
            }
            m_channels.clear();
            for (int channel = CONSULTATION_CHANNEL_APP; channel <= CONSULTATION_CHANNEL_EMAIL; ++channel) {
                const auto it = counts.byChannel.find(channel);
                m_channels.push_back(
                    QVariantMap { { QStringLiteral("label"), consultationChannelText(channel) },
                        { QStringLiteral("count"), it == counts.byChannel.end() ? 0 : it->second } });
            }
            m_medianReplyText = durationText(counts.medianFirstReplySeconds);
            m_followUpsDue = counts.followUpsDue;
            m_loanWishesWaiting = counts.loanWishesWaiting;
            m_openCount = counts.open;
            Q_EMIT countsChanged();
        });
}

} // namespace yk::app
