#pragma once

#include "store_controller.h"

#include <QObject>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <string>

namespace yk::store {
class RecordRepository;
}

namespace yk::app {

/// A model's lendable units as last synced: in service (not retired), and free today.
struct UnitCounts {
    int units = 0;
    int available = 0;
    int outOfService = 0;
};
/// Read on the engine thread; `today` is YYYY-MM-DD in Japan.
UnitCounts unitCountsOf(
    store::RecordRepository& records, const std::string& modelId, const std::string& today);

/// What stands behind one equipment model, from the relation tables: the published cases that
/// used it (then those of its area), each with its headline figure and the figure's source
/// and date; how many there are and their typical effect; the coming sessions that show it.
/// A kiosk sets publicOnly: cases published to every prefecture only, nothing personal.
class ModelCasesController : public yk::app::StoreController {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString modelId READ modelId WRITE setModelId NOTIFY settingsChanged)
    Q_PROPERTY(bool publicOnly MEMBER m_publicOnly WRITE setPublicOnly NOTIFY settingsChanged)
    Q_PROPERTY(int limit MEMBER m_limit WRITE setLimit NOTIFY settingsChanged)
    /// ServiceType wire value, 0 = any.
    Q_PROPERTY(int serviceType MEMBER m_serviceType WRITE setServiceType NOTIFY settingsChanged)
    /// store::FacilitySize: 0 any, 1 under 30 places, 2 30–79, 3 80 or more.
    Q_PROPERTY(int facilitySize MEMBER m_facilitySize WRITE setFacilitySize NOTIFY settingsChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)
    Q_PROPERTY(QVariantList cases READ cases NOTIFY changed)
    Q_PROPERTY(int namingCount READ namingCount NOTIFY changed)
    Q_PROPERTY(int areaCount READ areaCount NOTIFY changed)
    Q_PROPERTY(QString typicalEffect READ typicalEffect NOTIFY changed)
    Q_PROPERTY(QVariantList sessions READ sessions NOTIFY changed)
public:
    explicit ModelCasesController(QObject* parent = nullptr);

    QString modelId() const { return m_modelId; }
    void setModelId(const QString& id);
    void setPublicOnly(bool publicOnly);
    void setLimit(int limit);
    void setServiceType(int serviceType);
    void setFacilitySize(int size);
    bool loaded() const { return m_loaded; }
    QVariantList cases() const { return m_cases; }
    int namingCount() const { return m_namingCount; }
    int areaCount() const { return m_areaCount; }
    QString typicalEffect() const { return m_typicalEffect; }
    QVariantList sessions() const { return m_sessions; }

    Q_INVOKABLE void reload();

Q_SIGNALS:
    void settingsChanged();
    void changed();

protected:
    void servicesChanged() override { reload(); }
    void recordsChanged() override { reload(); }

private:
    template <typename T> void setSetting(T& member, T value);

    QString m_modelId;
    bool m_publicOnly = false;
    int m_limit = 20;
    int m_serviceType = 0;
    int m_facilitySize = 0;
    bool m_loaded = false;
    QVariantList m_cases;
    int m_namingCount = 0;
    int m_areaCount = 0;
    QString m_typicalEffect;
    QVariantList m_sessions;
};

/// A short list of models with their loan availability: the models a case used (modelIds),
/// or the models a session shows (sessionId). Models this device does not hold are left out.
class ModelListController : public yk::app::StoreController {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QStringList modelIds READ modelIds WRITE setModelIds NOTIFY settingsChanged)
    Q_PROPERTY(QString sessionId READ sessionId WRITE setSessionId NOTIFY settingsChanged)
    Q_PROPERTY(QVariantList models READ models NOTIFY changed)
public:
    explicit ModelListController(QObject* parent = nullptr);

    QStringList modelIds() const { return m_modelIds; }
    void setModelIds(const QStringList& ids);
    QString sessionId() const { return m_sessionId; }
    void setSessionId(const QString& id);
    QVariantList models() const { return m_models; }

    Q_INVOKABLE void reload();

Q_SIGNALS:
    void settingsChanged();
    void changed();

protected:
    void servicesChanged() override { reload(); }
    void recordsChanged() override { reload(); }

private:
    QStringList m_modelIds;
    QString m_sessionId;
    QVariantList m_models;
};

/// Two or three models side by side: area, what it does, price and running cost where known,
/// the subsidy cap the catalogue names, how many published cases used it and their typical
/// effect, and units free now.
class ModelCompareController : public yk::app::StoreController {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QStringList modelIds READ modelIds WRITE setModelIds NOTIFY modelIdsChanged)
    Q_PROPERTY(QVariantList rows READ rows NOTIFY changed)
public:
    static constexpr int kMaxModels = 3;

    explicit ModelCompareController(QObject* parent = nullptr);

    QStringList modelIds() const { return m_modelIds; }
    void setModelIds(const QStringList& ids);
    QVariantList rows() const { return m_rows; }

    Q_INVOKABLE void reload();

Q_SIGNALS:
    void modelIdsChanged();
    void changed();

protected:
    void servicesChanged() override { reload(); }
    void recordsChanged() override { reload(); }

private:
    QStringList m_modelIds;
    QVariantList m_rows;
};

} // namespace yk::app
