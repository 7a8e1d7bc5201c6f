import QtQuick
import QtQuick.Layouts
import Yokoten.Ui

// One adopted device: what and when, the next check-in and how it stands (due, overdue), and
// for centre staff the facility and why it is stalled, with the one-tap follow-up.
Rectangle {
    id: row
    required property string adoptionId
    required property string label
    required property string facility
    required property string adoptedText
    required property string nextText
    required property string standing
    required property string standingText
    required property bool stalled
    required property bool answerNow
    required property string stalledText
    required property string syncText
    property bool centre: false
    signal opened(string adoptionId)
    signal followUp(string adoptionId)
    Layout.fillWidth: true
    width: ListView.view ? ListView.view.width : implicitWidth
    implicitHeight: column.implicitHeight + 2 * Theme.gap
    radius: Theme.radius
    color: Theme.surface
    border.color: row.stalled ? Theme.danger : Theme.border
    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.gap
        spacing: 4
        RowLayout {
            Layout.fillWidth: true
            Text { text: row.label; font.pixelSize: Theme.body; font.bold: true; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true }
            StatusChip { text: row.syncText; tone: "waiting"; Layout.alignment: Qt.AlignTop }
            StatusChip { text: row.stalledText; tone: "danger"; Layout.alignment: Qt.AlignTop }
            StatusChip { visible: !row.stalled || row.standing !== "overdue"; text: row.standingText; tone: row.standing === "overdue" ? "danger" : row.standing === "due" ? "waiting" : "neutral"; Layout.alignment: Qt.AlignTop }
        }
        Text { visible: row.centre; text: row.facility; font.pixelSize: Theme.body; color: Theme.primary; wrapMode: Text.Wrap; Layout.fillWidth: true }
        Text { text: row.adoptedText + " · " + row.nextText; font.pixelSize: Theme.small; color: Theme.textMuted; wrapMode: Text.Wrap; Layout.fillWidth: true }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.gap
            PrimaryButton { visible: !row.centre && row.answerNow; text: qsTr("Answer the check-in"); onClicked: row.opened(row.adoptionId) }
            PrimaryButton { visible: !row.centre && !row.answerNow; secondary: true; text: qsTr("Open"); onClicked: row.opened(row.adoptionId) }
            PrimaryButton { visible: row.centre; text: qsTr("Open a follow-up consultation"); onClicked: row.followUp(row.adoptionId) }
            PrimaryButton { visible: row.centre; secondary: true; text: qsTr("Check-ins"); onClicked: row.opened(row.adoptionId) }
        }
    }
}
