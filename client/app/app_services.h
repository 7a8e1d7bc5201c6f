#pragma once

namespace yk::platform {
class AttendantPin;
}

namespace yk::app {

class AppSettings;
class EngineBridge;
class SessionManager;
class SyncStatus;

/// What models and controllers created from QML reach: set once by main() (or a test)
/// before any QML is loaded; plain pointers, owned by main.
struct AppServices {
    static inline EngineBridge* bridge = nullptr;
    static inline SyncStatus* sync = nullptr;
    static inline SessionManager* session = nullptr;
    static inline AppSettings* settings = nullptr;
    /// The kiosk attendant's PIN (kiosk form factor only; null elsewhere).
    static inline platform::AttendantPin* attendantPin = nullptr;
};

} // namespace yk::app
