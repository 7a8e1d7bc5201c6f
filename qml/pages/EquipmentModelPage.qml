import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Yokoten.Core
import Yokoten.Ui

// One equipment model: what it is, units free as last known, and the trial-loan request.
// Offline the request waits on this device; the centre books a unit or a waiting place.
Page {
    id: page
    property alias modelId: controller.modelId
    title: controller.name
    background: Rectangle { color: Theme.background }

    EquipmentController {
        id: controller
        bridge: EngineBridge
        sessionManager: Session
        // Say what happened, then show the request in My loans.
        onRequested: {
            const window = ApplicationWindow.window
            if (!window)
                return
            window.notify(qsTr("Your loan request is saved. It is sent to the centre at the next sync; see it under My loans."))
            window.showPage("loans")
        }
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: Math.min(parent.width - 2 * Theme.margin, 960)
            x: Theme.margin
            spacing: Theme.gap
            Item { implicitHeight: 4 }
            Text { text: controller.name; font.pixelSize: Theme.title; font.bold: true; wrapMode: Text.Wrap; Layout.fillWidth: true; color: Theme.text }
            SectionCard {
                // Label beside value on a tablet; label above value on a phone.
                GridLayout {
                    columns: page.width > 600 ? 2 : 1
                    columnSpacing: Theme.margin
                    rowSpacing: 8
                    Layout.fillWidth: true
                    Text { text: qsTr("Maker"); color: Theme.textMuted; font.pixelSize: Theme.body }
                    Text { text: controller.maker; font.pixelSize: Theme.body; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true }
                    Text { text: qsTr("Area"); color: Theme.textMuted; font.pixelSize: Theme.body }
                    Text { text: controller.areaName + (controller.subcategory ? " · " + controller.subcategory : ""); font.pixelSize: Theme.body; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true }
                    Text { text: qsTr("Lent by"); color: Theme.textMuted; font.pixelSize: Theme.body }
                    Text { text: controller.centreName; font.pixelSize: Theme.body; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true }
                    Text { text: qsTr("Units"); color: Theme.textMuted; font.pixelSize: Theme.body }
                    Text { text: qsTr("%1 of %2 in service (as of the last sync)").arg(controller.unitsAvailable).arg(controller.unitCount); font.pixelSize: Theme.body; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true }
                    Text { text: qsTr("Longest trial"); color: Theme.textMuted; font.pixelSize: Theme.body }
                    Text { text: qsTr("%n day(s)", "", controller.maxLoanDays); font.pixelSize: Theme.body; color: Theme.text }
                }
            }
            SectionCard {
                visible: controller.description.length > 0
                title: qsTr("About")
                Text { text: controller.description; font.pixelSize: Theme.body; wrapMode: Text.Wrap; Layout.fillWidth: true; color: Theme.text; lineHeight: 1.3 }
            }
            SectionCard {
                title: qsTr("Ask for a trial loan")
                GridLayout {
                    columns: page.width > 900 ? 2 : 1
                    columnSpacing: Theme.gap
                    Layout.fillWidth: true
                    DateField { id: fromField; objectName: "loanFrom"; label: qsTr("First day"); minimum: DateText.today() }
                    DateField { id: toField; objectName: "loanTo"; label: qsTr("Last day"); minimum: fromField.value.length > 0 ? fromField.value : DateText.today() }
                }
                FormField {
                    label: qsTr("What you want to try it for")
                    TextField { id: purpose; implicitHeight: Theme.touch; font.pixelSize: Theme.body; Layout.fillWidth: true }
                }
                Text { visible: controller.errorText.length > 0; text: controller.errorText; color: Theme.danger; wrapMode: Text.Wrap; Layout.fillWidth: true; font.pixelSize: Theme.body }
                Text { text: qsTr("The request is saved on this device and sent at the next connection. The centre then books a unit or offers the next free dates."); font.pixelSize: Theme.small; color: Theme.textMuted; wrapMode: Text.Wrap; Layout.fillWidth: true }
                PrimaryButton { objectName: "requestLoanButton"; enabled: controller.loaded && !controller.busy; text: qsTr("Ask for this loan"); onClicked: controller.requestLoan(fromField.valid ? fromField.value : fromField.typedText(), toField.valid ? toField.value : toField.typedText(), purpose.text) }
            }
            Item { implicitHeight: Theme.margin }
        }
    }
}
