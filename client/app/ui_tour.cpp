#include "ui_tour.h"

#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QLoggingCategory>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTimer>

#include <atomic>
#include <cstdio>

Q_LOGGING_CATEGORY(lcTour, "yokoten.ui")

namespace yk::app {

namespace {
std::atomic<int> g_warnings { 0 };
QtMessageHandler g_previous = nullptr;

void countingHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const bool fromQml = context.category != nullptr
        && (qstrcmp(context.category, "qml") == 0 || qstrcmp(context.category, "js") == 0
            || qstrncmp(context.category, "qt.qml", 6) == 0);
    const bool qmlSource = context.file != nullptr && QByteArray(context.file).endsWith(".qml");
    if (type >= QtWarningMsg && (fromQml || qmlSource || message.contains(QLatin1String(".qml:"))))
        ++g_warnings;
    if (g_previous != nullptr)
        g_previous(type, context, message);
}
} // namespace

UiTour::UiTour(QQuickWindow* window, QStringList pages, QString screenshotDir, QString suffix)
    : m_window(window)
    , m_pages(std::move(pages))
    , m_dir(std::move(screenshotDir))
    , m_suffix(std::move(suffix))
{
}

int UiTour::warningCount()
{
    return g_warnings;
}

void UiTour::installWarningCounter()
{
    g_previous = qInstallMessageHandler(countingHandler);
}

void UiTour::start()
{
    if (!m_dir.isEmpty())
        QDir().mkpath(m_dir);
    showNext();
}

void UiTour::showNext()
{
    ++m_index;
    if (m_index >= m_pages.size()) {
        Q_EMIT finished(m_ok);
        return;
    }
    const QString page = m_pages.at(m_index);
    QVariant shown;
    QMetaObject::invokeMethod(m_window, "showPage", Q_RETURN_ARG(QVariant, shown), Q_ARG(QVariant, page));
    if (!shown.toBool()) {
        qCWarning(lcTour) << "page could not be shown:" << page;
        m_ok = false;
    }
    // Let the models answer from the engine thread and the scene render, then grab.
    QTimer::singleShot(700, this, [this, page] {
        if (!m_dir.isEmpty()) {
            const QImage image = m_window->grabWindow();
            const QString file = QDir(m_dir).filePath(page + m_suffix + QStringLiteral(".png"));
            if (image.isNull() || !image.save(file)) {
                qCWarning(lcTour) << "could not save" << file;
                m_ok = false;
            }
        }
        showNext();
    });
}

StartupProbe::StartupProbe(QQuickWindow* window, const QElapsedTimer& sinceStart)
    : m_window(window)
    , m_sinceStart(sinceStart)
{
}

void StartupProbe::homeReady()
{
    connect(m_window, &QQuickWindow::frameSwapped, this, [this] {
        std::printf("startup_ms %lld\n", static_cast<long long>(m_sinceStart.elapsed()));
        std::fflush(stdout);
        QCoreApplication::exit(0);
    });
    m_window->update();
}

} // namespace yk::app
