import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Yokoten.Ui

// A catalogue model as a link: name, area and whether a unit is free to try; opens its page.
ItemDelegate {
    id: row
    property var entry: ({})
    Layout.fillWidth: true
    implicitHeight: Math.max(Theme.touch, content.implicitHeight + 20)
    onClicked: ApplicationWindow.window.openEquipmentModel(entry.modelId)
    background: Rectangle { color: Theme.surfaceAlt; radius: Theme.radius }
    contentItem: RowLayout {
        id: content
        spacing: Theme.gap
        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true
            Text { text: row.entry.name || ""; font.pixelSize: Theme.body; font.bold: true; color: Theme.primary; wrapMode: Text.Wrap; Layout.fillWidth: true }
            Text { text: (row.entry.areaName || "") + " · " + (row.entry.availability || ""); font.pixelSize: Theme.small; color: Theme.textMuted; wrapMode: Text.Wrap; Layout.fillWidth: true }
        }
        Text { text: "›"; font.pixelSize: Theme.title; color: Theme.textMuted }
    }
}
