#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace yk::app {

/// The command line of `yokoten` (see --help).
struct AppOptions {
    QString dataDir; ///< where the store and settings live
    QString language; ///< empty = as saved in settings (Japanese at first)
    QString formFactor; ///< tablet | phone | kiosk; empty = from the screen size
    bool selfTest = false; ///< load every page on a temporary demo store, exit 0 when clean
    QString screenshotDir; ///< render the main pages into PNGs there and exit
    bool measureStartup = false; ///< print the time to an interactive home page and exit
    bool largestText = false; ///< this run at the largest text size (not saved): screenshots, checks
    /// Scripted first run (./yk demo): enrol with this server and code, sign in as `login`.
    /// The password and passcode come from YK_APP_PASSWORD and YK_APP_PASSCODE.
    QString setupServer;
    QString setupCode;
    QString setupCa;
    QString setupLogin;

    /// Parses the arguments; on a usage error prints it and returns false.
    static bool parse(const QCoreApplication& app, AppOptions& options);
};

} // namespace yk::app
