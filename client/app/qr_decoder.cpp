#include "qr_decoder.h"

#include <QImage>

// zxing-cpp 1.4: text() as UTF-8 std::string (the coming API) rather than std::wstring.
#define ZX_USE_UTF8
#include <ZXing/ReadBarcode.h>

namespace yk::app {

std::optional<QString> decodeQr(const QImage& image)
{
    if (image.isNull())
        return std::nullopt;
    // zxing works on luminance: one 8-bit grey plane, converted once here whatever the
    // camera delivers (NV12 frames arrive as RGB images from QVideoFrame::toImage).
    const QImage grey = image.format() == QImage::Format_Grayscale8
        ? image
        : image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum,
        static_cast<int>(grey.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    hints.setTryRotate(true);
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    if (!result.isValid())
        return std::nullopt;
    return QString::fromStdString(result.text());
}

} // namespace yk::app
