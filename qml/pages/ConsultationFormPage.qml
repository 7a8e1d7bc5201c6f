import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Dialogs
import QtQuick.Layouts
import Yokoten.Core
import Yokoten.Ui

// A new consultation. A facility asks for itself (from the app); centre staff record one on a
// facility's behalf: which facility, and how it came in (phone, visit, exhibition, e-mail).
// Typing is never lost: leaving asks first, and a refusal keeps every word.
Page {
    id: page
    readonly property bool centre: Session.centreStaff
    property string facilityId: centre ? "" : Session.organisationId
    property string facilityName: centre ? "" : Session.organisationName
    readonly property bool unsavedChanges: question.text.trim().length > 0 || contact.text.trim().length > 0
        || (controller.attachmentNames || []).length > 0
    title: qsTr("New consultation")
    background: Rectangle { color: Theme.background }

    ConsultationController {
        id: controller
        bridge: EngineBridge
        sessionManager: Session
        onOpened: id => {
            question.text = ""
            contact.text = ""
            page.ApplicationWindow.window.notify(qsTr("Consultation saved. It is sent to the centre at the next sync."))
            page.ApplicationWindow.window.replaceWithConsultation(id)
        }
    }
    FacilityListModel { id: facilities; bridge: EngineBridge; sessionManager: Session }
    FileDialog {
        id: fileDialog
        title: qsTr("Attach a photo or PDF")
        nameFilters: [qsTr("Photos and PDF (*.jpg *.jpeg *.png *.pdf)")]
        onAccepted: controller.addAttachment(selectedFile)
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
                visible: page.centre
                label: qsTr("Facility")
                required: true
                hint: page.facilityName.length > 0 ? qsTr("Chosen: %1").arg(page.facilityName) : qsTr("Type part of the name, then tap the facility.")
                TextField {
                    id: facilitySearch
                    placeholderText: qsTr("Facility name")
                    implicitHeight: Theme.touch
                    font.pixelSize: Theme.body
                    Layout.fillWidth: true
                    onTextChanged: facilities.search = text
                }
                Repeater {
                    model: facilitySearch.text.length > 0 ? facilities : 0
                    delegate: PrimaryButton {
                        required property string organisationId
                        required property string name
                        required property int index
                        visible: index < 5
                        secondary: page.facilityId !== organisationId
                        text: name
                        Layout.fillWidth: true
                        onClicked: { page.facilityId = organisationId; page.facilityName = name; facilitySearch.text = "" }
                    }
                }
            }
            ChoiceChips {
                visible: page.centre
                id: channel
                label: qsTr("How did it come in?")
                entries: Taxonomy.consultationChannels
                selected: [2]
            }
            ChoiceChips { id: topic; label: qsTr("What is it about? (required)"); entries: Taxonomy.consultationTopics }
            FormField {
                label: qsTr("Question")
                required: true
                hint: qsTr("What you want to know, and what you have tried.")
                TextArea {
                    id: question
                    objectName: "question"
                    wrapMode: TextEdit.Wrap
                    font.pixelSize: Theme.body
                    Layout.fillWidth: true
                    Layout.minimumHeight: Theme.touch * 2.5
                    background: Rectangle { color: Theme.surface; border.color: Theme.border; radius: 6 }
                }
            }
            FormField {
                label: qsTr("How and when to reach you")
                hint: qsTr("For example: phone, weekday afternoons")
                TextField { id: contact; implicitHeight: Theme.touch; font.pixelSize: Theme.body; Layout.fillWidth: true }
            }
            FormField {
                label: qsTr("Photos or documents (optional)")
                Repeater {
                    model: controller.attachmentNames
                    delegate: RowLayout {
                        required property string modelData
                        required property int index
                        Layout.fillWidth: true
                        Text { text: "・" + modelData; font.pixelSize: Theme.body; color: Theme.text; elide: Text.ElideMiddle; Layout.fillWidth: true }
                        PrimaryButton { secondary: true; text: qsTr("Remove"); onClicked: controller.removeAttachment(index) }
                    }
                }
                PrimaryButton { secondary: true; text: qsTr("Attach a photo or PDF…"); enabled: !controller.busy; onClicked: fileDialog.open() }
            }
            Text { visible: controller.errorText.length > 0; text: "⚠ " + controller.errorText; color: Theme.danger; font.pixelSize: Theme.body; wrapMode: Text.Wrap; Layout.fillWidth: true }
            PrimaryButton {
                text: page.centre ? qsTr("Record the consultation") : qsTr("Send to the centre")
                enabled: !controller.busy
                onClicked: controller.open(page.facilityId, topic.selected.length > 0 ? topic.selected[0] : 0,
                    page.centre ? (channel.selected.length > 0 ? channel.selected[0] : 0) : 1, question.text, contact.text)
            }
            Item { implicitHeight: Theme.margin }
        }
    }
}
