import QtQuick
import QtQuick.Layouts
import Yokoten.Ui

// One support programme: kind and fiscal year, title, the application window, places and who
// may apply; a facility sees its own application's state, centre staff the counts and where
// the chosen facilities are on the six steps.
Rectangle {
    id: row
    required property string programmeId
    required property string title
    required property string kindText
    required property string fiscalYearText
    required property string windowText
    required property string supportText
    required property int places
    required property string eligibility
    required property bool open
    required property int applied
    required property int chosen
    required property string stepsText
    required property string myParticipationId
    required property string myStateText
    required property string syncText
    required property bool advises
    property bool centre: false
    signal apply(string programmeId, string title)
    signal openApplicants(string programmeId, string title, int places, bool mayDecide)
    signal openParticipation(string participationId)
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
            Text { text: row.kindText + " · " + row.fiscalYearText; font.pixelSize: Theme.small; color: Theme.primary; Layout.fillWidth: true; wrapMode: Text.Wrap }
            StatusChip { text: row.syncText; tone: "waiting" }
            StatusChip { text: row.open ? qsTr("Open for applications") : qsTr("Applications closed"); tone: row.open ? "ok" : "neutral" }
        }
        Text { text: row.title; font.pixelSize: Theme.body; font.bold: true; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true }
        Text { text: row.windowText + " · " + row.supportText; font.pixelSize: Theme.small; color: Theme.textMuted; wrapMode: Text.Wrap; Layout.fillWidth: true }
        Text {
            text: qsTr("Places: %1 · applied: %2 · chosen: %3").arg(row.places).arg(row.applied).arg(row.chosen)
            font.pixelSize: Theme.body; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true
        }
        Text { visible: row.eligibility.length > 0; text: qsTr("Who may apply: %1").arg(row.eligibility); font.pixelSize: Theme.small; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true }
        Text { visible: row.centre && row.stepsText.length > 0; text: qsTr("Chosen facilities by step: %1").arg(row.stepsText); font.pixelSize: Theme.small; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.gap
            StatusChip { visible: !row.centre && row.myStateText.length > 0; text: qsTr("Your application: %1").arg(row.myStateText); tone: "ok" }
            PrimaryButton {
                visible: !row.centre && row.open && row.myParticipationId.length === 0
                text: qsTr("Apply")
                onClicked: row.apply(row.programmeId, row.title)
            }
            PrimaryButton {
                visible: !row.centre && row.myParticipationId.length > 0
                secondary: true
                text: qsTr("Open my participation")
                onClicked: row.openParticipation(row.myParticipationId)
            }
            PrimaryButton {
                visible: row.centre
                text: qsTr("Applicants")
                onClicked: row.openApplicants(row.programmeId, row.title, row.places, true)
            }
            // An adviser (not centre staff) follows the facilities but does not choose them.
            PrimaryButton {
                visible: !row.centre && row.advises
                text: qsTr("Facilities I advise")
                onClicked: row.openApplicants(row.programmeId, row.title, row.places, false)
            }
        }
    }
}
