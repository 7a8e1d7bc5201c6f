#pragma once

#include <QQuickImageProvider>

namespace yk::app {

/// "image://qr/<text>": the text as a QR code (libqrencode, error correction M), drawn
/// black on white with a quiet zone, at the requested size. Works offline.
class QrImageProvider : public QQuickImageProvider {
public:
    QrImageProvider();
    QImage requestImage(const QString& id, QSize* size, const QSize& requestedSize) override;

    /// The QR code of `text` as a module matrix (true = dark), empty when it does not fit.
    static std::vector<std::vector<bool>> encode(const QByteArray& text);
};

} // namespace yk::app
