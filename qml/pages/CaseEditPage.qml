import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Dialogs
import QtQuick.Layouts
import Yokoten.Core
import Yokoten.Ui

// Write or edit a case: title, category, the booklet's sections, measured effects and
// photos. Saving works offline; the case waits to be sent and can be submitted for review.
Page {
    id: page
    property string caseId
    title: page.caseId.length > 0 ? qsTr("Edit case") : qsTr("New case")
    background: Rectangle { color: Theme.background }

    CaseController {
        id: controller
        bridge: EngineBridge
        sessionManager: Session
        onSaved: ApplicationWindow.window && page.StackView.view ? page.StackView.view.pop() : undefined
    }
    Component.onCompleted: {
        if (page.caseId.length > 0)
            controller.caseId = page.caseId
        else
            controller.startNew()
    }

    FileDialog {
        id: photoDialog
        title: qsTr("Choose a photo")
        nameFilters: [qsTr("Photos and PDF (*.jpg *.jpeg *.png *.pdf)")]
        onAccepted: controller.addPhoto(selectedFile, caption.text)
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: Math.min(parent.width - 2 * Theme.margin, 960)
            x: Theme.margin
            spacing: Theme.gap
            Item { implicitHeight: 4 }
            Text { text: qsTr("Title"); font.pixelSize: Theme.small; color: Theme.textMuted }
            TextField {
                text: controller.title
                implicitHeight: Theme.touch
                font.pixelSize: Theme.large
                Layout.fillWidth: true
                onEditingFinished: controller.setText("title", text)
            }
            ChoiceField {
                label: qsTr("Category")
                entries: Taxonomy.categories
                value: controller.category
                onPicked: v => controller.setCategory(v)
                Layout.fillWidth: true
            }
            Repeater {
                model: controller.sections
                delegate: ColumnLayout {
                    required property var modelData
                    Layout.fillWidth: true
                    Text { text: modelData.title; font.pixelSize: Theme.body; font.bold: true; color: Theme.primary }
                    TextArea {
                        text: modelData.text
                        wrapMode: TextEdit.Wrap
                        font.pixelSize: Theme.body
                        Layout.fillWidth: true
                        Layout.minimumHeight: 96
                        background: Rectangle { color: Theme.surface; border.color: Theme.border; radius: 6 }
                        onEditingFinished: controller.setText(modelData.field, text)
                    }
                }
            }
            SectionCard {
                title: qsTr("Measured effects")
                Repeater {
                    model: controller.metrics
                    delegate: RowLayout {
                        required property var modelData
                        required property int index
                        Layout.fillWidth: true
                        Text { text: modelData.label + ": " + modelData.before + " → " + modelData.after + " " + modelData.unit; font.pixelSize: Theme.body; Layout.fillWidth: true; wrapMode: Text.Wrap; color: Theme.text }
                        PrimaryButton { text: qsTr("Remove"); secondary: true; onClicked: controller.removeMetric(index) }
                    }
                }
                GridLayout {
                    columns: 2
                    Layout.fillWidth: true
                    TextField { id: metricLabel; placeholderText: qsTr("What was measured"); Layout.fillWidth: true; implicitHeight: Theme.touch; font.pixelSize: Theme.body }
                    TextField { id: metricUnit; placeholderText: qsTr("Unit (%, hours/month …)"); Layout.fillWidth: true; implicitHeight: Theme.touch; font.pixelSize: Theme.body }
                    TextField { id: metricBefore; placeholderText: qsTr("Before"); inputMethodHints: Qt.ImhFormattedNumbersOnly; Layout.fillWidth: true; implicitHeight: Theme.touch; font.pixelSize: Theme.body }
                    TextField { id: metricAfter; placeholderText: qsTr("After"); inputMethodHints: Qt.ImhFormattedNumbersOnly; Layout.fillWidth: true; implicitHeight: Theme.touch; font.pixelSize: Theme.body }
                    CheckBox { id: lowerBetter; text: qsTr("Lower is better"); font.pixelSize: Theme.body }
                    PrimaryButton {
                        text: qsTr("Add measurement")
                        secondary: true
                        onClicked: {
                            controller.addMetric(metricLabel.text, metricUnit.text, Number(metricBefore.text), Number(metricAfter.text), lowerBetter.checked)
                            metricLabel.text = ""; metricBefore.text = ""; metricAfter.text = ""
                        }
                    }
                }
            }
            SectionCard {
                title: qsTr("Devices used")
                ModelPicker {
                    objectName: "caseModelPicker"
                    label: qsTr("The centre's catalogue: choose the devices this case used, so that their pages show it.")
                    selected: controller.equipmentModelIds
                    onEdited: controller.setEquipmentModels(selected)
                }
            }
            SectionCard {
                title: qsTr("Photos")
                Text { text: qsTr("%n file(s) attached", "", controller.photos.length); font.pixelSize: Theme.body; color: Theme.text }
                RowLayout {
                    Layout.fillWidth: true
                    TextField { id: caption; placeholderText: qsTr("Caption"); Layout.fillWidth: true; implicitHeight: Theme.touch; font.pixelSize: Theme.body }
                    PrimaryButton { text: qsTr("Add photo…"); secondary: true; onClicked: photoDialog.open() }
                }
            }
            Text { visible: controller.errorText.length > 0; text: controller.errorText; color: Theme.danger; wrapMode: Text.Wrap; Layout.fillWidth: true; font.pixelSize: Theme.body }
            RowLayout {
                spacing: Theme.gap
                PrimaryButton { text: qsTr("Save"); enabled: controller.dirty; onClicked: controller.save() }
                PrimaryButton { text: qsTr("Discard changes"); secondary: true; enabled: controller.dirty; onClicked: controller.revert() }
            }
            Text { text: qsTr("Saved cases wait on this device until the next sync; nothing is lost without a connection."); font.pixelSize: Theme.small; color: Theme.textMuted; wrapMode: Text.Wrap; Layout.fillWidth: true }
            Item { implicitHeight: Theme.margin }
        }
    }
}
