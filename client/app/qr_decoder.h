#pragma once

#include <QString>

#include <optional>

class QImage;

namespace yk::app {

/// Reads the QR code in a camera frame or a picture (zxing-cpp), in any orientation, on a
/// grey or colour image; nullopt when there is none. Safe on any thread.
std::optional<QString> decodeQr(const QImage& image);

} // namespace yk::app
