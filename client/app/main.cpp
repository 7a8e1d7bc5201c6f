// yokoten: the Qt Quick app. Wiring only: the managers are built here and handed to QML as
// singleton instances (client/app/singletons.h); everything else lives in yk_app and qml/.
#include "app_options.h"
#include "desk_samples.h"
#include "engine_bridge.h"
#include "follow_up_samples.h"
#include "notice_samples.h"
#include "qr_image_provider.h"
#include "singletons.h"
#include "ui_tour.h"

#include "attendant_pin.h"
#include "connectivity_monitor.h"
#include "key_vault.h"
#include "kiosk_lockdown.h"
#include "network_information_reachability.h"
#include "sync_scheduler.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFont>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQmlProperty>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QScreen>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <memory>

Q_IMPORT_QML_PLUGIN(Yokoten_CorePlugin)
Q_IMPORT_QML_PLUGIN(Yokoten_UiPlugin)

using namespace yk::app;

namespace {

QString formFactorFor(const AppOptions& options, const QGuiApplication& app)
{
    if (!options.formFactor.isEmpty())
        return options.formFactor;
    const QScreen* screen = app.primaryScreen();
    if (screen != nullptr && screen->size().width() < 700)
        return QStringLiteral("phone");
    return QStringLiteral("tablet");
}

QSize windowSizeFor(const QString& formFactor)
{
    if (formFactor == QLatin1String("phone"))
        return { 390, 844 };
    if (formFactor == QLatin1String("kiosk"))
        return { 1920, 1080 };
    return { 1280, 800 };
}

const QStringList kTourPages = { QStringLiteral("home"), QStringLiteral("cases"), QStringLiteral("case"),
    QStringLiteral("caseEdit"), QStringLiteral("seminars"), QStringLiteral("seminar"),
    QStringLiteral("tickets"), QStringLiteral("ticketQr"), QStringLiteral("sync"), QStringLiteral("settings"),
    QStringLiteral("equipment"), QStringLiteral("equipmentModel"), QStringLiteral("compare"),
    QStringLiteral("loans"), QStringLiteral("assessment"), QStringLiteral("assessmentHistory"),
    QStringLiteral("moderation"), QStringLiteral("sessionEdit"),
    // The centre's desk (issue 17): seeded by addDeskSamples in the self-test's store.
    QStringLiteral("desk"), QStringLiteral("consultation"), QStringLiteral("facilityRecord"),
    QStringLiteral("consultationNew"), QStringLiteral("inbox"), QStringLiteral("inboxEntry"),
    QStringLiteral("tally"), QStringLiteral("facilities"), QStringLiteral("consultations"),
    QStringLiteral("supportRecord"),
    // Programmes and follow-up after adoption (issue 18): seeded by addFollowUpSamples.
    QStringLiteral("programmes"), QStringLiteral("programmeApply"), QStringLiteral("programmesCentre"),
    QStringLiteral("applicants"), QStringLiteral("participation"), QStringLiteral("participationVisits"),
    QStringLiteral("participationFigures"), QStringLiteral("programmeNew"), QStringLiteral("adoptions"),
    QStringLiteral("adoptionNew"), QStringLiteral("adoptionCheckIn"), QStringLiteral("adoptionSchedule"),
    QStringLiteral("stalled"),
    // Notices (issue 19): seeded by addNoticeSamples.
    QStringLiteral("notices"), QStringLiteral("notice"), QStringLiteral("noticeNew"),
    // The support menu (issue 19): the demo centre's entries, linked to the demo seminars.
    QStringLiteral("supportMenu"), QStringLiteral("menuEntry"), QStringLiteral("menuEntryNew") };
const QStringList kKioskTourPages = { QStringLiteral("kioskStart"), QStringLiteral("kioskVisit"),
    QStringLiteral("kioskLoan"), QStringLiteral("kioskQuestionnaire"), QStringLiteral("kioskThanks"),
    QStringLiteral("kioskIdle"), QStringLiteral("kioskAttendant"), QStringLiteral("kioskKeyboard") };
const QStringList kPhoneTourPages = { QStringLiteral("home"), QStringLiteral("seminars"),
    QStringLiteral("seminar"), QStringLiteral("questionnaire"), QStringLiteral("tickets"),
    QStringLiteral("ticketQr"), QStringLiteral("profile"), QStringLiteral("checkIn"), QStringLiteral("sync"),
    QStringLiteral("settings"),
    // A facility's consultations on a phone (issue 17).
    QStringLiteral("consultations"), QStringLiteral("consultation"), QStringLiteral("consultationNew"),
    // A facility's check-in on an adopted device (issue 18).
    QStringLiteral("adoptions"), QStringLiteral("adoptionCheckIn"),
    // The support menu and an entry (issue 19).
    QStringLiteral("supportMenu"), QStringLiteral("menuEntry") };

const QStringList& tourPagesFor(const QString& formFactor)
{
    if (formFactor == QLatin1String("kiosk"))
        return kKioskTourPages;
    if (formFactor == QLatin1String("phone"))
        return kPhoneTourPages;
    return kTourPages;
}

// A kiosk is touch only: Qt's on-screen keyboard (input method "qtvirtualkeyboard") must be
// chosen before the application object exists, so the arguments are read for it here.
bool startsAsKiosk(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--kiosk" || arg == "--form-factor=kiosk"
            || (arg == "--form-factor" && i + 1 < argc && QByteArray(argv[i + 1]) == "kiosk"))
            return true;
    }
    return false;
}

