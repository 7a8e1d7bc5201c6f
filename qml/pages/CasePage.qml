import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Yokoten.Core
import Yokoten.Ui

// One case in the booklet's frame: background, purpose, what was done, effects (with the
// measured before → after), next steps, hurdles → solutions, key points, photos.
Page {
    id: page
    property alias caseId: controller.caseId
    title: controller.title
    background: Rectangle { color: Theme.background }

    CaseController { id: controller; bridge: EngineBridge; sessionManager: Session }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: parent.width - 2 * Theme.margin
            x: Theme.margin
            spacing: Theme.gap
            Item { implicitHeight: 4 }
            Text { text: controller.title; font.pixelSize: Theme.title; font.bold: true; wrapMode: Text.Wrap; Layout.fillWidth: true; color: Theme.text }
            RowLayout {
                spacing: 8
                Layout.fillWidth: true
                StatusChip { text: controller.categoryName }
                StatusChip { text: controller.caseState !== 3 ? controller.stateText : ""; tone: "waiting" }
                StatusChip { text: controller.syncText; tone: controller.pending ? "waiting" : "danger" }
                Text {
                    text: controller.organisation + " · " + controller.place + (controller.fiscalYear > 0 ? " · " + qsTr("FY%1").arg(controller.fiscalYear) : "")
                    font.pixelSize: Theme.body
                    color: Theme.textMuted
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
            Text {
                objectName: "caseScope"
                text: qsTr("Who can see it: %1. %2").arg(controller.scopeName).arg(controller.scopeSentence)
                font.pixelSize: Theme.small; color: Theme.textMuted; wrapMode: Text.Wrap; Layout.fillWidth: true
            }
            Text { visible: controller.tags.length > 0; text: controller.tags; font.pixelSize: Theme.small; color: Theme.textMuted; wrapMode: Text.Wrap; Layout.fillWidth: true }

            SectionCard {
                visible: controller.conflicts.length > 0
                title: qsTr("Two people changed the same part")
                Repeater {
                    model: controller.conflicts
                    delegate: ColumnLayout {
                        required property var modelData
                        Layout.fillWidth: true
                        Text { text: modelData.label; font.bold: true; font.pixelSize: Theme.body; color: Theme.text }
                        Text { text: qsTr("Stored: %1").arg(modelData.theirs); wrapMode: Text.Wrap; Layout.fillWidth: true; font.pixelSize: Theme.body; color: Theme.text }
                        Text { text: qsTr("Other change: %1").arg(modelData.ours); wrapMode: Text.Wrap; Layout.fillWidth: true; font.pixelSize: Theme.body; color: Theme.text }
                        RowLayout {
                            spacing: Theme.gap
                            PrimaryButton { text: qsTr("Keep stored"); secondary: true; onClicked: controller.resolveConflict(modelData.field, modelData.theirs) }
                            PrimaryButton { text: qsTr("Use other"); secondary: true; onClicked: controller.resolveConflict(modelData.field, modelData.ours) }
                            PrimaryButton { text: qsTr("Merge both"); onClicked: controller.resolveConflict(modelData.field, modelData.theirs + "\n" + modelData.ours) }
                        }
                    }
                }
            }

            // A phone or kiosk holds the case's summary: the whole text is fetched when opened.
            Text { visible: controller.wholeTextNote.length > 0; text: controller.wholeTextNote; font.pixelSize: Theme.body; color: Theme.textMuted; wrapMode: Text.Wrap; Layout.fillWidth: true }

            Repeater {
                model: controller.sections
                delegate: SectionCard {
                    required property var modelData
                    visible: modelData.text.length > 0
                    title: modelData.title
                    Text { text: modelData.text; font.pixelSize: Theme.body; wrapMode: Text.Wrap; Layout.fillWidth: true; color: Theme.text; lineHeight: 1.3 }
                }
            }

            SectionCard {
                visible: controller.metrics.length > 0
                title: qsTr("Measured effects")
                Repeater {
                    model: controller.metrics
                    delegate: MetricChart {
                        required property var modelData
                        label: modelData.label
                        unit: modelData.unit
                        before: modelData.before
                        after: modelData.after
                        beforeDate: modelData.beforeDate
                        afterDate: modelData.afterDate
                        source: modelData.source
                        lowerIsBetter: modelData.lowerIsBetter
                        changeText: modelData.changeText
                    }
                }
            }

            SectionCard {
                objectName: "caseModels"
                visible: usedModels.models.length > 0
                title: qsTr("Devices used")
                ModelListController { id: usedModels; bridge: EngineBridge; modelIds: controller.equipmentModelIds }
                Repeater {
                    model: usedModels.models
                    delegate: ModelLinkRow { required property var modelData; entry: modelData }
                }
            }

            SectionCard {
                visible: controller.photos.length > 0
                title: qsTr("Photos and documents")
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.gap
                    Repeater {
                        model: controller.photos
                        delegate: Column {
                            required property var modelData
                            spacing: 4
                            Rectangle {
                                width: 220; height: 160; color: Theme.surfaceAlt; radius: 6
                                Image { anchors.fill: parent; anchors.margins: 2; source: modelData.source; fillMode: Image.PreserveAspectFit; visible: modelData.source.length > 0 }
                                Text {
                                    anchors.centerIn: parent; width: parent.width - 16
                                    visible: modelData.source.length === 0
                                    text: modelData.isImage ? qsTr("Photo not downloaded yet") : modelData.fileName
                                    wrapMode: Text.Wrap; horizontalAlignment: Text.AlignHCenter; font.pixelSize: Theme.small; color: Theme.textMuted
                                }
                            }
                            Text { text: modelData.caption; width: 220; wrapMode: Text.Wrap; font.pixelSize: Theme.small; color: Theme.textMuted }
                        }
                    }
                }
            }

            SectionCard {
                visible: controller.funding.length > 0 || controller.siteVisit.length > 0
                title: qsTr("Funding and visits")
                Text { visible: controller.funding.length > 0; text: controller.funding; wrapMode: Text.Wrap; Layout.fillWidth: true; font.pixelSize: Theme.body; color: Theme.text }
                Text { visible: controller.siteVisit.length > 0; text: controller.siteVisit; wrapMode: Text.Wrap; Layout.fillWidth: true; font.pixelSize: Theme.body; color: Theme.text }
            }

            Text { visible: controller.errorText.length > 0; text: controller.errorText; color: Theme.danger; wrapMode: Text.Wrap; Layout.fillWidth: true; font.pixelSize: Theme.body }
            RowLayout {
                visible: controller.mine
                spacing: Theme.gap
                PrimaryButton { text: qsTr("Edit"); secondary: true; onClicked: page.ApplicationWindow.window.editCase(controller.caseId) }
                PrimaryButton {
                    objectName: "caseSubmit"
                    text: controller.submitText
                    visible: controller.caseState === 1
                    onClicked: submitConfirm.ask(controller.submitText, controller.submitQuestion, controller.submitText, () => controller.submit())
                }
            }
            Item { implicitHeight: Theme.margin }
        }
    }
    ConfirmDialog { id: submitConfirm; cancelText: qsTr("Not yet") }
}
