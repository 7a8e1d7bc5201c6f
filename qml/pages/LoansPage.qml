import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Yokoten.Core
import Yokoten.Ui

// Trial loans: my organisation's requests (centre staff: every loan of the centre), how
// each stands, and after return the short result report.
Page {
    id: page
    title: Session.centreStaff ? qsTr("Loans of the centre") : qsTr("My loans")
    background: Rectangle { color: Theme.background }
    property string selectedLoan

    LoanListModel { id: loans; bridge: EngineBridge; sessionManager: Session }
    LoanController { id: loanActions; bridge: EngineBridge }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap
        Text { visible: loanActions.errorText.length > 0; text: loanActions.errorText; color: Theme.danger; font.pixelSize: Theme.body; wrapMode: Text.Wrap; Layout.fillWidth: true }
        ListView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 8
            model: loans
            delegate: LoanDelegate {
                actions: loanActions
                onDeclineAsked: id => { page.selectedLoan = id; declineDialog.open() }
                onReportAsked: id => { page.selectedLoan = id; reportDialog.open() }
            }
            EmptyState { anchors.centerIn: parent; width: parent.width; message: loans.count === 0 ? qsTr("No loans yet. Pick equipment to try in the catalogue.") : "" }
        }
        PrimaryButton { text: qsTr("Equipment catalogue"); secondary: true; onClicked: page.ApplicationWindow.window.showPage("equipment") }
    }

    Dialog {
        id: declineDialog
        anchors.centerIn: parent
        width: Math.min(page.width - 40, 560)
        modal: true
        title: qsTr("Decline this loan?")
        // Named choices in the person's language (the standard OK/Cancel would stay English).
        footer: Flow {
            spacing: Theme.gap
            padding: Theme.margin
            PrimaryButton { secondary: true; text: qsTr("Go back"); onClicked: declineDialog.reject() }
            PrimaryButton { text: qsTr("Decline the loan"); onClicked: declineDialog.accept() }
        }
        TextField { id: reason; width: declineDialog.availableWidth; placeholderText: qsTr("Reason for the facility"); implicitHeight: Theme.touch; font.pixelSize: Theme.body }
        onAccepted: { loanActions.decline(page.selectedLoan, reason.text); reason.text = "" }
    }
    Dialog {
        id: reportDialog
        anchors.centerIn: parent
        width: Math.min(page.width - 40, 640)
        modal: true
        title: qsTr("How did the trial go?")
        // Named choices in the person's language (the standard OK/Cancel would stay English).
        footer: Flow {
            spacing: Theme.gap
            padding: Theme.margin
            PrimaryButton { secondary: true; text: qsTr("Not now"); onClicked: reportDialog.reject() }
            PrimaryButton { text: qsTr("Send the report"); onClicked: reportDialog.accept() }
        }
        ColumnLayout {
            width: reportDialog.availableWidth
            spacing: Theme.gap
            Text { text: qsTr("How useful was it? (1 not useful … 5 very useful)"); font.pixelSize: Theme.body; wrapMode: Text.Wrap; Layout.fillWidth: true }
            RowLayout {
                spacing: 8
                Repeater {
                    model: 5
                    delegate: PrimaryButton {
                        required property int index
                        implicitWidth: Theme.touch + 16
                        text: index + 1
                        secondary: usefulness.value !== index + 1
                        onClicked: usefulness.value = index + 1
                    }
                }
                QtObject { id: usefulness; property int value: 0 }
            }
            CheckBox { id: adopt; text: qsTr("We plan to introduce it"); font.pixelSize: Theme.body }
            TextField { id: findings; placeholderText: qsTr("What worked well"); implicitHeight: Theme.touch; font.pixelSize: Theme.body; Layout.fillWidth: true }
            TextField { id: problems; placeholderText: qsTr("Problems"); implicitHeight: Theme.touch; font.pixelSize: Theme.body; Layout.fillWidth: true }
        }
        onAccepted: loanActions.fileReport(page.selectedLoan, usefulness.value, adopt.checked, findings.text, problems.text)
    }
}
