#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QStringList>

class QQuickWindow;

namespace yk::app {

/// Walks the app's main pages one by one (Main.qml's showPage), waits until each is loaded
/// and rendered, and optionally saves each frame as a PNG: the self-test, the screenshot
/// command and the start-up measurement share it.
class UiTour : public QObject {
    Q_OBJECT
public:
    UiTour(QQuickWindow* window, QStringList pages, QString screenshotDir, QString suffix);

    /// Starts the walk; `finished(ok)` comes when every page was shown (ok = all loaded).
    void start();
    /// QML warnings seen since the app started (a self-test fails on any).
    static int warningCount();
    /// Counts QML warnings and passes every message on to the default handler.
    static void installWarningCounter();

Q_SIGNALS:
    void finished(bool ok);

private:
    void showNext();

    QQuickWindow* m_window;
    QStringList m_pages;
    QString m_dir;
    QString m_suffix;
    int m_index = -1;
    bool m_ok = true;
};

/// `--measure-startup`: prints the milliseconds from process start to the first frame after
/// the home page has its data, then ends the process (the start-up benchmark runs it).
class StartupProbe : public QObject {
    Q_OBJECT
public:
    StartupProbe(QQuickWindow* window, const QElapsedTimer& sinceStart);

public Q_SLOTS:
    void homeReady();

private:
    QQuickWindow* m_window;
    const QElapsedTimer& m_sinceStart;
};

} // namespace yk::app
