import QtQuick
import QtQuick.Layouts
import Yokoten.Ui

// One application or participation: the facility (centre staff) or the programme (the
// facility), its state (応募中/選定/選外/支援終了), 送信待ち or the server's refusal, and what
// the facility wrote. Centre staff choose or do not choose an application here.
Rectangle {
    id: row
    required property string participationId
    required property string facility
    required property string programme
    required property int state
    required property string stateText
    required property string syncText
    required property string reason
    required property string goals
    required property string appliedText
    required property string stepText
    required property bool pending
    property bool centre: false
    property bool canChoose: true
    property bool mayDecide: centre
    signal opened(string participationId)
    signal decide(string participationId, bool chosen)
    Layout.fillWidth: true
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
            Text { text: row.centre ? row.facility : row.programme; font.pixelSize: Theme.body; font.bold: true; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true }
            StatusChip { text: row.stateText; tone: row.state === 2 ? "ok" : row.state === 3 ? "neutral" : "waiting"; Layout.alignment: Qt.AlignTop }
        }
        // 送信待ち, or why the server refused (e.g. no places left).
        Text { visible: row.syncText.length > 0; text: "⚠ " + row.syncText; font.pixelSize: Theme.body; color: Theme.waiting; wrapMode: Text.Wrap; Layout.fillWidth: true }
        Text { text: qsTr("Why: %1").arg(row.reason); font.pixelSize: Theme.body; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true }
        Text { text: qsTr("What to change: %1").arg(row.goals); font.pixelSize: Theme.body; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true }
        Text {
            text: [row.appliedText, row.stepText.length > 0 ? qsTr("Step: %1").arg(row.stepText) : ""].filter(t => t.length > 0).join(" · ")
            visible: text.length > 0
            font.pixelSize: Theme.small; color: Theme.textMuted; wrapMode: Text.Wrap; Layout.fillWidth: true
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.gap
            // An application not on the server yet cannot be decided on.
            PrimaryButton { visible: row.mayDecide && row.state === 1; enabled: row.canChoose && !row.pending; text: qsTr("Choose"); onClicked: row.decide(row.participationId, true) }
            PrimaryButton { visible: row.mayDecide && row.state === 1; enabled: !row.pending; secondary: true; text: qsTr("Do not choose"); onClicked: row.decide(row.participationId, false) }
            PrimaryButton { visible: row.state === 2 || row.state === 4; secondary: true; text: qsTr("Open the plan and visits"); onClicked: row.opened(row.participationId) }
        }
    }
}
