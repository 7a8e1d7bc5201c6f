import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Yokoten.Core
import Yokoten.Ui

// One equipment model: what it is, units free as last known, the published cases that used
// it (with their measured effect), where it is on show, and the trial-loan request. Offline
// the request waits on this device; the centre books a unit or a waiting place.
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
            const window = page.ApplicationWindow.window
            if (!window)
                return
            window.notify(qsTr("Your loan request is saved. It is sent to the centre at the next sync; see it under My loans."))
            window.showPage("loans")
        }
    }

    ModelCasesController {
        id: links
        bridge: EngineBridge
        modelId: page.modelId
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
                    Text { visible: controller.priceRange.length > 0; text: qsTr("Price"); color: Theme.textMuted; font.pixelSize: Theme.body }
                    Text { visible: controller.priceRange.length > 0; text: controller.priceRange; font.pixelSize: Theme.body; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true }
                    Text { visible: controller.runningCost.length > 0; text: qsTr("Running cost"); color: Theme.textMuted; font.pixelSize: Theme.body }
                    Text { visible: controller.runningCost.length > 0; text: controller.runningCost; font.pixelSize: Theme.body; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true }
                    Text { visible: controller.subsidyNote.length > 0; text: qsTr("Subsidy"); color: Theme.textMuted; font.pixelSize: Theme.body }
                    Text { visible: controller.subsidyNote.length > 0; text: controller.subsidyNote; font.pixelSize: Theme.body; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true }
                }
                Flow {
                    id: compareRow
                    readonly property var window: page.ApplicationWindow.window
                    readonly property int count: window ? window.compareIds.length : 0
                    readonly property bool chosen: window ? window.compareIds.indexOf(page.modelId) >= 0 : false
                    spacing: Theme.gap
                    Layout.fillWidth: true
                    PrimaryButton {
                        objectName: "compareButton"
                        secondary: true
                        text: compareRow.chosen ? qsTr("Remove from comparison") : qsTr("Compare with other devices")
                        onClicked: compareRow.window.toggleCompare(page.modelId)
                    }
                    PrimaryButton {
                        visible: compareRow.count >= 2
                        text: qsTr("Compare (%1)").arg(compareRow.count)
                        onClicked: compareRow.window.openCompare()
                    }
                }
                Text {
                    visible: compareRow.chosen && compareRow.count < 2
                    text: qsTr("Added. Open another device and add it too, to see them side by side (up to 3).")
                    font.pixelSize: Theme.small; color: Theme.textMuted; wrapMode: Text.Wrap; Layout.fillWidth: true
                }
            }
            SectionCard {
                visible: controller.description.length > 0
                title: qsTr("About")
                Text { text: controller.description; font.pixelSize: Theme.body; wrapMode: Text.Wrap; Layout.fillWidth: true; color: Theme.text; lineHeight: 1.3 }
            }
            SectionCard {
                objectName: "modelCases"
                title: qsTr("Cases that used it")
                Text {
                    text: links.namingCount > 0
                        ? qsTr("%n published case(s) used this device.", "", links.namingCount) + (links.typicalEffect ? " " + links.typicalEffect : "")
                        : qsTr("No published case names this device yet.")
                    font.pixelSize: Theme.body; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true
                }
                Text {
                    visible: links.areaCount > 0
                    text: qsTr("%n more case(s) used a device of the same area.", "", links.areaCount)
                    font.pixelSize: Theme.small; color: Theme.textMuted; wrapMode: Text.Wrap; Layout.fillWidth: true
                }
                GridLayout {
                    columns: page.width > 700 ? 2 : 1
                    columnSpacing: Theme.gap
                    Layout.fillWidth: true
                    ChoiceField {
                        label: qsTr("Service type")
                        entries: Taxonomy.serviceTypes
                        value: links.serviceType
                        onPicked: v => links.serviceType = v
                        Layout.fillWidth: true
                    }
                    ChoiceField {
                        label: qsTr("Facility size")
                        entries: [
                            { value: 0, label: qsTr("Any size") },
                            { value: 1, label: qsTr("Under 30 places") },
                            { value: 2, label: qsTr("30 to 79 places") },
                            { value: 3, label: qsTr("80 places or more") }
                        ]
                        value: links.facilitySize
                        onPicked: v => links.facilitySize = v
                        Layout.fillWidth: true
                    }
                }
                Repeater {
                    model: links.cases
                    delegate: ModelCaseCard {
                        required property var modelData
                        entry: modelData
                        onOpened: id => page.ApplicationWindow.window.openCase(id)
                    }
                }
                Text {
                    visible: links.loaded && links.cases.length === 0 && (links.serviceType !== 0 || links.facilitySize !== 0)
                    text: qsTr("No case matches these choices.")
                    font.pixelSize: Theme.body; color: Theme.textMuted
                }
            }
            SectionCard {
                objectName: "modelSessions"
                visible: links.sessions.length > 0
                title: qsTr("See it at")
                Repeater {
                    model: links.sessions
                    delegate: ItemDelegate {
                        required property var modelData
                        Layout.fillWidth: true
                        implicitHeight: Math.max(Theme.touch, sessionText.implicitHeight + 20)
                        onClicked: page.ApplicationWindow.window.openSeminar(modelData.sessionId)
                        background: Rectangle { color: Theme.surfaceAlt; radius: Theme.radius }
                        contentItem: Text {
                            id: sessionText
                            text: modelData.title + "\n" + modelData.when + " · " + modelData.venue
                            font.pixelSize: Theme.body; color: Theme.primary; wrapMode: Text.Wrap
                        }
                    }
                }
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
