#include "qr_scanner.h"

#include "qr_decoder.h"

#include <QCoreApplication>
#include <QImage>
#include <QThreadPool>
#include <QVideoFrame>
#include <QVideoSink>

namespace yk::app {

QrScanner::QrScanner(QObject* parent)
    : QObject(parent)
{
}

QrScanner::~QrScanner() = default;

void QrScanner::setVideoSink(QVideoSink* sink)
{
    if (sink == m_sink)
        return;
    disconnect(m_frameConnection);
    m_sink = sink;
    // Frames may arrive on the camera's thread; the receiver context queues them here, and
    // only the throttle check runs on the GUI thread (a shallow, reference-counted copy).
    if (m_sink != nullptr)
        m_frameConnection = connect(m_sink, &QVideoSink::videoFrameChanged, this, &QrScanner::onFrame);
    Q_EMIT videoSinkChanged();
}

void QrScanner::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    Q_EMIT activeChanged();
}

void QrScanner::setFrameInterval(int ms)
{
    m_frameInterval = qMax(0, ms);
    Q_EMIT settingsChanged();
}

void QrScanner::setCoolDown(int ms)
{
    m_coolDown = qMax(0, ms);
    Q_EMIT settingsChanged();
}

bool QrScanner::readyForFrame()
{
    if (!m_active || m_decoding)
        return false;
    if (m_sinceFrame.isValid() && m_sinceFrame.elapsed() < m_frameInterval)
        return false;
    m_sinceFrame.start();
    m_decoding = true;
    return true;
}

void QrScanner::onFrame(const QVideoFrame& frame)
{
    if (!frame.isValid() || !readyForFrame())
        return;
    // Mapping and converting the frame is part of the work kept off the GUI thread.
    decodeOffThread([frame] { return frame.toImage(); });
}

bool QrScanner::offerImage(const QImage& image)
{
    if (image.isNull() || !readyForFrame())
        return false;
    decodeOffThread([image] { return image; });
    return true;
}

void QrScanner::decodeOffThread(std::function<QImage()> picture)
{
    QPointer<QrScanner> self(this);
    QThreadPool::globalInstance()->start([self, picture = std::move(picture)] {
        const QString text = decodeQr(picture()).value_or(QString());
        // Back on the GUI thread; a scanner deleted meanwhile hears nothing.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, text] {
                if (self)
                    self->onResult(text);
            },
            Qt::QueuedConnection);
    });
}

void QrScanner::onResult(const QString& text)
{
    m_decoding = false;
    if (text.isEmpty())
        return;
    const bool repeat
        = text == m_lastText && m_sinceLastSeen.isValid() && m_sinceLastSeen.elapsed() < m_coolDown;
    m_lastText = text;
    m_sinceLastSeen.start();
    if (!repeat)
        Q_EMIT decoded(text);
}

} // namespace yk::app
