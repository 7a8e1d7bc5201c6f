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
    // Typed and not saved: the guard asks before any way off this page (Main.qml).
    readonly property bool metricDraftTyped: metricLabel.text.length > 0 || metricUnit.text.length > 0
        || metricBefore.text.length > 0 || metricAfter.text.length > 0 || metricSource.text.length > 0
        || metricBeforeDate.text.length > 0 || metricAfterDate.text.length > 0
    readonly property bool unsavedChanges: controller.unsaved || metricDraftTyped

    // A figure typed but not added with "Add measurement" is added by Save, or Save stops
    // and says (next to the figure) what is missing: never dropped in silence.
    function save() {
        const problem = page.takeMetricDraft()
        if (problem.length > 0)
            return false
        clearMetricDraft()
        controller.save()
        return true
    }
    function takeMetricDraft() {
        return controller.takeDraftMetric(metricLabel.text, metricUnit.text, metricBefore.text, metricAfter.text, lowerBetter.checked,
                                          metricSource.text, metricBeforeDate.text, metricAfterDate.text)
    }
    function clearMetricDraft() {
        metricLabel.text = ""; metricUnit.text = ""; metricBefore.text = ""; metricAfter.text = ""; lowerBetter.checked = false
        metricSource.text = ""; metricBeforeDate.text = ""; metricAfterDate.text = ""
    }

    CaseController {
        id: controller
        bridge: EngineBridge
        sessionManager: Session
        // Say what happened, then show the saved case.
        onSaved: id => {
            const window = page.ApplicationWindow.window
            if (window && window.notify)
                window.notify(qsTr("Saved. The case waits on this device and is sent at the next sync."))
            const view = page.StackView.view
            if (!view)
                return
            if (page.caseId.length === 0)
                view.replace(Qt.resolvedUrl("CasePage.qml"), { caseId: id })
            else
                view.pop()
        }
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
            FormField {
                label: qsTr("Title")
                required: true
                error: controller.errorField === "title" ? controller.errorText : ""
                TextField {
                    objectName: "caseTitle"
                    text: controller.title
                    // Tall enough for the large type at the largest text size.
                    implicitHeight: Math.max(Theme.touch, Math.round(Theme.large * 2))
                    font.pixelSize: Theme.large
                    Layout.fillWidth: true
                    onTextEdited: controller.setText("title", text)
                }
            }
            // A case belongs to one of the booklet's categories: "all" is a filter, not one.
            ChoiceField {
                label: qsTr("Category")
                entries: [{ value: 0, label: qsTr("Choose a category") }].concat(Taxonomy.categories.filter(e => e.value !== 0))
                value: controller.category
                onPicked: v => controller.setCategory(v)
                Layout.fillWidth: true
            }
            // Publishing is the author's decision: who will read the case, said in one sentence.
            ChoiceField {
                objectName: "caseScope"
                label: qsTr("Who can see this case")
                entries: controller.scopeOptions
                value: controller.scope
                onPicked: v => controller.setScope(v)
                Layout.fillWidth: true
            }
            Text {
                objectName: "caseScopeSentence"
                // Two sentences: Japanese runs them on without a space.
                text: controller.submitGoesToReview ? controller.scopeSentence
                                                    : qsTr("%1 %2").arg(controller.scopeSentence).arg(qsTr("Publishing needs no review."))
                font.pixelSize: Theme.body; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true
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
                        // Kept as it is typed, so Back and Save never miss the last words.
                        onTextChanged: if (activeFocus) controller.setText(modelData.field, text)
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
                        Text {
                            text: modelData.label + ": " + modelData.before + " → " + modelData.after + " " + modelData.unit
                                  + "\n" + (modelData.source.length > 0 ? qsTr("Source: %1 (%2 → %3)").arg(modelData.source).arg(modelData.beforeDate).arg(modelData.afterDate)
                                                                           : qsTr("⚠ No source or dates: remove this figure and add it again with them."))
                            font.pixelSize: Theme.body; Layout.fillWidth: true; wrapMode: Text.Wrap
                            color: modelData.source.length > 0 ? Theme.text : Theme.danger
                        }
                        PrimaryButton { text: qsTr("Remove"); secondary: true; onClicked: controller.removeMetric(index) }
                    }
                }
                Text {
                    text: qsTr("Add each figure before and after, with its source and the month it was measured; Save also keeps a figure you typed here.")
                    font.pixelSize: Theme.small; color: Theme.textMuted; wrapMode: Text.Wrap; Layout.fillWidth: true
                }
                GridLayout {
                    columns: page.width > 700 ? 2 : 1
                    Layout.fillWidth: true
                    TextField { id: metricLabel; placeholderText: qsTr("What was measured"); Layout.fillWidth: true; implicitHeight: Theme.touch; font.pixelSize: Theme.body }
                    TextField { id: metricUnit; placeholderText: qsTr("Unit (%, hours/month …)"); Layout.fillWidth: true; implicitHeight: Theme.touch; font.pixelSize: Theme.body }
                    TextField { id: metricBefore; placeholderText: qsTr("Before"); inputMethodHints: Qt.ImhFormattedNumbersOnly; Layout.fillWidth: true; implicitHeight: Theme.touch; font.pixelSize: Theme.body }
                    TextField { id: metricAfter; placeholderText: qsTr("After"); inputMethodHints: Qt.ImhFormattedNumbersOnly; Layout.fillWidth: true; implicitHeight: Theme.touch; font.pixelSize: Theme.body }
                    TextField { id: metricBeforeDate; objectName: "metricBeforeDate"; placeholderText: qsTr("Before: month measured (2023-12)"); inputMethodHints: Qt.ImhPreferNumbers; Layout.fillWidth: true; implicitHeight: Theme.touch; font.pixelSize: Theme.body }
                    TextField { id: metricAfterDate; objectName: "metricAfterDate"; placeholderText: qsTr("After: month measured (2024-03)"); inputMethodHints: Qt.ImhPreferNumbers; Layout.fillWidth: true; implicitHeight: Theme.touch; font.pixelSize: Theme.body }
                    TextField { id: metricSource; objectName: "metricSource"; placeholderText: qsTr("Source (staff survey, care records …)"); Layout.fillWidth: true; Layout.columnSpan: parent.columns; implicitHeight: Theme.touch; font.pixelSize: Theme.body }
                    CheckBox {
                        id: lowerBetter
                        text: qsTr("Lower is better (e.g. overtime, falls)")
                        font.pixelSize: Theme.body
                        implicitHeight: Theme.touch
                        indicator.implicitWidth: 32
                        indicator.implicitHeight: 32
                        Layout.fillWidth: true
                    }
                    PrimaryButton {
                        text: qsTr("Add measurement")
                        secondary: true
                        onClicked: if (page.takeMetricDraft().length === 0) page.clearMetricDraft()
                    }
                }
                Text {
                    objectName: "metricError"
                    visible: controller.errorField === "metric"
                    text: "⚠ " + controller.errorText
                    color: Theme.danger; wrapMode: Text.Wrap; Layout.fillWidth: true; font.pixelSize: Theme.body
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
            // Errors about one field are shown at that field; this line says where to look.
            Text {
                visible: controller.errorText.length > 0
                text: controller.errorField.length > 0 ? qsTr("Not saved yet: please check the message marked ⚠ above.") : controller.errorText
                color: Theme.danger; wrapMode: Text.Wrap; Layout.fillWidth: true; font.pixelSize: Theme.body
            }
            Flow {
                spacing: Theme.gap
                Layout.fillWidth: true
                PrimaryButton { objectName: "caseSave"; text: qsTr("Save"); enabled: controller.dirty || page.metricDraftTyped; onClicked: page.save() }
                PrimaryButton {
                    text: qsTr("Discard changes")
                    secondary: true
                    enabled: page.unsavedChanges
                    onClicked: discard.ask(qsTr("Discard your changes?"), qsTr("What you typed since the last save will be lost."), qsTr("Discard changes"),
                                           () => { controller.revert(); page.clearMetricDraft() })
                }
            }
            Text { text: qsTr("Saved cases wait on this device until the next sync; nothing is lost without a connection."); font.pixelSize: Theme.small; color: Theme.textMuted; wrapMode: Text.Wrap; Layout.fillWidth: true }
            Item { implicitHeight: Theme.margin }
        }
    }
    ConfirmDialog { id: discard; destructive: true; cancelText: qsTr("Keep my changes") }
}
