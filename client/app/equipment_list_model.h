#pragma once

#include "store_list_model.h"
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace yk::app {

/// The centre's catalogue of lendable equipment models, by priority area (移乗支援, 見守り …),
/// as last synced. Reloads on the engine thread whenever the store changes.
class EquipmentListModel : public StoreListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int area READ area WRITE setArea NOTIFY areaChanged)
public:
    enum Role {
        ModelIdRole = Qt::UserRole + 1,
        NameRole,
        MakerRole,
        AreaRole,
        AreaNameRole,
        SubcategoryRole,
        MaxLoanDaysRole,
    };
    Q_ENUM(Role)

    struct Row {
        QString id;
        QString name;
        QString maker;
        int area = 0;
        QString subcategory;
        int maxLoanDays = 0;
    };

    explicit EquipmentListModel(QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Equipment area to show (0 = all).
    int area() const { return m_area; }
    void setArea(int value);
    int count() const override { return static_cast<int>(m_rows.size()); }

    void reload() override;

Q_SIGNALS:
    void areaChanged();

private:
    std::vector<Row> m_rows;
    int m_area = 0;
};

} // namespace yk::app
