pragma Singleton
import QtQuick
import Yokoten.Core

// Colours, spacing and type sizes of the whole app. Calm colours, big touch targets
// (at least 48 px), text that grows with the person's chosen size.
QtObject {
    // A kiosk is read from a step away on a 1920×1080 screen: everything 40 % larger.
    readonly property bool kiosk: Settings.formFactor === "kiosk"
    readonly property real scale: Settings.textScale * (kiosk ? 1.4 : 1.0)

    readonly property color background: "#f6f4ef"
    readonly property color surface: "#ffffff"
    readonly property color surfaceAlt: "#eef3f1"
    readonly property color text: "#222222"
    readonly property color textMuted: "#5b6166"
    readonly property color primary: "#1f6f5c"
    readonly property color primaryText: "#ffffff"
    readonly property color accent: "#c7662b"
    readonly property color border: "#d8d4cb"
    readonly property color ok: "#2e7d32"
    readonly property color waiting: "#8a6d00"
    readonly property color danger: "#b3261e"
    readonly property color before: "#9aa5ad"
    readonly property color after: "#1f6f5c"

    readonly property int touch: kiosk ? 72 : 48
    readonly property int gap: 12
    readonly property int margin: 20
    readonly property int radius: 10

    readonly property int small: Math.round(14 * scale)
    readonly property int body: Math.round(17 * scale)
    readonly property int large: Math.round(20 * scale)
    readonly property int title: Math.round(26 * scale)
}
