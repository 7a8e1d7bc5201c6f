#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include "store/store.h"

namespace yk::platform {
class KeyVault;
}

#include <memory>

namespace yk::app {

class EngineBridge;

/// Who is using the app and whether the store is open: first run (set up the device),
/// locked (passcode), ready. The store folder is `<data>/store`; its key never leaves the
/// engine thread.
class SessionManager : public QObject {
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(bool enrolled READ enrolled NOTIFY accountChanged)
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY accountChanged)
    Q_PROPERTY(QString userName READ userName NOTIFY accountChanged)
    Q_PROPERTY(QString userId READ userId NOTIFY accountChanged)
    Q_PROPERTY(QString organisationName READ organisationName NOTIFY accountChanged)
    Q_PROPERTY(QString organisationId READ organisationId NOTIFY accountChanged)
    Q_PROPERTY(bool centreStaff READ centreStaff NOTIFY accountChanged)
    /// A prefecture's officer: may publish the prefecture's support programmes.
    Q_PROPERTY(bool prefectureOfficer READ prefectureOfficer NOTIFY accountChanged)
    /// A municipality's officer: reads the indicators of its municipality and the prefecture.
    Q_PROPERTY(bool municipalOfficer READ municipalOfficer NOTIFY accountChanged)
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY accountChanged)
public:
    enum class State { FirstRun, Locked, Opening, Ready };
    Q_ENUM(State)

    SessionManager(EngineBridge& bridge, QString dataDir, QObject* parent = nullptr);

    State state() const { return m_state; }
    bool busy() const { return m_busy; }
    QString errorText() const { return m_errorText; }
    bool enrolled() const { return m_enrolled; }
    bool signedIn() const { return m_signedIn; }
    QString userName() const { return m_userName; }
    QString userId() const { return m_userId; }
    QString organisationName() const { return m_organisationName; }
    QString organisationId() const { return m_organisationId; }
    bool centreStaff() const { return m_centreStaff; }
    bool prefectureOfficer() const { return m_prefectureOfficer; }
    bool municipalOfficer() const { return m_municipalOfficer; }
    QString serverUrl() const { return m_serverUrl; }
    QString storeDirectory() const;
    /// The platform keystore that seals the store's key (libsecret on desktops, a file on
    /// kiosks); null = passcode only. Used from the engine thread; must outlive this object.
    void setKeyVault(platform::KeyVault* vault) { m_vault = vault; }
    /// Later starts: opens the store with the keystore's secret when it has one (no
    /// passcode); otherwise stays locked and asks for the passcode.
    Q_INVOKABLE void unlockWithKeyVault();
    /// Tests use cheap key derivation; devices keep the default.
    void setStoreOptions(const store::StoreOptions& options) { m_storeOptions = options; }

    /// First run: creates the store under `passcode`, enrols the device with the code from
    /// centre staff, signs in. `caPath` may be empty (system CAs). Offline or wrong code:
    /// nothing is left behind, the form stays filled.
    Q_INVOKABLE void setUp(const QString& serverUrl, const QString& enrolmentCode, const QString& caPath,
        const QString& login, const QString& password, const QString& passcode);
    /// Later starts: opens the store with the passcode (works offline).
    Q_INVOKABLE void unlock(const QString& passcode);
    /// Signs in again after the sign-in ran out; queued work is kept.
    Q_INVOKABLE void signIn(const QString& login, const QString& password);
    /// Closes the store; the next person needs the passcode.
    Q_INVOKABLE void lock();
    /// A store with the built-in demo data and no server (self-test, screenshots offline).
    Q_INVOKABLE void openDemoStore(const QString& passcode);
    /// The same, and on a new store what a person would have done (addTourExamples): the
    /// self-test's and screenshots' store, whose ticket, loan and result pages are not empty.
    void openTourStore(const QString& passcode);
    Q_INVOKABLE void clearError();

Q_SIGNALS:
    void stateChanged();
    void busyChanged();
    void errorTextChanged();
    void accountChanged();
    /// The store is open and the app may show its pages (and start a sync).
    void opened();

public:
    struct Account;

private:
    void openDemo(const QString& passcode, bool withExamples);
    void setBusy(bool busy);
    void setError(const QString& text);
    void setState(State state);
    void refreshAccount();
    void applyAccount(const Account& account);

    EngineBridge& m_bridge;
    QString m_dataDir;
    State m_state = State::FirstRun;
    bool m_busy = false;
    QString m_errorText;
    bool m_enrolled = false;
    bool m_signedIn = false;
    QString m_userName;
    QString m_userId;
    QString m_organisationName;
    QString m_organisationId;
    bool m_centreStaff = false;
    bool m_prefectureOfficer = false;
    bool m_municipalOfficer = false;
    QString m_serverUrl;
    store::StoreOptions m_storeOptions;
    platform::KeyVault* m_vault = nullptr;
};

/// The signed-in user's and organisation's ids as the store names them; empty without a
/// session manager (what models and controllers read before QML has wired one).
inline std::string userIdOf(const SessionManager* session)
{
    return session != nullptr ? session->userId().toStdString() : std::string();
}
inline std::string organisationIdOf(const SessionManager* session)
{
    return session != nullptr ? session->organisationId().toStdString() : std::string();
}

} // namespace yk::app
