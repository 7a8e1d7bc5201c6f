import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Yokoten.Core
import Yokoten.Ui

// A new visit log (an adviser or centre staff, often at the facility without a connection):
// the date, visit or phone, who took part, what was done, what was agreed and the step.
// Kept as a draft while typed (FormDraft), cleared once queued.
ColumnLayout {
    id: form
    property string draftKey
    property int currentStep: 0
    /// The photos chosen for this log (ParticipationController.attachmentNames).
    property var attachmentNames: []
    property bool busy: false
    signal attach()
    signal removeAttachment(int index)
    readonly property bool typed: date.typed || activities.text.length > 0 || attendees.text.length > 0 || next.text.length > 0
        || attachmentNames.length > 0
    signal submit(string visitDate, bool byPhone, string attendees, string activities, string nextActions, int step)
    spacing: Theme.gap
    Layout.fillWidth: true

    function clear() {
        draft.clear()
        date.setValue(""); attendees.text = ""; activities.text = ""; next.text = ""
    }
    function keep() { if (draft.loaded) draft.save({ date: date.value, phone: kind.selected[0] === 2, attendees: attendees.text, activities: activities.text, next: next.text }) }
    FormDraft {
        id: draft
        bridge: EngineBridge
        key: form.draftKey
        onLoadedChanged: if (loaded) {
            date.setValue(values.date || "")
            kind.selected = [values.phone ? 2 : 1]
            attendees.text = values.attendees || ""
            activities.text = values.activities || ""
            next.text = values.next || ""
        }
    }
    DateField { id: date; label: qsTr("Date of the visit"); required: true; onEdited: form.keep() }
    ChoiceChips { id: kind; entries: [{ value: 1, label: qsTr("Visit") }, { value: 2, label: qsTr("Phone follow-up") }]; selected: [1]; onEdited: form.keep() }
    FormField {
        label: qsTr("Who took part")
        hint: qsTr("Roles, not private details: e.g. manager, night-shift leader")
        TextField { id: attendees; implicitHeight: Theme.touch; font.pixelSize: Theme.body; Layout.fillWidth: true; onTextChanged: form.keep() }
    }
    FormField {
        label: qsTr("What was done"); required: true
        TextArea {
            id: activities
            wrapMode: TextEdit.Wrap; font.pixelSize: Theme.body; Layout.fillWidth: true; Layout.minimumHeight: Theme.touch * 2
            background: Rectangle { color: Theme.surface; border.color: Theme.border; radius: 6 }
            onTextChanged: form.keep()
        }
    }
    FormField {
        label: qsTr("Agreed next actions")
        TextField { id: next; implicitHeight: Theme.touch; font.pixelSize: Theme.body; Layout.fillWidth: true; onTextChanged: form.keep() }
    }
    FormField {
        label: qsTr("Photos or documents (optional)")
        Repeater {
            model: form.attachmentNames
            delegate: RowLayout {
                required property string modelData
                required property int index
                Layout.fillWidth: true
                Text { text: "・" + modelData; font.pixelSize: Theme.body; color: Theme.text; elide: Text.ElideMiddle; Layout.fillWidth: true }
                PrimaryButton { secondary: true; text: qsTr("Remove"); onClicked: form.removeAttachment(index) }
            }
        }
        PrimaryButton { secondary: true; text: qsTr("Attach a photo or PDF…"); enabled: !form.busy; onClicked: form.attach() }
    }
    PrimaryButton {
        text: qsTr("Save the visit log")
        onClicked: form.submit(date.value.length > 0 ? date.value : date.typedText(), kind.selected[0] === 2, attendees.text, activities.text, next.text, form.currentStep)
    }
}
