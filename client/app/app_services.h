#pragma once

namespace yk::app {

class EngineBridge;
class SessionManager;
class SyncStatus;

/// What models and controllers created from QML reach: set once by main() (or a test)
/// before any QML is loaded; plain pointers, owned by main.
struct AppServices {
    static inline EngineBridge* bridge = nullptr;
    static inline SyncStatus* sync = nullptr;
    static inline SessionManager* session = nullptr;
};

} // namespace yk::app
