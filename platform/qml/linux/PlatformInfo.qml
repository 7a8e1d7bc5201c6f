// PlatformInfo: Linux (Debian desktops and kiosks).
// Selected at build time: platform/CMakeLists.txt gives only this OS's file the resource alias
// PlatformInfo.qml. Every OS's file declares the same properties (tst_platform_info checks),
// so QML binds to them instead of testing Qt.platform.os.
pragma Singleton
import QtQml

QtObject {
    /// Which file this is (diagnostics page, tests).
    readonly property string platformName: "linux"
    /// False where the platform code is written but not built or tested (see docs/security.md).
    readonly property bool builtAndTested: true
    /// Where the store's keystore secret is kept.
    readonly property string keyStoreName:
        qsTr("Desktop keyring (Secret Service), or a protected file on kiosks")
    /// True when that keystore can keep keys in hardware (TEE, Secure Enclave, TPM).
    readonly property bool hasHardwareBackedKeyStore: false
    /// True when the OS asks the user before the camera opens the first time.
    readonly property bool cameraNeedsRuntimePermission: false
    /// What to do when the camera is refused, in the words of this OS's settings.
    readonly property string cameraPermissionHint:
        qsTr("Ask the administrator to add this user to the \"video\" group.")
    /// How this OS keeps a kiosk in the app, for the set-up page.
    readonly property string kioskHint:
        qsTr("Run the kiosk as a cage session under systemd; the app blocks Alt+F4, Alt+Tab and Esc itself.")
    /// True when the app can keep the screen on by itself (WakeLock, or the OS's flag).
    readonly property bool appCanKeepScreenOn: true
}
