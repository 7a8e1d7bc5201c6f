#include "camera_access.h"

#include "platform_logging.h"

#include <QCameraDevice>
#include <QDir>
#include <QFile>
#include <QMediaDevices>

#if defined(Q_OS_LINUX)
#include <unistd.h>
#endif

namespace yk::platform {

namespace {

CameraCheck result(CameraCheck::State state)
{
    CameraCheck check;
    check.state = state;
    switch (state) {
    case CameraCheck::State::Available:
        break;
    case CameraCheck::State::NoCamera:
        check.messageJa = QStringLiteral(
            "この端末にはカメラがありません。QRコードの代わりに、受付番号を入力してください。");
        check.messageEn
            = QStringLiteral("This device has no camera. Please enter the reception number instead of "
                             "scanning the QR code.");
        break;
    case CameraCheck::State::PermissionDenied:
        check.messageJa
            = QStringLiteral("カメラの使用が許可されていません。端末の設定でYokotenにカメラの使用を許可す"
                             "るか、管理者に連絡してください。受付番号の入力でも受付できます。");
        check.messageEn
            = QStringLiteral("Yokoten may not use the camera. Allow camera access in the device settings "
                             "or ask your administrator; you can also enter the reception number.");
        break;
    }
    return check;
}

} // namespace

CameraAccess::Probe CameraAccess::systemProbe()
{
    Probe probe;
    probe.videoInputCount = [] { return static_cast<int>(QMediaDevices::videoInputs().size()); };
    probe.deviceNodes = [] {
        QStringList nodes;
#if defined(Q_OS_LINUX)
        const QDir dev(QStringLiteral("/dev"));
        for (const QString& name : dev.entryList({ QStringLiteral("video*") }, QDir::System))
            nodes.append(dev.filePath(name));
#endif
        return nodes;
    };
    probe.canOpen = [](const QString& path) {
#if defined(Q_OS_LINUX)
        return ::access(QFile::encodeName(path).constData(), R_OK | W_OK) == 0;
#else
        Q_UNUSED(path)
        return true;
#endif
    };
    return probe;
}

CameraAccess::CameraAccess(Probe probe)
    : m_probe(std::move(probe))
{
}

CameraCheck CameraAccess::check() const
{
    if (m_probe.videoInputCount && m_probe.videoInputCount() > 0)
        return result(CameraCheck::State::Available);
    // Qt lists only cameras it can open; a device node we may not open explains an empty list.
    const QStringList nodes = m_probe.deviceNodes ? m_probe.deviceNodes() : QStringList();
    if (nodes.isEmpty())
        return result(CameraCheck::State::NoCamera);
    for (const QString& node : nodes) {
        if (m_probe.canOpen && m_probe.canOpen(node))
            return result(CameraCheck::State::NoCamera); // openable, yet not a camera Qt can use
    }
    qCInfo(lcPlatform) << "camera device present but not accessible:" << nodes.size() << "node(s)";
    return result(CameraCheck::State::PermissionDenied);
}

} // namespace yk::platform
