import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Dialogs
import QtQuick.Layouts
import Yokoten.Core
import Yokoten.Ui

// One facility's participation in a programme (the facility, centre staff, the advisers):
// the six-step plan, visit logs in date order, figures before and after with date and source,
// and closing (centre staff). After closing: the case draft the server wrote, and site visits.
Page {
    id: page
    property string participationId
    property string viewAs: "" // the screenshot tour shows the centre's view; empty: the account decides
    property string startAt: "" // "visits" or "figures": opens scrolled there (the screenshot tour)
    readonly property var d: controller.details
    readonly property bool asCentre: viewAs === "centre"
    readonly property bool canSetStep: asCentre ? d.state === 2 : d.canSetStep === true
    readonly property bool canLogVisit: asCentre ? d.state === 2 : d.canLogVisit === true
    readonly property bool canMeasure: asCentre ? d.state === 2 : d.canMeasure === true
    readonly property bool canClose: asCentre ? d.state === 2 : d.canClose === true
    readonly property bool unsavedChanges: visitForm.typed || measureForm.typed || stepNote.text.length > 0
    title: d.facility ? d.facility + " · " + d.programme : qsTr("Participation")
    background: Rectangle { color: Theme.background }

    ParticipationController {
        id: controller
        bridge: EngineBridge
        sessionManager: Session
        participationId: page.participationId
        onDetailsChanged: if (page.startAt.length > 0)
            Qt.callLater(() => { scroll.contentItem.contentY = page.startAt === "figures" ? figuresCard.y : visitsCard.y })
        onQueued: what => {
            if (what === "visit") visitForm.clear()
            if (what === "measurement") measureForm.clear()
            if (what === "step") stepNote.text = ""
            page.ApplicationWindow.window.notify(what === "close" ? qsTr("Support closed. The server writes the case draft; it arrives with the next sync.")
                                                             : qsTr("Saved. It is sent at the next sync."))
        }
    }
    ConfirmDialog { id: confirm; destructive: true }

    FileDialog {
        id: visitFileDialog
        title: qsTr("Attach a photo or PDF")
        nameFilters: [qsTr("Photos and PDF (*.jpg *.jpeg *.png *.pdf)")]
        onAccepted: controller.addAttachment(selectedFile)
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            x: Theme.margin
            width: parent.width - 2 * Theme.margin
            spacing: Theme.gap
            Item { implicitHeight: 4 }
            RowLayout {
                Layout.fillWidth: true
                Text { text: page.d.programmeKindText || ""; font.pixelSize: Theme.body; color: Theme.primary; Layout.fillWidth: true; wrapMode: Text.Wrap }
                StatusChip { text: page.d.syncText || ""; tone: "waiting" }
                StatusChip { text: page.d.stateText || ""; tone: "ok" }
            }
            Text { visible: controller.errorText.length > 0; text: "⚠ " + controller.errorText; color: Theme.danger; font.pixelSize: Theme.body; wrapMode: Text.Wrap; Layout.fillWidth: true }
            SectionCard {
                title: qsTr("Plan: six steps")
                Text { visible: (page.d.planGoal || "").length > 0; text: qsTr("Aim: %1").arg(page.d.planGoal || ""); font.pixelSize: Theme.body; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true }
                StepStepper { steps: page.d.steps || [] }
                Repeater {
                    model: page.d.history || []
                    delegate: Text {
                        required property var modelData
                        text: modelData.whenText + " · " + modelData.stepText + (modelData.note.length > 0 ? " · " + modelData.note : "") + (modelData.by.length > 0 ? " (" + modelData.by + ")" : "")
                        font.pixelSize: Theme.small; color: Theme.textMuted; wrapMode: Text.Wrap; Layout.fillWidth: true
                    }
                }
                ColumnLayout {
                    visible: page.canSetStep
                    Layout.fillWidth: true
                    spacing: Theme.gap
                    ChoiceChips { id: stepChoice; label: qsTr("Move to step"); entries: Taxonomy.improvementSteps; selected: [page.d.currentStep || 1] }
                    FormField {
                        label: qsTr("Note")
                        TextField { id: stepNote; implicitHeight: Theme.touch; font.pixelSize: Theme.body; Layout.fillWidth: true }
                    }
                    PrimaryButton { secondary: true; text: qsTr("Change the step"); enabled: !controller.busy; onClicked: controller.setStep(stepChoice.selected[0] || 0, stepNote.text, "") }
                }
            }
            SectionCard {
                id: visitsCard
                title: qsTr("Visits and phone follow-ups")
                Text { text: page.d.visitsText || ""; font.pixelSize: Theme.body; color: Theme.text; Layout.fillWidth: true; wrapMode: Text.Wrap }
                Repeater {
                    model: page.d.visits || []
                    delegate: ColumnLayout {
                        required property var modelData
                        Layout.fillWidth: true
                        spacing: 2
                        RowLayout {
                            Layout.fillWidth: true
                            Text { text: modelData.dateText + " · " + modelData.kindText + (modelData.stepText.length > 0 ? " · " + modelData.stepText : ""); font.pixelSize: Theme.body; font.bold: true; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true }
                            StatusChip { text: modelData.author; tone: modelData.pending ? "waiting" : "neutral" }
                        }
                        Text { visible: modelData.attendees.length > 0; text: qsTr("Who: %1").arg(modelData.attendees); font.pixelSize: Theme.small; color: Theme.textMuted; wrapMode: Text.Wrap; Layout.fillWidth: true }
                        Text { text: modelData.activities; font.pixelSize: Theme.body; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true }
                        Text { visible: modelData.nextActions.length > 0; text: qsTr("Next: %1").arg(modelData.nextActions); font.pixelSize: Theme.body; color: Theme.primary; wrapMode: Text.Wrap; Layout.fillWidth: true }
                        Text { visible: modelData.files.length > 0; text: qsTr("Photos: %1").arg(modelData.files); font.pixelSize: Theme.small; color: Theme.textMuted; wrapMode: Text.Wrap; Layout.fillWidth: true }
                    }
                }
                Text { visible: page.canLogVisit; text: qsTr("New visit log"); font.pixelSize: Theme.body; font.bold: true; color: Theme.primary }
                VisitLogForm {
                    id: visitForm
                    visible: page.canLogVisit
                    draftKey: "visit:" + page.participationId
                    currentStep: page.d.currentStep || 0
                    onSubmit: (date, phone, who, what, next, step) => controller.logVisit(date, phone, who, what, next, step)
                    attachmentNames: controller.attachmentNames
                    busy: controller.busy
                    onAttach: visitFileDialog.open()
                    onRemoveAttachment: index => controller.removeAttachment(index)
                }
            }
            SectionCard {
                id: figuresCard
                title: qsTr("Figures before and after")
                Repeater {
                    model: page.d.measurements || []
                    delegate: ColumnLayout {
                        required property var modelData
                        Layout.fillWidth: true
                        spacing: 2
                        Text { text: modelData.itemText; font.pixelSize: Theme.body; font.bold: true; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true }
                        Text { text: qsTr("Before: %1").arg(modelData.before.length > 0 ? modelData.before + " (" + modelData.beforeWhen + ")" : qsTr("not measured yet")); font.pixelSize: Theme.body; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true }
                        Text { text: qsTr("After: %1").arg(modelData.after.length > 0 ? modelData.after + " (" + modelData.afterWhen + ")" : qsTr("not measured yet")); font.pixelSize: Theme.body; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true }
                        Text { visible: modelData.changeText.length > 0; text: modelData.changeText; font.pixelSize: Theme.body; color: Theme.ok; wrapMode: Text.Wrap; Layout.fillWidth: true }
                    }
                }
                EmptyState { message: (page.d.measurements || []).length === 0 ? qsTr("No figures yet.") : ""; Layout.fillWidth: true }
                MeasurementForm {
                    id: measureForm
                    visible: page.canMeasure
                    draftKey: "measure:" + page.participationId
                    onSubmit: (item, label, phase, value, on, source) => controller.recordMeasurement(item, label, phase, value, on, source)
                }
            }
            SectionCard {
                visible: page.canClose || page.d.closed === true
                title: qsTr("End of the support")
                PrimaryButton {
                    visible: page.canClose
                    danger: true
                    text: qsTr("Close the support…")
                    onClicked: confirm.ask(qsTr("Close the support?"),
                        qsTr("The facility's plan, visit logs and figures become a case draft that the facility then edits and submits. Visits and figures can no longer be added."),
                        qsTr("Close the support"), () => controller.close(""))
                }
                Text {
                    visible: page.d.closed === true
                    text: page.d.caseHeld ? qsTr("The case draft is ready for the facility to edit and submit.")
                                          : qsTr("The server writes the case draft; it arrives with the next sync.")
                    font.pixelSize: Theme.body; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true
                }
                Flow {
                    visible: page.d.closed === true && page.d.caseHeld === true
                    Layout.fillWidth: true
                    spacing: Theme.gap
                    PrimaryButton { text: qsTr("Open the case draft"); onClicked: page.ApplicationWindow.window.editCase(page.d.caseId) }
                    PrimaryButton {
                        secondary: true
                        enabled: page.d.acceptsVisits !== true && !controller.busy
                        text: page.d.acceptsVisits ? qsTr("Site visits accepted") : qsTr("Accept site visits")
                        onClicked: controller.acceptSiteVisits("")
                    }
                }
            }
            Item { implicitHeight: Theme.margin }
        }
    }
}
