// PlatformInfo: Windows.
// Selected at build time: platform/CMakeLists.txt gives only this OS's file the resource alias
// PlatformInfo.qml. Every OS's file declares the same properties (tst_platform_info checks),
// so QML binds to them instead of testing Qt.platform.os.
// NOT BUILT OR TESTED HERE: no Windows build is made or tested.
pragma Singleton
import QtQml

QtObject {
    /// Which file this is (diagnostics page, tests).
    readonly property string platformName: "windows"
    /// False where the platform code is written but not built or tested (see docs/security.md).
    readonly property bool builtAndTested: false
    /// Where the store's keystore secret is kept.
    readonly property string keyStoreName: qsTr("Windows Data Protection (DPAPI) for this user")
    /// True when that keystore can keep keys in hardware (TEE, Secure Enclave, TPM).
    readonly property bool hasHardwareBackedKeyStore: false
    /// True when the OS asks the user before the camera opens the first time.
    readonly property bool cameraNeedsRuntimePermission: false
    /// What to do when the camera is refused, in the words of this OS's settings.
    readonly property string cameraPermissionHint:
        qsTr("Open Settings > Privacy & security > Camera and allow apps to use the camera.")
    /// How this OS keeps a kiosk in the app, for the set-up page.
    readonly property string kioskHint:
        qsTr("Use Assigned Access (kiosk mode) for a dedicated local account.")
    /// True when the app can keep the screen on by itself (WakeLock, or the OS's flag).
    readonly property bool appCanKeepScreenOn: false
}
