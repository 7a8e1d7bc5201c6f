import QtQuick
import QtQuick.Controls.Basic
import Yokoten.Ui

// The one button style: large, high contrast, never smaller than a finger.
Button {
    id: control
    property bool secondary: false
    property bool danger: false
    implicitHeight: Math.max(Theme.touch, contentItem.implicitHeight + 16)
    implicitWidth: Math.max(120, contentItem.implicitWidth + 32)
    font.pixelSize: Theme.body
    contentItem: Text {
        text: control.text
        font: control.font
        color: control.secondary ? Theme.primary : Theme.primaryText
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
        opacity: control.enabled ? 1 : 0.5
    }
    background: Rectangle {
        radius: Theme.radius
        color: control.secondary ? Theme.surface : (control.danger ? Theme.danger : Theme.primary)
        border.color: control.secondary ? Theme.primary : "transparent"
        border.width: 2
        opacity: control.enabled ? (control.down ? 0.8 : 1) : 0.5
    }
}
