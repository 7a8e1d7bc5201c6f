#pragma once

#include "store_list_model.h"

#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace yk::app {

/// Cases in the local store: browsed newest first, or searched in Japanese as the person
/// types (bigram full-text index), narrowed by category, prefecture, equipment area,
/// service type and state. Reloads on the engine thread whenever the store changes.
class CaseListModel : public StoreListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(int category READ category WRITE setCategory NOTIFY filterChanged)
    Q_PROPERTY(int prefecture READ prefecture WRITE setPrefecture NOTIFY filterChanged)
    Q_PROPERTY(int equipmentArea READ equipmentArea WRITE setEquipmentArea NOTIFY filterChanged)
    Q_PROPERTY(int serviceType READ serviceType WRITE setServiceType NOTIFY filterChanged)
    Q_PROPERTY(int caseState READ caseState WRITE setCaseState NOTIFY filterChanged)
    Q_PROPERTY(int limit READ limit WRITE setLimit NOTIFY filterChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
public:
    enum Role {
        CaseIdRole = Qt::UserRole + 1,
        TitleRole,
        CategoryRole,
        CategoryNameRole,
        OrganisationRole,
        PrefectureNameRole,
        FiscalYearRole,
        StateRole,
        StateTextRole,
    };
    Q_ENUM(Role)

    struct Row {
        QString id;
        QString title;
        int category = 0;
        QString organisation;
        int prefecture = 0;
        int fiscalYear = 0;
        int state = 0;
    };

    explicit CaseListModel(QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString query() const { return m_query; }
    void setQuery(const QString& query);
    int category() const { return m_category; }
    void setCategory(int value);
    int prefecture() const { return m_prefecture; }
    void setPrefecture(int value);
    int equipmentArea() const { return m_equipmentArea; }
    void setEquipmentArea(int value);
    int serviceType() const { return m_serviceType; }
    void setServiceType(int value);
    int caseState() const { return m_caseState; }
    void setCaseState(int value);
    int limit() const { return m_limit; }
    void setLimit(int value);
    int count() const override { return static_cast<int>(m_rows.size()); }
    bool loading() const { return m_loading; }

    void reload() override;

Q_SIGNALS:
    void queryChanged();
    void filterChanged();
    void loadingChanged();

private:
    void scheduleReload();
    void setFilter(int& field, int value);

    std::vector<Row> m_rows;
    QString m_query;
    int m_category = 0;
    int m_prefecture = 0;
    int m_equipmentArea = 0;
    int m_serviceType = 0;
    int m_caseState = 0;
    int m_limit = 100;
    bool m_loading = false;
    QTimer m_debounce;
};

} // namespace yk::app