// `--help` and `--version` answer without a display (no QGuiApplication, no platform plugin).
bool onlyAsksForHelp(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--help-all" || arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    if (onlyAsksForHelp(argc, argv)) {
        QCoreApplication help(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("yokoten"));
        QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
        AppOptions options;
        return AppOptions::parse(help, options) ? 0 : 2; // parse() prints and exits for these
    }
    if (startsAsKiosk(argc, argv) && qEnvironmentVariableIsEmpty("QT_IM_MODULE"))
        qputenv("QT_IM_MODULE", QByteArrayLiteral("qtvirtualkeyboard"));
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("yokoten"));
    QGuiApplication::setOrganizationName(QStringLiteral("Yokoten"));
    QGuiApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    UiTour::installWarningCounter();

    AppOptions options;
    if (!AppOptions::parse(app, options))
        return 2;

    // The self-test and offline screenshots run on a throw-away demo store.
    std::unique_ptr<QTemporaryDir> scratch;
    // The self-test runs on a throw-away demo store: no keystore, no network.
    const bool tour = options.selfTest;
    if (options.selfTest) {
        scratch = std::make_unique<QTemporaryDir>();
        options.dataDir = scratch->path();
    }

    EngineBridge bridge;
    AppSettings settings(QDir(options.dataDir).filePath(QStringLiteral("settings.ini")));
    if (!options.language.isEmpty())
        settings.setLanguage(options.language);
    settings.setFormFactor(formFactorFor(options, app));
    if (options.largestText)
        settings.overrideTextScale(AppSettings::MaxTextScale);
    SessionManager session(bridge, options.dataDir);
    SyncStatus sync(bridge);

    // The store's key: sealed into the desktop keyring (Secret Service) when there is one, so
    // a later start needs no passcode; a kiosk keeps it in a 0600 file. A tablet without a
    // keyring uses the passcode alone (a key file next to the store would protect nothing).
    std::unique_ptr<yk::platform::KeyVault> vault;
    if (!tour) {
        yk::platform::DefaultKeyVaultOptions vaultOptions;
        vaultOptions.fileVaultDir = QDir(options.dataDir).filePath(QStringLiteral("keys"));
        vault = yk::platform::makeDefaultKeyVault(vaultOptions);
        if (vault->name() == QLatin1String("file") && settings.formFactor() != QLatin1String("kiosk"))
            vault.reset();
        session.setKeyVault(vault.get());
    }

    // When to sync: soon after the network returns, with growing waits after failures, and
    // no retry loop behind a captive portal or on metered data (platform/SyncScheduler).
    auto reachability = yk::platform::NetworkInformationReachability::create();
    yk::platform::ConnectivityMonitor connectivity(reachability.get());
    // A person is waiting for the answer: retries back off to one minute at most (not five).
    yk::platform::SyncSchedulerOptions schedule;
    schedule.backoff = { std::chrono::seconds(2), 2.0, std::chrono::minutes(1) };
    yk::platform::SyncScheduler scheduler(
        &connectivity, [&sync] { sync.runRound(); }, nullptr, schedule);
    if (!tour) {
        sync.setScheduler([&scheduler] { scheduler.syncNow(); });
        // The header says offline within seconds of the server going away (a GET /v1/health
        // every few seconds), not at the next write.
        sync.setProbeInterval(4000);
        QObject::connect(&sync, &SyncStatus::finished, &scheduler, [&](bool ok) {
            if (ok)
                connectivity.reportSyncSucceeded();
            else if (sync.lastFailure())
                connectivity.reportSyncFailed(*sync.lastFailure());
            scheduler.syncFinished(ok);
        });
    }
    Taxonomy taxonomy;
    QObject::connect(&settings, &AppSettings::languageChanged, &taxonomy, &Taxonomy::languageChanged);
    QObject::connect(&session, &SessionManager::opened, &sync, [&] {
        sync.refresh();
        if (tour) {
            // The self-test's temporary demo store gets the desk's samples (never a real store).
            bridge.post([&bridge](DeviceContext& context) {
                if (!addDeskSamples(context, QDateTime::currentDateTimeUtc()))
                    std::fprintf(stderr, "yokoten: the desk's samples could not be added\n");
                if (!addFollowUpSamples(context, QDateTime::currentDateTimeUtc()))
                    std::fprintf(stderr, "yokoten: the follow-up samples could not be added\n");
                if (!addNoticeSamples(context, QDateTime::currentDateTimeUtc()))
                    std::fprintf(stderr, "yokoten: the notice samples could not be added\n");
                bridge.notifyDataChanged();
            });
            return; // the self-test and screenshots stay offline
        }
        scheduler.start();
        sync.runRound();
    });
    // The attendant's PIN guards the way out of a kiosk; other devices have none.
    std::unique_ptr<yk::platform::AttendantPin> attendantPin;
    const bool kiosk = settings.formFactor() == QLatin1String("kiosk");
    if (kiosk) {
        const QString pinDir
            = tour ? options.dataDir : QDir(options.dataDir).filePath(QStringLiteral("keys"));
        QDir().mkpath(pinDir);
        attendantPin = std::make_unique<yk::platform::AttendantPin>(
            QDir(pinDir).filePath(QStringLiteral("attendant.pin")));
        const QString firstPin = QString::fromUtf8(qgetenv("YK_KIOSK_PIN"));
        if (!attendantPin->isSet() && !firstPin.isEmpty() && !attendantPin->setPin(firstPin))
            std::fprintf(stderr, "yokoten: YK_KIOSK_PIN must be 4 to 12 digits\n");
        settings.setAttendantPin(attendantPin.get());
    }
    // QML hands these to the controllers and models that need them (singletons.h).
    EngineBridgeSingleton::instance = &bridge;
    SettingsSingleton::instance = &settings;
    SessionSingleton::instance = &session;
    SyncSingleton::instance = &sync;
    TaxonomySingleton::instance = &taxonomy;

    QQuickStyle::setStyle(QStringLiteral("Basic"));
    QFont font(QStringLiteral("Noto Sans CJK JP"));
    font.setPixelSize(16);
    QGuiApplication::setFont(font);

    QQmlApplicationEngine engine;
    // Qt 6.4 does not search the resource path of qt_add_qml_module by default (6.5 does).
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.addImageProvider(QStringLiteral("qr"), new QrImageProvider);
    settings.applyLanguage(&engine);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Yokoten/Ui/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().constFirst());
    if (window == nullptr)
        return 1;
    window->resize(windowSizeFor(settings.formFactor()));
    // A kiosk fills the screen and swallows the keys that would leave it; the attendant's
    // PIN (KioskController) is the way out. Screenshots keep the exact 1920×1080 size.
    yk::platform::KioskLockdown lockdown;
    if (kiosk && !tour && options.screenshotDir.isEmpty()) {
        window->showFullScreen();
        lockdown.apply(window);
    }

    const QByteArray passcode = qgetenv("YK_APP_PASSCODE");
    if (options.selfTest)
        session.openTourStore(QStringLiteral("self-test-passcode"));
    else if (session.state() == SessionManager::State::FirstRun && !options.setupServer.isEmpty())
        session.setUp(options.setupServer, options.setupCode, options.setupCa, options.setupLogin,
            QString::fromUtf8(qgetenv("YK_APP_PASSWORD")), QString::fromUtf8(passcode));
    else if (session.state() == SessionManager::State::Locked && !passcode.isEmpty())
        session.unlock(QString::fromUtf8(passcode));
    else if (session.state() == SessionManager::State::Locked)
        session.unlockWithKeyVault();

    std::unique_ptr<StartupProbe> probe;
    if (options.measureStartup) {
        probe = std::make_unique<StartupProbe>(window, sinceStart);
        QQmlProperty(window, QStringLiteral("homeReady")).connectNotifySignal(probe.get(), SLOT(homeReady()));
    }
    std::unique_ptr<UiTour> walk;
    if (tour || !options.screenshotDir.isEmpty()) {
        const QString suffix = QStringLiteral("-%1-%2%3")
                                   .arg(settings.formFactor(), settings.language(),
                                       options.largestText ? QStringLiteral("-largest") : QString());
        walk = std::make_unique<UiTour>(
            window, tourPagesFor(settings.formFactor()), options.screenshotDir, suffix);
        QObject::connect(walk.get(), &UiTour::finished, &app, [&options](bool ok) {
            const int warnings = UiTour::warningCount();
            if (options.selfTest)
                std::printf(
                    "self-test: %s (%d QML warnings)\n", ok && warnings == 0 ? "ok" : "FAILED", warnings);
            QCoreApplication::exit(ok && warnings == 0 ? 0 : 1);
        });
        auto begin = [&walk] { QTimer::singleShot(800, walk.get(), [&walk] { walk->start(); }); };
        if (session.state() == SessionManager::State::Ready)
            begin();
        else
            QObject::connect(&session, &SessionManager::opened, walk.get(), begin);
        QObject::connect(&session, &SessionManager::errorTextChanged, &app, [&session] {
            if (!session.errorText().isEmpty()) {
                std::fprintf(stderr, "yokoten: %s\n", qPrintable(session.errorText()));
                QCoreApplication::exit(1);
            }
        });
    }
    return QGuiApplication::exec();
}
