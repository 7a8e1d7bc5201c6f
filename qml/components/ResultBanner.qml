import QtQuick
import QtQuick.Layouts
import Yokoten.Ui

// The one answer to an action: "保存しました" in a calm band at the top of the window, long
// enough to read slowly, gone on a tap. Pages call ApplicationWindow.window.notify(text).
Rectangle {
    id: banner
    property string text
    property string tone: "ok" // ok | waiting | danger
    readonly property bool shown: opacity > 0
    function show(message, kind) {
        banner.text = message
        banner.tone = kind || "ok"
        banner.opacity = 1
        hideLater.restart()
    }
    function hide() { banner.opacity = 0 }

    opacity: 0
    visible: opacity > 0
    z: 100
    radius: Theme.radius
    color: tone === "danger" ? "#fdecea" : (tone === "waiting" ? "#fff6d6" : "#e6f2ec")
    border.color: tone === "danger" ? Theme.danger : (tone === "waiting" ? Theme.waiting : Theme.ok)
    border.width: 2
    implicitHeight: Math.max(Theme.touch, row.implicitHeight + 2 * Theme.gap)
    Behavior on opacity { NumberAnimation { duration: 200 } }

    // Six seconds plus time to read a long message; an older reader is not rushed.
    Timer { id: hideLater; interval: 6000 + 60 * banner.text.length; onTriggered: banner.hide() }
    TapHandler { onTapped: banner.hide() }

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.gap
        Text {
            text: banner.tone === "danger" ? "!" : (banner.tone === "waiting" ? "…" : "✓")
            font.pixelSize: Theme.large
            font.bold: true
            color: banner.border.color
        }
        Text {
            objectName: "bannerText"
            text: banner.text
            font.pixelSize: Theme.body
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
