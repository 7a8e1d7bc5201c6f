#pragma once

#include "variant_list_model.h"

#include <QDate>
#include <QtQml/qqmlregistration.h>

#include <string>

namespace yk::app {

/// Which facility the support menu is filtered for: a service type and a staff count, each 0
/// for "any". -1 asks for the facility's own (from its Organisation record), which stays
/// "any" when the record does not say.
struct MenuFilter {
    int serviceType = -1;
    int staffCount = -1;
};

/// The support menu entries the device holds (its prefecture's) that suit `filter` for the
/// facility `organisationId` (empty: nobody's own records), each with its tier for the staff
/// count and how many of its requirements the facility's own records already meet. The
/// filter as applied is in every row (`filterType`, `filterStaff`). Engine thread.
std::vector<QVariantMap> readSupportMenu(
    DeviceContext& context, const std::string& organisationId, MenuFilter filter, const QDate& today);

/// 支援メニュー: the subsidies and programmes of the prefecture, for a facility filtered by its
/// service type and size (or any other the person picks, or all).
class SupportMenuListModel : public VariantListModel {
    Q_OBJECT
    QML_ELEMENT
    /// -1 the facility's own, 0 any, else a ServiceType.
    Q_PROPERTY(int serviceType READ serviceType WRITE setServiceType NOTIFY filterChanged)
    /// -1 the facility's own, 0 any, else a number of staff.
    Q_PROPERTY(int staffCount READ staffCount WRITE setStaffCount NOTIFY filterChanged)
    /// The filter as applied, after "the facility's own" was looked up (0 when unknown).
    Q_PROPERTY(int appliedServiceType READ appliedServiceType NOTIFY appliedChanged)
    Q_PROPERTY(int appliedStaffCount READ appliedStaffCount NOTIFY appliedChanged)
public:
    using VariantListModel::VariantListModel;
    void reload() override;

    int serviceType() const { return m_filter.serviceType; }
    void setServiceType(int type);
    int staffCount() const { return m_filter.staffCount; }
    void setStaffCount(int count);
    int appliedServiceType() const { return m_appliedType; }
    int appliedStaffCount() const { return m_appliedStaff; }

Q_SIGNALS:
    void filterChanged();
    void appliedChanged();

protected:
    QList<QByteArray> roleKeys() const override;

private:
    MenuFilter m_filter;
    int m_appliedType = 0;
    int m_appliedStaff = 0;
};

} // namespace yk::app
