import QtQuick
import QtQuick.Controls.Basic
import Yokoten.Ui

// One entry of the navigation rail: a symbol and a word, large enough for gloved fingers.
ItemDelegate {
    id: control
    property string symbol
    property bool current: false
    implicitHeight: Math.max(64, column.implicitHeight + 12)
    background: Rectangle {
        color: control.current ? Theme.surfaceAlt : "transparent"
        radius: Theme.radius
    }
    contentItem: Column {
        id: column
        spacing: 2
        Text {
            anchors.horizontalCenter: parent.horizontalCenter
            text: control.symbol
            font.pixelSize: Theme.large
            color: control.current ? Theme.primary : Theme.textMuted
        }
        // One line, made smaller to fit rather than broken inside a word (セミ/ナー).
        Text {
            width: parent.width
            text: control.text
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.NoWrap
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: 10
            font.pixelSize: Theme.small
            font.bold: control.current
            color: control.current ? Theme.primary : Theme.text
        }
    }
}
