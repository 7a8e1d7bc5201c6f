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
        onRequested: if (ApplicationWindow.window) ApplicationWindow.window.showPage("loans")
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
                GridLayout {
                    columns: 2
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
                    columns: page.width > 700 ? 2 : 1
                    columnSpacing: Theme.gap
                    Layout.fillWidth: true
                    TextField { id: fromField; objectName: "loanFrom"; placeholderText: qsTr("First day (YYYY-MM-DD)"); implicitHeight: Theme.touch; font.pixelSize: Theme.body; Layout.fillWidth: true; inputMethodHints: Qt.ImhDate }
                    TextField { id: toField; objectName: "loanTo"; placeholderText: qsTr("Last day (YYYY-MM-DD)"); implicitHeight: Theme.touch; font.pixelSize: Theme.body; Layout.fillWidth: true; inputMethodHints: Qt.ImhDate }
                }
                TextField { id: purpose; placeholderText: qsTr("What you want to try it for"); implicitHeight: Theme.touch; font.pixelSize: Theme.body; Layout.fillWidth: true }
                Text { visible: controller.errorText.length > 0; text: controller.errorText; color: Theme.danger; wrapMode: Text.Wrap; Layout.fillWidth: true; font.pixelSize: Theme.body }
                Text { text: qsTr("The request is saved on this device and sent at the next connection. The centre then books a unit or offers the next free dates."); font.pixelSize: Theme.small; color: Theme.textMuted; wrapMode: Text.Wrap; Layout.fillWidth: true }
                PrimaryButton { objectName: "requestLoanButton"; enabled: controller.loaded && !controller.busy; text: qsTr("Ask for this loan"); onClicked: controller.requestLoan(fromField.text, toField.text, purpose.text) }
            }
            Item { implicitHeight: Theme.margin }
        }
    }
}
