#pragma once

#include "store_controller.h"

#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include "yokoten/v1/sync.pb.h"

namespace yk::app {

/// What centre staff do with one visitor entry: make a loan request of the matched facility
/// (a loan wish), make a consultation of it, or mark it handled. The facility is preselected
/// when exactly one facility of the prefecture matches the organisation the visitor typed.
class InboxController : public yk::app::StoreController {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString entryId READ entryId WRITE setEntryId NOTIFY entryIdChanged)
    /// { kind, kindText, visitorName, visitorOrganisation, contact, modelName, datesText, handled,
    /// outcomeText }
    Q_PROPERTY(QVariantMap entry READ entry NOTIFY entryChanged)
    /// [{ id, name }]: facilities of the prefecture whose name matches what the visitor typed.
    Q_PROPERTY(QVariantList matches READ matches NOTIFY entryChanged)
    /// The one match, or empty when there are none or several.
    Q_PROPERTY(QString preselectedId READ preselectedId NOTIFY entryChanged)
    Q_PROPERTY(QString preselectedName READ preselectedName NOTIFY entryChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
public:
    explicit InboxController(QObject* parent = nullptr);

    QString entryId() const { return m_entryId; }
    void setEntryId(const QString& id);
    QVariantMap entry() const { return m_entry; }
    QVariantList matches() const { return m_matches; }
    QString preselectedId() const;
    QString preselectedName() const;
    bool busy() const { return m_busy; }
    QString errorText() const { return m_errorText; }

    /// 貸出申請にする: a loan request of `organisationId` for the wished model and dates.
    Q_INVOKABLE void makeLoan(const QString& organisationId, const QString& purpose);
    /// A consultation of `organisationId` (channel exhibition) on `topic`.
    Q_INVOKABLE void makeConsultation(const QString& organisationId, int topic);
    /// Read and handled, nothing made of it; `organisationId` may be empty.
    Q_INVOKABLE void markHandled(const QString& organisationId);
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void entryIdChanged();
    void entryChanged();
    void busyChanged();
    void errorTextChanged();
    /// The entry was handled ("loan", "consultation", "noted"); `recordId` is what was made.
    void handled(const QString& what, const QString& recordId);

protected:
    void servicesChanged() override { reload(); }
    void recordsChanged() override { reload(); }

private:
    enum class Outcome { Loan, Consultation, Noted };
    void handle(Outcome outcome, const QString& organisationId, int topic, const QString& purpose);
    void setError(const QString& text);

    QString m_entryId;
    QVariantMap m_entry;
    QVariantList m_matches;
    bool m_busy = false;
    QString m_errorText;
};

} // namespace yk::app
