#include "session_manager.h"

#include "app_settings.h"
#include "engine_bridge.h"

#include "engine/sync_engine.h"
#include "proto/demo_dataset.h"
#include "store/case_repository.h"
#include "store/demo_import.h"
#include "store_unlocker.h"
#include "tour_examples.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSysInfo>

Q_LOGGING_CATEGORY(lcSession, "yokoten.ui")

namespace yk::app {

/// What the account header shows, read on the engine thread.
struct SessionManager::Account {
    bool ok = false;
    QString error;
    bool enrolled = false;
    bool signedIn = false;
    QString userName;
    QString userId;
    QString organisationName;
    QString organisationId;
    bool centreStaff = false;
    bool prefectureOfficer = false;
    bool municipalOfficer = false;
    QString serverUrl;
};

namespace {

QString fromStd(const std::string& s)
{
    return QString::fromStdString(s);
}

QString storeErrorText(const storage::StoreError& error)
{
    return AppSettings::pick(error.messageJa(), error.messageEn());
}

QString syncErrorText(const sync::SyncError& error)
{
    return AppSettings::pick(error.messageJa, error.messageEn);
}

SessionManager::Account readAccount(DeviceContext& context)
{
    SessionManager::Account account;
    if (context.engine == nullptr)
        return account;
    account.ok = true;
    if (auto overview = context.engine->overview(); overview) {
        account.enrolled = overview->enrolled;
        account.signedIn = overview->signedIn;
        account.serverUrl = fromStd(overview->serverUrl);
        account.organisationId = fromStd(overview->organisationId);
    }
    if (auto session = context.engine->session(); session) {
        const auto& tokens = session->tokens();
        account.userName = fromStd(tokens.user().display_name());
        account.userId = fromStd(tokens.user().id());
        account.organisationName = fromStd(tokens.organisation().name());
        if (!tokens.organisation().id().empty())
            account.organisationId = fromStd(tokens.organisation().id());
        for (int role : tokens.roles()) {
            account.centreStaff = account.centreStaff || role == yokoten::v1::ROLE_CENTRE_STAFF;
            account.prefectureOfficer
                = account.prefectureOfficer || role == yokoten::v1::ROLE_PREFECTURE_OFFICER;
            account.municipalOfficer
                = account.municipalOfficer || role == yokoten::v1::ROLE_MUNICIPAL_OFFICER;
        }
    }
    return account;
}

/// Creates or opens the store with the passcode; with a keystore, seals it there as well (a
/// sealing failure only warns: the passcode keeps working). Engine thread.
storage::StoreResult<std::unique_ptr<store::Store>> openWithPasscode(const std::string& dir,
    const std::string& passcode, const store::StoreOptions& options, platform::KeyVault* vault, bool create)
{
    if (vault == nullptr)
        return create ? store::Store::create(dir, passcode, options)
                      : store::Store::open(dir, passcode, options);
    platform::StoreUnlocker unlocker(*vault, options);
    auto opened = create ? unlocker.create(dir, passcode) : unlocker.unlockWithPasscode(dir, passcode);
    if (!opened)
        return opened.error();
    if (opened->sealWarning)
        qCWarning(lcSession) << "store not sealed into the keystore:" << opened->sealWarning->detail.c_str();
    return std::move(opened->store);
}

} // namespace

SessionManager::SessionManager(EngineBridge& bridge, QString dataDir, QObject* parent)
    : QObject(parent)
    , m_bridge(bridge)
    , m_dataDir(std::move(dataDir))
{
    QDir().mkpath(m_dataDir);
    m_state
        = QFile::exists(storeDirectory() + "/" + store::Store::KeyFileName) ? State::Locked : State::FirstRun;
}

QString SessionManager::storeDirectory() const
{
    return m_dataDir + QStringLiteral("/store");
}

void SessionManager::setUp(const QString& serverUrl, const QString& enrolmentCode, const QString& caPath,
    const QString& login, const QString& password, const QString& passcode)
{
    if (m_busy)
        return;
    if (passcode.size() < 6) {
        setError(tr("Choose a passcode of at least 6 characters."));
        return;
    }
    if (serverUrl.trimmed().isEmpty() || enrolmentCode.trimmed().isEmpty()) {
        setError(tr("Enter the server address and the enrolment code from the centre."));
        return;
    }
    std::string caPem;
    if (!caPath.isEmpty()) {
        QFile ca(caPath);
        if (!ca.open(QIODevice::ReadOnly) || ca.size() > 1024 * 1024) {
            setError(tr("The certificate file cannot be read: %1").arg(caPath));
            return;
        }
        caPem = ca.readAll().toStdString();
    }
    setBusy(true);
    setState(State::Opening);
    struct Outcome {
        QString error;
        Account account;
    };
    const std::string dir = storeDirectory().toStdString();
    auto options = m_storeOptions;
    platform::KeyVault* vault = m_vault;
    m_bridge.run<Outcome>(
        this,
        [=, this](DeviceContext& context) -> Outcome {
            // Sealed into the keystore as well, where there is one: the next start needs no passcode.
            auto created = openWithPasscode(dir, passcode.toStdString(), options, vault, true);
            if (!created)
                return { storeErrorText(created.error()), {} };
            EngineBridge::attach(context, std::move(*created));
            EngineBridge::retarget(context, serverUrl.trimmed().toStdString(), caPem);
            auto fail = [&](const QString& why) -> Outcome {
                // Leave nothing half set up behind: the next attempt starts clean.
                EngineBridge::detach(context);
                store::wipeStore(dir);
                return { why, {} };
            };
            auto enrolled = context.engine->enrol(serverUrl.trimmed().toStdString(), caPem, "",
                enrolmentCode.trimmed().toStdString(), QSysInfo::machineHostName().toStdString(),
                QSysInfo::productType().toStdString());
            if (!enrolled)
                return fail(syncErrorText(enrolled.error()));
            // A kiosk or an attendee's phone works as the device alone (no login).
            if (!login.isEmpty() || enrolled->kind() != yokoten::v1::DEVICE_KIND_TABLET) {
                auto signedIn = context.engine->signIn(login.toStdString(), password.toStdString());
                if (!signedIn)
                    return fail(syncErrorText(signedIn.error()));
            }
            return { {}, readAccount(context) };
        },
        [this](Outcome outcome) {
            setBusy(false);
            if (!outcome.error.isEmpty()) {
                setError(outcome.error);
                setState(State::FirstRun);
                return;
            }
            clearError();
            applyAccount(outcome.account);
            setState(State::Ready);
            Q_EMIT opened();
        });
}

void SessionManager::unlock(const QString& passcode)
{
    if (m_busy)
        return;
    setBusy(true);
    const std::string dir = storeDirectory().toStdString();
    auto options = m_storeOptions;
    platform::KeyVault* vault = m_vault;
    struct Outcome {
        QString error;
        Account account;
    };
    m_bridge.run<Outcome>(
        this,
        [=](DeviceContext& context) -> Outcome {
            // The passcode always works; afterwards the store is sealed (again) into the
            // keystore, e.g. after a new desktop session lost the old keyring.
            auto opened = openWithPasscode(dir, passcode.toStdString(), options, vault, false);
            if (!opened)
                return { storeErrorText(opened.error()), {} };
            EngineBridge::attach(context, std::move(*opened));
            return { {}, readAccount(context) };
        },
        [this](Outcome outcome) {
            setBusy(false);
            if (!outcome.error.isEmpty()) {
                setError(outcome.error);
                return;
            }
            clearError();
            applyAccount(outcome.account);
            setState(State::Ready);
            Q_EMIT opened();
        });
}

void SessionManager::unlockWithKeyVault()
{
    if (m_busy || m_vault == nullptr || m_state != State::Locked)
        return;
    setBusy(true);
    const std::string dir = storeDirectory().toStdString();
    auto options = m_storeOptions;
    platform::KeyVault* vault = m_vault;
    struct Outcome {
        bool opened = false;
        QString error;
        Account account;
    };
    m_bridge.run<Outcome>(
        this,
        [=](DeviceContext& context) -> Outcome {
            auto attempt = platform::StoreUnlocker(*vault, options).tryUnlockWithVault(dir);
            if (attempt.needsPasscode()) {
                // No entry, a lost keyring, a stale secret: the passcode page, quietly. Only a
                // store that is itself damaged is worth a message.
                QString why;
                if (attempt.storeError)
                    why = storeErrorText(*attempt.storeError);
                return { false, why, {} };
            }
            EngineBridge::attach(context, std::move(attempt.store));
            return { true, {}, readAccount(context) };
        },
        [this](Outcome outcome) {
            setBusy(false);
            if (!outcome.opened) {
                setError(outcome.error);
                return;
            }
            applyAccount(outcome.account);
            setState(State::Ready);
            Q_EMIT opened();
        });
}

void SessionManager::signIn(const QString& login, const QString& password)
{
    if (m_busy || m_state != State::Ready)
        return;
    setBusy(true);
    struct Outcome {
        QString error;
        Account account;
    };
    m_bridge.run<Outcome>(
        this,
        [=](DeviceContext& context) -> Outcome {
            if (context.engine == nullptr)
                return { tr("The store is not open."), {} };
            auto signedIn = context.engine->signIn(login.toStdString(), password.toStdString());
            if (!signedIn)
                return { syncErrorText(signedIn.error()), readAccount(context) };
            return { {}, readAccount(context) };
        },
        [this](Outcome outcome) {
            setBusy(false);
            applyAccount(outcome.account);
            if (!outcome.error.isEmpty())
                setError(outcome.error);
            else
                clearError();
        });
}

void SessionManager::lock()
{
    m_bridge.post([](DeviceContext& context) { EngineBridge::detach(context); });
    applyAccount({});
    setState(State::Locked);
}

void SessionManager::openDemoStore(const QString& passcode)
{
    openDemo(passcode, false);
}

void SessionManager::openTourStore(const QString& passcode)
{
    openDemo(passcode, true);
}

void SessionManager::openDemo(const QString& passcode, bool withExamples)
{
    if (m_busy)
        return;
    setBusy(true);
    const std::string dir = storeDirectory().toStdString();
    auto options = m_storeOptions;
    m_bridge.run<QString>(
        this,
        [=](DeviceContext& context) -> QString {
            auto opened = QFile::exists(QString::fromStdString(dir) + "/" + store::Store::KeyFileName)
                ? store::Store::open(dir, passcode.toStdString(), options)
                : store::Store::create(dir, passcode.toStdString(), options);
            if (!opened)
                return storeErrorText(opened.error());
            auto count = (*opened)->cases().count();
            const bool fresh = count && *count == 0;
            const std::int64_t now = QDateTime::currentSecsSinceEpoch();
            if (fresh) {
                auto demo = proto::builtinDemoDataset();
                if (!demo.ok())
                    return QString::fromStdString(demo.error);
                proto::moveDemoScheduleAfter(demo.dataset, now);
                if (auto imported = store::importDataset(**opened, demo.dataset); !imported)
                    return storeErrorText(imported.error());
            }
            EngineBridge::attach(context, std::move(*opened));
            // A ticket, a loan and a past result, so those pages show more than "nothing yet".
            if (withExamples && fresh && context.engine != nullptr
                && !addTourExamples(*context.store, *context.engine, now))
                qCWarning(lcSession, "the demo store has no ticket, loan or past result to show");
            return {};
        },
        [this](QString error) {
            setBusy(false);
            if (!error.isEmpty()) {
                setError(error);
                return;
            }
            setState(State::Ready);
            Q_EMIT opened();
        });
}

void SessionManager::clearError()
{
    setError({});
}

void SessionManager::refreshAccount()
{
    m_bridge.run<Account>(
        this, [](DeviceContext& context) { return readAccount(context); },
        [this](Account account) { applyAccount(account); });
}

void SessionManager::applyAccount(const Account& account)
{
    m_enrolled = account.enrolled;
    m_signedIn = account.signedIn;
    m_userName = account.userName;
    m_userId = account.userId;
    m_organisationName = account.organisationName;
    m_organisationId = account.organisationId;
    m_centreStaff = account.centreStaff;
    m_prefectureOfficer = account.prefectureOfficer;
    m_municipalOfficer = account.municipalOfficer;
    m_serverUrl = account.serverUrl;
    Q_EMIT accountChanged();
}

void SessionManager::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void SessionManager::setError(const QString& text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

void SessionManager::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged();
}

} // namespace yk::app
