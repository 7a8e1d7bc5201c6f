import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Yokoten.Ui

// One equipment model in the catalogue: name, maker, kind and the longest trial.
ItemDelegate {
    id: row
    required property string modelId
    required property string name
    required property string maker
    required property string subcategory
    required property int maxLoanDays
    width: ListView.view.width
    implicitHeight: Math.max(Theme.touch + 24, content.implicitHeight + 20)
    onClicked: ApplicationWindow.window.openEquipmentModel(modelId)
    background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.border }
    contentItem: ColumnLayout {
        id: content
        spacing: 4
        Text { text: row.name; font.pixelSize: Theme.large; font.bold: true; wrapMode: Text.Wrap; Layout.fillWidth: true; color: Theme.text }
        Text { text: row.maker; font.pixelSize: Theme.body; color: Theme.textMuted; wrapMode: Text.Wrap; Layout.fillWidth: true }
        RowLayout {
            spacing: 8
            StatusChip { text: row.subcategory }
            Text { text: qsTr("Up to %n day(s)", "", row.maxLoanDays); font.pixelSize: Theme.small; color: Theme.textMuted }
        }
    }
}
