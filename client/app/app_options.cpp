#include "app_options.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStandardPaths>

#include <cstdio>

namespace yk::app {

bool AppOptions::parse(const QCoreApplication& app, AppOptions& options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Yokoten: good-practice cases, seminars, trial loans and "
                                                    "self-assessments for long-term care, offline first."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption data(
        QStringLiteral("data"), QStringLiteral("Folder of the store and settings."), QStringLiteral("DIR"));
    const QCommandLineOption lang(
        QStringLiteral("lang"), QStringLiteral("ja or en."), QStringLiteral("LANG"));
    const QCommandLineOption form(
        QStringLiteral("form-factor"), QStringLiteral("tablet, phone or kiosk."), QStringLiteral("KIND"));
    const QCommandLineOption kiosk(QStringLiteral("kiosk"),
        QStringLiteral("Exhibition kiosk: full screen, visitor entries only, attendant PIN to leave "
                       "(same as --form-factor kiosk; first PIN from YK_KIOSK_PIN with --setup-code)."));
    const QCommandLineOption selfTest(QStringLiteral("self-test"),
        QStringLiteral("Load every page against a temporary demo store; exit 0 when no page warns."));
    const QCommandLineOption shots(QStringLiteral("screenshot"),
        QStringLiteral("Render the main pages into PNG files in DIR and exit."), QStringLiteral("DIR"));
    const QCommandLineOption startup(QStringLiteral("measure-startup"),
        QStringLiteral("Print the milliseconds from start to an interactive home page and exit."));
    const QCommandLineOption server(QStringLiteral("setup-server"),
        QStringLiteral("First run without the form: the server URL."), QStringLiteral("URL"));
    const QCommandLineOption code(
        QStringLiteral("setup-code"), QStringLiteral("The enrolment code."), QStringLiteral("CODE"));
    const QCommandLineOption ca(QStringLiteral("setup-ca"),
        QStringLiteral("The server's CA certificate (PEM)."), QStringLiteral("FILE"));
    const QCommandLineOption login(QStringLiteral("setup-login"),
        QStringLiteral("Sign in as LOGIN (password from YK_APP_PASSWORD, passcode from YK_APP_PASSCODE)."),
        QStringLiteral("LOGIN"));
    const QCommandLineOption largest(QStringLiteral("largest-text"),
        QStringLiteral("Run at the largest text size for this run only (screenshots, layout checks)."));
    parser.addOptions(
        { data, lang, form, kiosk, selfTest, shots, startup, server, code, ca, login, largest });
    parser.process(app);

    options.dataDir = parser.isSet(data)
        ? parser.value(data)
        : QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    options.language = parser.value(lang);
    options.formFactor = parser.value(form);
    if (parser.isSet(kiosk)) {
        if (!options.formFactor.isEmpty() && options.formFactor != QLatin1String("kiosk")) {
            std::fprintf(
                stderr, "yokoten: --kiosk contradicts --form-factor %s\n", qPrintable(options.formFactor));
            return false;
        }
        options.formFactor = QStringLiteral("kiosk");
    }
    options.selfTest = parser.isSet(selfTest);
    options.screenshotDir = parser.value(shots);
    options.measureStartup = parser.isSet(startup);
    options.largestText = parser.isSet(largest);
    options.setupServer = parser.value(server);
    options.setupCode = parser.value(code);
    options.setupCa = parser.value(ca);
    options.setupLogin = parser.value(login);
    if (!options.language.isEmpty() && options.language != QLatin1String("ja")
        && options.language != QLatin1String("en")) {
        std::fprintf(stderr, "yokoten: --lang takes ja or en\n");
        return false;
    }
    if (!options.formFactor.isEmpty() && options.formFactor != QLatin1String("tablet")
        && options.formFactor != QLatin1String("phone") && options.formFactor != QLatin1String("kiosk")) {
        std::fprintf(stderr, "yokoten: --form-factor takes tablet, phone or kiosk\n");
        return false;
    }
    if (!options.setupServer.isEmpty() && options.setupCode.isEmpty()) {
        std::fprintf(stderr, "yokoten: --setup-server needs --setup-code\n");
        return false;
    }
    return true;
}

} // namespace yk::app
