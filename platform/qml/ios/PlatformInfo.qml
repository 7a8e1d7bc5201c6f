// PlatformInfo: iOS and iPadOS.
// Selected at build time: platform/CMakeLists.txt gives only this OS's file the resource alias
// PlatformInfo.qml. Every OS's file declares the same properties (tst_platform_info checks),
// so QML binds to them instead of testing Qt.platform.os.
// NOT BUILT OR TESTED HERE: no Xcode or iOS SDK on the build machines.
pragma Singleton
import QtQml

QtObject {
    /// Which file this is (diagnostics page, tests).
    readonly property string platformName: "ios"
    /// False where the platform code is written but not built or tested (see docs/security.md).
    readonly property bool builtAndTested: false
    /// Where the store's keystore secret is kept.
    readonly property string keyStoreName: qsTr("Keychain (this device only)")
    /// True when that keystore can keep keys in hardware (TEE, Secure Enclave, TPM).
    readonly property bool hasHardwareBackedKeyStore: true
    /// True when the OS asks the user before the camera opens the first time.
    readonly property bool cameraNeedsRuntimePermission: true
    /// What to do when the camera is refused, in the words of this OS's settings.
    readonly property string cameraPermissionHint: qsTr("Open Settings > Yokoten and turn Camera on.")
    /// How this OS keeps a kiosk in the app, for the set-up page.
    readonly property string kioskHint:
        qsTr("Turn on Guided Access (Settings > Accessibility) or use a managed single-app mode.")
    /// True when the app can keep the screen on by itself (WakeLock, or the OS's flag).
    readonly property bool appCanKeepScreenOn: true
}
