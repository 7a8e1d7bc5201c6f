import QtQuick
import QtQuick.Layouts
import Yokoten.Ui

// One figure of the desk: a number large, what it counts under it; tappable when `action` is set.
Rectangle {
    id: tile
    property string value
    property string label
    property bool attention: false
    signal tapped()
    implicitHeight: column.implicitHeight + 2 * Theme.gap
    Layout.fillWidth: true
    radius: Theme.radius
    color: Theme.surface
    border.color: tile.attention ? Theme.accent : Theme.border
    border.width: tile.attention ? 2 : 1
    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.gap
        spacing: 2
        Text { text: tile.value; font.pixelSize: Theme.title; font.bold: true; color: tile.attention ? Theme.accent : Theme.primary }
        Text { text: tile.label; font.pixelSize: Theme.small; color: Theme.textMuted; wrapMode: Text.Wrap; Layout.fillWidth: true }
    }
    TapHandler { onTapped: tile.tapped() }
}
