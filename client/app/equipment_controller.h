#pragma once

#include "store_controller.h"
#include <QDate>

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace yk::app {

/// One equipment model's page: what it is, how many units the centre has free as last
/// known, and the trial-loan request (offline too: the request waits to be sent, the
/// centre's server books a unit or puts it on the waiting list).
class EquipmentController : public yk::app::StoreController {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString modelId READ modelId WRITE setModelId NOTIFY modelIdChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(QString maker READ maker NOTIFY changed)
    Q_PROPERTY(int area READ area NOTIFY changed)
    Q_PROPERTY(QString areaName READ areaName NOTIFY changed)
    Q_PROPERTY(QString subcategory READ subcategory NOTIFY changed)
    Q_PROPERTY(QString description READ description NOTIFY changed)
    Q_PROPERTY(int maxLoanDays READ maxLoanDays NOTIFY changed)
    Q_PROPERTY(QString centreName READ centreName NOTIFY changed)
    Q_PROPERTY(int unitCount READ unitCount NOTIFY changed)
    Q_PROPERTY(int unitsAvailable READ unitsAvailable NOTIFY changed)
    Q_PROPERTY(int unitsOutOfService READ unitsOutOfService NOTIFY changed)
    Q_PROPERTY(QString priceRange READ priceRange NOTIFY changed)
    Q_PROPERTY(QString runningCost READ runningCost NOTIFY changed)
    Q_PROPERTY(QString subsidyNote READ subsidyNote NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
public:
    struct Info {
        QString name;
        QString maker;
        int area = 0;
        QString subcategory;
        QString description;
        int maxLoanDays = 0;
        QString centreName;
        int units = 0;
        int available = 0;
        int outOfService = 0;
        QString priceRange;
        QString runningCost;
        QString subsidyNote;
    };

    explicit EquipmentController(QObject* parent = nullptr);

    QString modelId() const { return m_modelId; }
    void setModelId(const QString& id);
    bool loaded() const { return m_loaded; }
    QString name() const { return m_info.name; }
    QString maker() const { return m_info.maker; }
    int area() const { return m_info.area; }
    QString areaName() const;
    QString subcategory() const { return m_info.subcategory; }
    QString description() const { return m_info.description; }
    int maxLoanDays() const { return m_info.maxLoanDays; }
    QString centreName() const { return m_info.centreName; }
    int unitCount() const { return m_info.units; }
    int unitsAvailable() const { return m_info.available; }
    int unitsOutOfService() const { return m_info.outOfService; }
    QString priceRange() const { return m_info.priceRange; }
    QString runningCost() const { return m_info.runningCost; }
    QString subsidyNote() const { return m_info.subsidyNote; }
    bool busy() const { return m_busy; }
    QString errorText() const { return m_errorText; }

    /// Why a loan from `from` to `to` (inclusive) cannot be asked for, or empty.
    QString checkRange(const QDate& from, const QDate& to, const QDate& today) const;
    /// Asks the centre for a trial loan (dates YYYY-MM-DD, inclusive). Refused with
    /// errorText (nothing queued) when the range is not valid.
    Q_INVOKABLE bool requestLoan(const QString& fromIso, const QString& toIso, const QString& purpose);
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void modelIdChanged();
    void changed();
    void busyChanged();
    void errorTextChanged();
    /// The request is in the outbox (id of the new loan).
    void requested(const QString& loanId);

protected:
    void servicesChanged() override { reload(); }
    void recordsChanged() override { reload(); }

private:
    void setError(const QString& text);

    QString m_modelId;
    bool m_loaded = false;
    Info m_info;
    bool m_busy = false;
    QString m_errorText;
};

} // namespace yk::app
