import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Templates as T
import QtQuick.Layouts
import Yokoten.Core
import Yokoten.Ui

// What to do with one visitor entry. A loan wish becomes a loan request in one more tap and a
// confirmation: the facility is preselected when exactly one facility of the prefecture
// matches what the visitor typed; otherwise the person picks it from a short search.
Popup {
    id: dialog
    property alias entryId: controller.entryId
    property string facilityId
    property string facilityName
    readonly property var e: controller.entry
    parent: T.Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.margin : 640, 680)
    height: Math.min(parent ? parent.height - 2 * Theme.margin : 700, column.implicitHeight + 2 * Theme.margin)
    modal: true
    padding: Theme.margin
    background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.border }
    // "Make a consultation" first asks what it is about (the visitor's words become the question).
    property bool choosingTopic: false
    // Reads the entry again, so reopening the same one preselects its facility again.
    onAboutToShow: { facilityId = ""; facilityName = ""; search.text = ""; choosingTopic = false; topic.selected = [8]; controller.reload() }

    InboxController {
        id: controller
        bridge: EngineBridge
        sessionManager: Session
        onEntryChanged: if (dialog.facilityId.length === 0 && preselectedId.length > 0) { dialog.facilityId = preselectedId; dialog.facilityName = preselectedName }
        onHandled: what => {
            dialog.close()
            dialog.ApplicationWindow.window.notify(what === "loan" ? qsTr("Loan request made. It is sent at the next sync.")
                : what === "consultation" ? qsTr("Consultation made. It is sent at the next sync.")
                : qsTr("Marked handled."))
        }
    }
    FacilityListModel { id: facilities; bridge: EngineBridge; sessionManager: Session }

    contentItem: ScrollView {
        contentWidth: availableWidth
        ColumnLayout {
            id: column
            width: parent.width
            spacing: Theme.gap
            Text { text: dialog.e.kindText || ""; font.pixelSize: Theme.large; font.bold: true; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true }
            Text {
                text: [dialog.e.visitorName || "", dialog.e.visitorOrganisation || ""].filter(t => t.length > 0).join(" · ")
                font.pixelSize: Theme.body; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true
            }
            Text {
                visible: (dialog.e.modelName || "").length > 0
                text: (dialog.e.modelName || "") + " · " + (dialog.e.datesText || "")
                font.pixelSize: Theme.body; color: Theme.primary; wrapMode: Text.Wrap; Layout.fillWidth: true
            }
            Text { visible: dialog.e.handled === true; text: dialog.e.outcomeText || ""; font.pixelSize: Theme.body; color: Theme.ok; wrapMode: Text.Wrap; Layout.fillWidth: true }
            FormField {
                visible: dialog.e.handled !== true
                label: qsTr("Facility")
                hint: dialog.facilityName.length > 0 ? ""
                    : controller.matches.length > 1 ? qsTr("Several facilities match the name typed: pick one.") : qsTr("No facility matches the name typed: search for it.")
                Text {
                    visible: dialog.facilityName.length > 0
                    text: "✓ " + dialog.facilityName + (controller.preselectedId === dialog.facilityId ? "\n" + qsTr("(matched by the name the visitor typed)") : "")
                    font.pixelSize: Theme.body; font.bold: true; color: Theme.primary; wrapMode: Text.Wrap; Layout.fillWidth: true
                }
                Repeater {
                    model: controller.matches.length > 1 ? controller.matches : []
                    delegate: PrimaryButton {
                        required property var modelData
                        secondary: dialog.facilityId !== modelData.id
                        text: modelData.name
                        Layout.fillWidth: true
                        onClicked: { dialog.facilityId = modelData.id; dialog.facilityName = modelData.name }
                    }
                }
                TextField {
                    id: search
                    placeholderText: dialog.facilityName.length > 0 ? qsTr("Another facility? Type its name") : qsTr("Facility name")
                    implicitHeight: Theme.touch
                    font.pixelSize: Theme.body
                    Layout.fillWidth: true
                    onTextChanged: facilities.search = text
                }
                Repeater {
                    model: search.text.length > 0 ? facilities : 0
                    delegate: PrimaryButton {
                        required property string organisationId
                        required property string name
                        required property int index
                        visible: index < 4
                        secondary: dialog.facilityId !== organisationId
                        text: name
                        Layout.fillWidth: true
                        onClicked: { dialog.facilityId = organisationId; dialog.facilityName = name; search.text = "" }
                    }
                }
            }
            ChoiceChips {
                id: topic
                visible: dialog.choosingTopic && dialog.e.handled !== true
                label: qsTr("What is the consultation about?")
                entries: Taxonomy.consultationTopics
                selected: [8]
            }
            PrimaryButton {
                visible: dialog.choosingTopic && dialog.e.handled !== true
                text: qsTr("Make a consultation on this topic")
                enabled: dialog.facilityId.length > 0 && topic.selected.length > 0 && !controller.busy
                onClicked: confirm.ask(qsTr("Make a consultation?"),
                    qsTr("A consultation of %1 is recorded as received at the exhibition.").arg(dialog.facilityName),
                    qsTr("Make the consultation"), () => controller.makeConsultation(dialog.facilityId, topic.selected[0]))
            }
            Text { visible: controller.errorText.length > 0; text: "⚠ " + controller.errorText; color: Theme.danger; font.pixelSize: Theme.body; wrapMode: Text.Wrap; Layout.fillWidth: true }
            Flow {
                visible: dialog.e.handled !== true
                Layout.fillWidth: true
                spacing: Theme.gap
                PrimaryButton {
                    visible: dialog.e.kind === 2
                    objectName: "makeLoan"
                    text: qsTr("Make a loan request")
                    enabled: dialog.facilityId.length > 0 && !controller.busy
                    onClicked: confirm.ask(qsTr("Make a loan request?"),
                        qsTr("%1 asks to borrow %2, %3. The request goes to the loans list as the facility's.").arg(dialog.facilityName).arg(dialog.e.modelName || "").arg(dialog.e.datesText || ""),
                        qsTr("Make the request"), () => controller.makeLoan(dialog.facilityId, ""))
                }
                PrimaryButton {
                    visible: !dialog.choosingTopic
                    secondary: dialog.e.kind === 2
                    text: qsTr("Make a consultation")
                    enabled: dialog.facilityId.length > 0 && !controller.busy
                    onClicked: dialog.choosingTopic = true
                }
                PrimaryButton { secondary: true; text: qsTr("Mark handled"); enabled: !controller.busy; onClicked: controller.markHandled(dialog.facilityId) }
                PrimaryButton { secondary: true; text: qsTr("Go back"); onClicked: dialog.close() }
            }
            PrimaryButton { visible: dialog.e.handled === true; text: qsTr("Close"); onClicked: dialog.close() }
        }
    }
    ConfirmDialog { id: confirm }
}
