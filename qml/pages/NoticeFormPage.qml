import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Dialogs
import QtQuick.Layouts
import Yokoten.Core
import Yokoten.Ui

// Centre staff or a prefecture officer write a notice to organisations of their prefecture:
// who it is for (the whole prefecture or one municipality, narrowed to service types and
// roles), an optional deadline and one PDF or photo. Typing is kept as a draft, so a page
// switch loses nothing.
Page {
    id: page
    readonly property bool unsavedChanges: titleField.text.length > 0 || body.text.length > 0 || deadline.typed
        || (controller.attachmentNames || []).length > 0
    title: qsTr("Write a notice")
    background: Rectangle { color: Theme.background }

    NoticeController {
        id: controller
        bridge: EngineBridge
        sessionManager: Session
        Component.onCompleted: loadMunicipalities()
        onPublished: {
            draft.clear()
            titleField.text = ""; body.text = ""; deadline.setValue("")
            page.ApplicationWindow.window.notify(qsTr("Notice saved. It reaches its audience after the next sync."))
            if (page.StackView.view)
                page.StackView.view.pop()
        }
    }
    FormDraft {
        id: draft
        bridge: EngineBridge
        key: "notice:new"
        onLoadedChanged: if (loaded && values.title !== undefined) {
            titleField.text = values.title || ""
            body.text = values.body || ""
            deadline.setValue(values.deadline || "")
            municipality.selected = [values.municipalityId || ""]
            serviceTypes.selected = values.serviceTypes || []
            roles.selected = values.roles || []
        }
    }
    FileDialog {
        id: fileDialog
        title: qsTr("Attach a photo or PDF")
        nameFilters: [qsTr("Photos and PDF (*.jpg *.jpeg *.png *.pdf)")]
        onAccepted: controller.addAttachment(selectedFile)
    }
    function fields() {
        return { title: titleField.text, body: body.text, deadline: deadline.value,
            municipalityId: municipality.selected.length > 0 ? municipality.selected[0] : "",
            serviceTypes: serviceTypes.selected, roles: roles.selected }
    }
    function keep() {
        if (draft.loaded)
            draft.save(fields())
    }
    readonly property var municipalityEntries: {
        const list = [{ id: "", text: qsTr("The whole prefecture") }]
        for (const m of controller.municipalities)
            list.push({ id: m.id, text: m.name })
        return list
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            x: Theme.margin
            width: Math.min(parent.width - 2 * Theme.margin, 900)
            spacing: Theme.gap
            Item { implicitHeight: 4 }
            FormField {
                label: qsTr("Title"); required: true
                TextField { id: titleField; onTextChanged: page.keep(); implicitHeight: Theme.touch; font.pixelSize: Theme.body; Layout.fillWidth: true }
            }
            FormField {
                label: qsTr("Text")
                TextArea {
                    id: body
                    onTextChanged: page.keep()
                    wrapMode: TextEdit.Wrap; font.pixelSize: Theme.body; Layout.fillWidth: true; Layout.minimumHeight: Theme.touch * 3
                    background: Rectangle { color: Theme.surface; border.color: Theme.border; radius: 6 }
                }
            }
            DateField { id: deadline; onEdited: page.keep(); label: qsTr("Deadline (optional)") }
            ChoiceChips { id: municipality; label: qsTr("Where"); entries: page.municipalityEntries; selected: [""]; onEdited: page.keep() }
            ChoiceChips {
                id: serviceTypes
                label: qsTr("Only facilities of these service types (none chosen: every organisation)")
                multiple: true
                entries: Taxonomy.serviceTypes
                onEdited: page.keep()
            }
            ChoiceChips {
                id: roles
                label: qsTr("Only people in these roles (none chosen: everyone)")
                multiple: true
                entries: [{ value: 2, label: qsTr("Facility managers") }, { value: 1, label: qsTr("Facility staff") },
                    { value: 3, label: qsTr("Municipal officers") }]
                onEdited: page.keep()
            }
            FormField {
                label: qsTr("Attachment (one PDF or photo, optional)")
                Repeater {
                    model: controller.attachmentNames
                    delegate: RowLayout {
                        required property string modelData
                        Layout.fillWidth: true
                        Text { text: modelData; font.pixelSize: Theme.body; color: Theme.text; elide: Text.ElideMiddle; Layout.fillWidth: true }
                        PrimaryButton { secondary: true; text: qsTr("Remove"); onClicked: controller.removeAttachment() }
                    }
                }
                PrimaryButton { secondary: true; text: qsTr("Attach a photo or PDF…"); enabled: !controller.busy; onClicked: fileDialog.open() }
            }
            Text { visible: controller.errorText.length > 0; text: "⚠ " + controller.errorText; color: Theme.danger; font.pixelSize: Theme.body; wrapMode: Text.Wrap; Layout.fillWidth: true }
            PrimaryButton {
                text: qsTr("Send the notice")
                enabled: !controller.busy
                onClicked: controller.publish(page.fields())
            }
            Item { implicitHeight: Theme.margin }
        }
    }
}
