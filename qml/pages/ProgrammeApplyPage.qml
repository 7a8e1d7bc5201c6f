import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Yokoten.Core
import Yokoten.Ui

// A facility applies to a programme: why, what it wants to change, and how to reach it.
// What is typed is kept as a draft on this device (FormDraft) as it is typed, so a page switch
// or a restart loses nothing; leaving asks first; a refusal keeps every word.
Page {
    id: page
    property string programmeId
    property string programmeTitle
    readonly property bool unsavedChanges: reason.text.trim().length > 0 || goals.text.trim().length > 0
        || contact.text.trim().length > 0
    // The stored draft has been read (before that, typing is not kept; tests wait for it).
    readonly property bool draftReady: draft.loaded
    title: qsTr("Apply: %1").arg(programmeTitle)
    background: Rectangle { color: Theme.background }

    ProgrammeController {
        id: controller
        bridge: EngineBridge
        sessionManager: Session
        onApplied: {
            draft.clear()
            reason.text = ""; goals.text = ""; contact.text = ""
            page.ApplicationWindow.window.notify(qsTr("Application saved. It is sent to the centre at the next sync."))
            if (page.StackView.view)
                page.StackView.view.pop()
        }
    }
    FormDraft {
        id: draft
        bridge: EngineBridge
        key: "apply:" + page.programmeId
        onLoadedChanged: if (loaded) {
            reason.text = values.reason || ""
            goals.text = values.goals || ""
            contact.text = values.contact || ""
        }
    }
    function keep() { if (draft.loaded) draft.save({ reason: reason.text, goals: goals.text, contact: contact.text }) }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            x: Theme.margin
            width: Math.min(parent.width - 2 * Theme.margin, 900)
            spacing: Theme.gap
            Item { implicitHeight: 4 }
            FormField {
                label: qsTr("Why your facility applies")
                required: true
                hint: qsTr("What is hard today, in a few sentences.")
                TextArea {
                    id: reason
                    objectName: "applyReason"
                    wrapMode: TextEdit.Wrap; font.pixelSize: Theme.body; Layout.fillWidth: true; Layout.minimumHeight: Theme.touch * 2
                    background: Rectangle { color: Theme.surface; border.color: Theme.border; radius: 6 }
                    onTextChanged: page.keep()
                }
            }
            FormField {
                label: qsTr("What you want to change")
                required: true
                hint: qsTr("For example: fewer night rounds, shorter handovers, less overtime.")
                TextArea {
                    id: goals
                    wrapMode: TextEdit.Wrap; font.pixelSize: Theme.body; Layout.fillWidth: true; Layout.minimumHeight: Theme.touch * 2
                    background: Rectangle { color: Theme.surface; border.color: Theme.border; radius: 6 }
                    onTextChanged: page.keep()
                }
            }
            FormField {
                label: qsTr("Who to contact, and how")
                hint: qsTr("Your facility's desk, for example: office, weekdays 9 to 5")
                TextField { id: contact; implicitHeight: Theme.touch; font.pixelSize: Theme.body; Layout.fillWidth: true; onTextChanged: page.keep() }
            }
            Text { visible: controller.errorText.length > 0; text: "⚠ " + controller.errorText; color: Theme.danger; font.pixelSize: Theme.body; wrapMode: Text.Wrap; Layout.fillWidth: true }
            PrimaryButton {
                text: qsTr("Send the application")
                enabled: !controller.busy
                onClicked: controller.apply(page.programmeId, reason.text, goals.text, contact.text)
            }
            Item { implicitHeight: Theme.margin }
        }
    }
}
