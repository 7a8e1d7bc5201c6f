#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace yk::platform {

/// Whether the QR scanner can have a camera, and what to tell the person when not.
struct CameraCheck {
    enum class State {
        Available,
        NoCamera, ///< no camera on this device (or none Qt can use)
        PermissionDenied, ///< a camera exists but this app may not open it
    };
    State state = State::NoCamera;
    QString messageJa; ///< empty when Available
    QString messageEn;
};

/// Checks for a usable camera before the QR page opens. Qt 6.4 has no QPermission, so on
/// Linux a camera that exists (/dev/video*) but that this user cannot open is reported as
/// PermissionDenied (not in the "video" group); Qt Multimedia asks for the runtime permission
/// itself on Android and iOS when the camera starts. Plain C++; the probe is injectable.
class CameraAccess {
public:
    /// What the check looks at; tests replace each part.
    struct Probe {
        std::function<int()> videoInputCount; ///< cameras Qt Multimedia lists
        std::function<QStringList()> deviceNodes; ///< /dev/video* on Linux; empty elsewhere
        std::function<bool(const QString&)> canOpen; ///< this process may read and write it
    };
    /// QMediaDevices::videoInputs() and /dev/video*.
    static Probe systemProbe();

    explicit CameraAccess(Probe probe = systemProbe());

    CameraCheck check() const;

private:
    Probe m_probe;
};

} // namespace yk::platform
