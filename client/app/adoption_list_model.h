#pragma once

#include "follow_up_text.h"
#include "variant_list_model.h"

#include <QDate>
#include <QtQml/qqmlregistration.h>

#include <string>
#include <vector>

namespace yk::app {

/// Which adoptions a list shows.
enum class AdoptionScope {
    Facility, ///< one facility's (every one the device holds without an organisation)
    Due, ///< one facility's with a check-in to answer now (the home card)
    Stalled, ///< every stalled adoption the device holds (centre staff): no longer used, or overdue
};

/// Adoptions as rows with their next check-in and its standing, all read by the one rule of
/// follow_up_schedule.h as of `today` (Japan). Stalled ones come first in the centre's list,
/// the most overdue first. Engine thread.
std::vector<QVariantMap> readAdoptions(
    DeviceContext& context, AdoptionScope scope, const std::string& organisationId, const QDate& today);

/// 定着フォロー: a facility's adoptions, its due check-ins, or the centre's stalled adoptions.
class AdoptionListModel : public VariantListModel {
    Q_OBJECT
    QML_ELEMENT
    /// "facility" (default), "due" or "stalled".
    Q_PROPERTY(QString scope READ scope WRITE setScope NOTIFY scopeChanged)
    /// The facility; empty: the signed-in user's organisation.
    Q_PROPERTY(QString organisationId READ organisationIdProperty WRITE setOrganisationId NOTIFY
            organisationIdChanged)
    /// "YYYY-MM-DD" to read as of another day (tests); empty: today in Japan.
    Q_PROPERTY(QString today READ today WRITE setToday NOTIFY todayChanged)
public:
    using VariantListModel::VariantListModel;

    QString scope() const { return m_scope; }
    void setScope(const QString& scope);
    QString organisationIdProperty() const { return m_organisationId; }
    void setOrganisationId(const QString& id);
    QString today() const { return m_today; }
    void setToday(const QString& day);
    void reload() override;

Q_SIGNALS:
    void scopeChanged();
    void organisationIdChanged();
    void todayChanged();

protected:
    QList<QByteArray> roleKeys() const override;

private:
    QString m_scope = QStringLiteral("facility");
    QString m_organisationId;
    QString m_today;
};

} // namespace yk::app
