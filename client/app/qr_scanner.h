#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QVideoSink>
#include <QtQml/qqmlregistration.h>

#include <functional>

class QImage;
class QVideoFrame;

namespace yk::app {

/// Reads QR codes from a camera: give it the VideoOutput's videoSink. It decodes at most a
/// few frames a second on a worker thread (never the GUI thread), drops frames while one is
/// being decoded, and emits `decoded` once per code: the same code held in front of the
/// camera is not reported again until it has been out of sight for the cool-down.
class QrScanner : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QVideoSink* videoSink READ videoSink WRITE setVideoSink NOTIFY videoSinkChanged)
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    /// Milliseconds between two decoded frames (default 250: about 4 a second).
    Q_PROPERTY(int frameInterval READ frameInterval WRITE setFrameInterval NOTIFY settingsChanged)
    /// Milliseconds the same code stays quiet after it was last seen (default 2000).
    Q_PROPERTY(int coolDown READ coolDown WRITE setCoolDown NOTIFY settingsChanged)
public:
    explicit QrScanner(QObject* parent = nullptr);
    ~QrScanner() override;

    QVideoSink* videoSink() const { return m_sink; }
    void setVideoSink(QVideoSink* sink);
    bool active() const { return m_active; }
    void setActive(bool active);
    int frameInterval() const { return m_frameInterval; }
    void setFrameInterval(int ms);
    int coolDown() const { return m_coolDown; }
    void setCoolDown(int ms);

    /// Offers one picture, as a camera frame would be (tests, a still image from a file).
    /// Returns false when it was dropped (too soon, or a decode is running).
    bool offerImage(const QImage& image);

Q_SIGNALS:
    void videoSinkChanged();
    void activeChanged();
    void settingsChanged();
    void decoded(const QString& text);

private:
    void onFrame(const QVideoFrame& frame);
    bool readyForFrame();
    void decodeOffThread(std::function<QImage()> picture);
    void onResult(const QString& text);

    QPointer<QVideoSink> m_sink;
    QMetaObject::Connection m_frameConnection;
    bool m_active = true;
    int m_frameInterval = 250;
    int m_coolDown = 2000;
    QElapsedTimer m_sinceFrame;
    bool m_decoding = false; // GUI thread only: set when a frame goes out, cleared by its result
    QString m_lastText;
    QElapsedTimer m_sinceLastSeen;
};

} // namespace yk::app
