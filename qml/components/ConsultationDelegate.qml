import QtQuick
import QtQuick.Layouts
import Yokoten.Ui

// One consultation in a list: topic and state, the facility (centre staff see many), the
// question's first line, when it came in and how, and the follow-up date.
Rectangle {
    id: row
    required property string consultationId
    required property string facility
    required property string topicText
    required property string channelText
    required property int consultationState
    required property string stateText
    required property string openedText
    required property string question
    required property string followUpText
    required property bool pending
    required property string syncText
    property bool showFacility: true
    signal opened(string id)
    width: ListView.view ? ListView.view.width : implicitWidth
    implicitHeight: column.implicitHeight + 2 * Theme.gap
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border
    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.gap
        spacing: 4
        RowLayout {
            Layout.fillWidth: true
            Text { text: row.topicText; font.pixelSize: Theme.body; font.bold: true; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true }
            // The state as the server last said, and beside it whether a change still waits to be sent.
            StatusChip { text: row.syncText; tone: "waiting"; Layout.alignment: Qt.AlignTop }
            StatusChip { text: row.stateText; tone: row.consultationState === 4 ? "neutral" : row.consultationState === 1 ? "danger" : "ok"; Layout.alignment: Qt.AlignTop }
        }
        Text { visible: row.showFacility; text: row.facility; font.pixelSize: Theme.body; color: Theme.primary; wrapMode: Text.Wrap; Layout.fillWidth: true }
        Text { text: row.question; font.pixelSize: Theme.body; color: Theme.text; elide: Text.ElideRight; Layout.fillWidth: true }
        Text {
            text: row.openedText + " · " + row.channelText + (row.followUpText.length > 0 ? " · " + row.followUpText : "")
            font.pixelSize: Theme.small
            color: Theme.textMuted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
    TapHandler { onTapped: row.opened(row.consultationId) }
}
