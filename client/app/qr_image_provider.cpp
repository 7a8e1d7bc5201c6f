#include "qr_image_provider.h"

#include <QPainter>
#include <QUrl>
#include <qrencode.h>

namespace yk::app {

QrImageProvider::QrImageProvider()
    : QQuickImageProvider(QQuickImageProvider::Image)
{
}

std::vector<std::vector<bool>> QrImageProvider::encode(const QByteArray& text)
{
    std::vector<std::vector<bool>> modules;
    QRcode* code = QRcode_encodeData(static_cast<int>(text.size()),
        reinterpret_cast<const unsigned char*>(text.constData()), 0, QR_ECLEVEL_M);
    if (code == nullptr)
        return modules;
    const int width = code->width;
    modules.assign(static_cast<std::size_t>(width), std::vector<bool>(static_cast<std::size_t>(width)));
    for (int y = 0; y < width; ++y)
        for (int x = 0; x < width; ++x)
            modules[static_cast<std::size_t>(y)][static_cast<std::size_t>(x)]
                = (code->data[y * width + x] & 1) != 0;
    QRcode_free(code);
    return modules;
}

QImage QrImageProvider::requestImage(const QString& id, QSize* size, const QSize& requestedSize)
{
    const auto modules = encode(QUrl::fromPercentEncoding(id.toUtf8()).toUtf8());
    const int count = static_cast<int>(modules.size());
    const int quiet = 4; // modules of white around the code, as the standard asks
    const int side = requestedSize.isValid() ? qMax(requestedSize.width(), requestedSize.height()) : 320;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    if (count > 0) {
        const int total = count + 2 * quiet;
        const int scale = qMax(1, side / total);
        const int offset = (side - scale * count) / 2;
        QPainter painter(&image);
        for (int y = 0; y < count; ++y)
            for (int x = 0; x < count; ++x)
                if (modules[static_cast<std::size_t>(y)][static_cast<std::size_t>(x)])
                    painter.fillRect(offset + x * scale, offset + y * scale, scale, scale, Qt::black);
    }
    if (size != nullptr)
        *size = image.size();
    return image;
}

} // namespace yk::app
