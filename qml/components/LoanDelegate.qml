import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Yokoten.Core
import Yokoten.Ui

// One trial loan: the equipment, the dates, how it stands, and what can be done now.
// Centre staff see approve / decline / lent / returned; the requester cancels and reports.
ItemDelegate {
    id: row
    required property string loanId
    required property string modelName
    required property string requester
    required property string fromText
    required property string toText
    required property int loanState
    required property string stateText
    required property bool pending
    required property string syncText
    required property string proposedText
    required property string declineReason
    required property bool hasReport
    property LoanController actions
    signal declineAsked(string loanId)
    signal reportAsked(string loanId)
    width: ListView.view.width
    implicitHeight: content.implicitHeight + 24
    background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.border }
    contentItem: ColumnLayout {
        id: content
        spacing: 6
        Text { text: row.modelName; font.pixelSize: Theme.large; font.bold: true; wrapMode: Text.Wrap; Layout.fillWidth: true; color: Theme.text }
        Text { visible: Session.centreStaff && row.requester.length > 0; text: row.requester; font.pixelSize: Theme.body; color: Theme.textMuted }
        Text { text: qsTr("%1 – %2").arg(row.fromText).arg(row.toText); font.pixelSize: Theme.body; color: Theme.text }
        RowLayout {
            spacing: 8
            StatusChip { text: row.stateText; tone: row.pending ? "waiting" : (row.loanState === 6 || row.loanState === 7 ? "danger" : "ok") }
            StatusChip { visible: row.syncText.length > 0 && row.syncText !== row.stateText; text: row.syncText; tone: "waiting" }
            StatusChip { visible: row.hasReport; text: qsTr("Report sent"); tone: "ok" }
        }
        Text { visible: row.proposedText.length > 0; text: row.proposedText; font.pixelSize: Theme.body; color: Theme.waiting; wrapMode: Text.Wrap; Layout.fillWidth: true }
        Text { visible: row.declineReason.length > 0; text: qsTr("Reason: %1").arg(row.declineReason); font.pixelSize: Theme.body; color: Theme.danger; wrapMode: Text.Wrap; Layout.fillWidth: true }
        Flow {
            spacing: 8
            Layout.fillWidth: true
            PrimaryButton { visible: Session.centreStaff && (row.loanState === 1 || row.loanState === 2); text: qsTr("Approve"); onClicked: row.actions.approve(row.loanId) }
            PrimaryButton { visible: Session.centreStaff && row.loanState >= 1 && row.loanState <= 3; secondary: true; text: qsTr("Decline"); onClicked: row.declineAsked(row.loanId) }
            PrimaryButton { visible: Session.centreStaff && row.loanState === 3; text: qsTr("Lent out"); onClicked: row.actions.markLent(row.loanId) }
            PrimaryButton { visible: Session.centreStaff && row.loanState === 4; text: qsTr("Returned"); onClicked: row.actions.markReturned(row.loanId) }
            PrimaryButton { visible: !Session.centreStaff && row.loanState >= 1 && row.loanState <= 3; secondary: true; text: qsTr("Cancel request"); onClicked: row.actions.cancel(row.loanId) }
            PrimaryButton { visible: row.loanState === 5 && !row.hasReport; text: qsTr("Report the result"); onClicked: row.reportAsked(row.loanId) }
        }
    }
}
