#pragma once

#include "store_controller.h"

#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace yk::app {

/// The centre's desk figures for QML (counted by countDesk): consultations by month, topic
/// and channel as bars, the median time to the first reply, follow-ups due this week, loan
/// wishes waiting and open consultations. Read again after every change.
class DeskController : public yk::app::StoreController {
    Q_OBJECT
    QML_ELEMENT
    /// [{ label, count }] twelve months, oldest first.
    Q_PROPERTY(QVariantList months READ months NOTIFY countsChanged)
    /// [{ label, count }] every topic / channel, in the wire order.
    Q_PROPERTY(QVariantList topics READ topics NOTIFY countsChanged)
    Q_PROPERTY(QVariantList channels READ channels NOTIFY countsChanged)
    Q_PROPERTY(int yearTotal READ yearTotal NOTIFY countsChanged)
    Q_PROPERTY(QString medianReplyText READ medianReplyText NOTIFY countsChanged)
    Q_PROPERTY(int followUpsDue READ followUpsDue NOTIFY countsChanged)
    Q_PROPERTY(int loanWishesWaiting READ loanWishesWaiting NOTIFY countsChanged)
    Q_PROPERTY(int openCount READ openCount NOTIFY countsChanged)
public:
    explicit DeskController(QObject* parent = nullptr);

    QVariantList months() const { return m_months; }
    QVariantList topics() const { return m_topics; }
    QVariantList channels() const { return m_channels; }
    int yearTotal() const { return m_yearTotal; }
    QString medianReplyText() const { return m_medianReplyText; }
    int followUpsDue() const { return m_followUpsDue; }
    int loanWishesWaiting() const { return m_loanWishesWaiting; }
    int openCount() const { return m_openCount; }
    Q_INVOKABLE void reload();

    /// "3 h", "2 days 4 h", "under 1 h"; "—" for none.
    static QString durationText(std::optional<qint64> seconds);

Q_SIGNALS:
    void countsChanged();

protected:
    void servicesChanged() override { reload(); }
    void recordsChanged() override { reload(); }

private:
    QVariantList m_months;
    QVariantList m_topics;
    QVariantList m_channels;
    int m_yearTotal = 0;
    QString m_medianReplyText;
    int m_followUpsDue = 0;
    int m_loanWishesWaiting = 0;
    int m_openCount = 0;
};

} // namespace yk::app
