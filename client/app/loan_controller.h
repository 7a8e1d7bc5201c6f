#pragma once

#include "store_controller.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include "yokoten/v1/sync.pb.h"

namespace yk::app {

/// What can be done with a trial loan: centre staff approve, decline (with a reason), mark
/// it lent and returned; the requester cancels, and files the result report after return.
/// Each is a mutation that works offline; the state as stored decides what is allowed.
class LoanController : public yk::app::StoreController {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
public:
    explicit LoanController(QObject* parent = nullptr);

    bool busy() const { return m_busy; }
    QString errorText() const { return m_errorText; }

    Q_INVOKABLE void approve(const QString& loanId);
    Q_INVOKABLE void decline(const QString& loanId, const QString& reason);
    Q_INVOKABLE void markLent(const QString& loanId);
    Q_INVOKABLE void markReturned(const QString& loanId);
    Q_INVOKABLE void cancel(const QString& loanId);
    /// The result report (usefulness 1 … 5) of a returned loan.
    Q_INVOKABLE void fileReport(const QString& loanId, int usefulness, bool plansToAdopt,
        const QString& findings, const QString& problems);

Q_SIGNALS:
    void busyChanged();
    void errorTextChanged();
    /// A change was queued for this loan.
    void queued(const QString& loanId);

private:
    void queue(const QString& loanId, yokoten::v1::Mutation mutation, std::vector<int> allowedStates);
    void setError(const QString& text);

    bool m_busy = false;
    QString m_errorText;
};

} // namespace yk::app
