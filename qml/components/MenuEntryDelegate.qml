import QtQuick
import QtQuick.Layouts
import Yokoten.Ui

// One support menu entry in the list: kind and provider, name, the deadline, the facility's
// row of caps and rates, and how many of its requirements the facility already meets.
Rectangle {
    id: row
    required property string entryId
    required property string name
    required property string provider
    required property string kindText
    required property string summary
    required property string windowText
    required property bool open
    required property bool withdrawn
    required property string tierText
    required property string metText
    required property string syncText
    signal opened(string entryId)
    Layout.fillWidth: true
    implicitHeight: column.implicitHeight + 2 * Theme.gap
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border
    MouseArea { anchors.fill: parent; onClicked: row.opened(row.entryId) }
    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.gap
        spacing: 4
        // On a phone the chips go under the provider rather than squeezing it.
        GridLayout {
            Layout.fillWidth: true
            columns: row.width > 560 ? 3 : 1
            Text { text: row.kindText + " · " + row.provider; font.pixelSize: Theme.small; color: Theme.primary; Layout.fillWidth: true; wrapMode: Text.Wrap }
            StatusChip { text: row.syncText; tone: "waiting" }
            StatusChip { text: row.withdrawn ? qsTr("Withdrawn") : row.windowText; tone: row.withdrawn ? "danger" : row.open ? "ok" : "neutral" }
        }
        Text { text: row.name; font.pixelSize: Theme.body; font.bold: true; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true }
        Text { visible: row.summary.length > 0; text: row.summary; font.pixelSize: Theme.small; color: Theme.textMuted; wrapMode: Text.Wrap; maximumLineCount: 2; elide: Text.ElideRight; Layout.fillWidth: true }
        Text { visible: row.tierText.length > 0; text: qsTr("For your size: %1").arg(row.tierText); font.pixelSize: Theme.small; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true }
        RowLayout {
            Layout.fillWidth: true
            StatusChip { text: row.metText; tone: "neutral" }
            Item { Layout.fillWidth: true }
            PrimaryButton { secondary: true; text: qsTr("Open"); onClicked: row.opened(row.entryId) }
        }
    }
}
