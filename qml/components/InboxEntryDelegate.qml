import QtQuick
import QtQuick.Layouts
import Yokoten.Ui

// One visitor entry of the inbox: what kind, who (as typed at the kiosk), the wished model
// and dates, when; once handled, what was made of it.
Rectangle {
    id: row
    required property string entryId
    required property int entryKind
    required property string kindText
    required property string visitorName
    required property string visitorOrganisation
    required property string contact
    required property string modelName
    required property string datesText
    required property string enteredText
    required property bool handled
    required property string outcomeText
    signal opened(string id)
    width: ListView.view ? ListView.view.width : implicitWidth
    implicitHeight: column.implicitHeight + 2 * Theme.gap
    radius: Theme.radius
    color: Theme.surface
    border.color: !row.handled && row.entryKind === 2 ? Theme.accent : Theme.border
    border.width: !row.handled && row.entryKind === 2 ? 2 : 1
    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.gap
        spacing: 4
        RowLayout {
            Layout.fillWidth: true
            Text { text: row.kindText; font.pixelSize: Theme.body; font.bold: true; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true }
            // Visits and loan wishes wait for the centre; questionnaires are only counted.
            StatusChip { visible: row.entryKind <= 2; text: row.handled ? qsTr("Handled") : qsTr("Not handled"); tone: row.handled ? "ok" : "waiting" }
        }
        Text {
            visible: row.visitorName.length + row.visitorOrganisation.length > 0
            text: [row.visitorName, row.visitorOrganisation, row.contact].filter(t => t.length > 0).join(" · ")
            font.pixelSize: Theme.body; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true
        }
        Text {
            visible: row.modelName.length > 0
            text: row.modelName + (row.datesText.length > 0 ? " · " + row.datesText : "")
            font.pixelSize: Theme.body; color: Theme.primary; wrapMode: Text.Wrap; Layout.fillWidth: true
        }
        Text { visible: row.handled; text: row.outcomeText; font.pixelSize: Theme.small; color: Theme.ok; wrapMode: Text.Wrap; Layout.fillWidth: true }
        Text { text: row.enteredText; font.pixelSize: Theme.small; color: Theme.textMuted; Layout.fillWidth: true }
    }
    TapHandler { onTapped: row.opened(row.entryId) }
}
