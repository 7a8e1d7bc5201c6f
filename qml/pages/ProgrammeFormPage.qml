import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Yokoten.Core
import Yokoten.Ui

// Centre staff or a prefecture officer publish a programme: kind, title, fiscal year, the
// application window, when the support runs, places and who may apply. Every device of the
// prefecture receives it at the next sync, so facilities can apply offline.
Page {
    id: page
    readonly property bool unsavedChanges: titleField.text.length > 0 || description.text.length > 0
        || applyFrom.typed || applyUntil.typed || places.text.length > 0 || eligibility.text.length > 0
    title: qsTr("Publish a programme")
    background: Rectangle { color: Theme.background }

    ProgrammeController {
        id: controller
        bridge: EngineBridge
        sessionManager: Session
        onPublished: {
            draft.clear()
            titleField.text = ""; description.text = ""; places.text = ""; eligibility.text = ""
            applyFrom.setValue(""); applyUntil.setValue(""); supportFrom.setValue(""); supportUntil.setValue("")
            page.ApplicationWindow.window.notify(qsTr("Programme saved. Facilities of the prefecture see it after the next sync."))
            if (page.StackView.view)
                page.StackView.view.pop()
        }
    }
    FormDraft {
        id: draft
        bridge: EngineBridge
        key: "programme:new"
        onLoadedChanged: if (loaded && values.title !== undefined) {
            kind.selected = [values.kind || 1]
            titleField.text = values.title || ""
            description.text = values.description || ""
            if (values.fiscalYear) fiscalYear.text = values.fiscalYear
            applyFrom.setValue(values.applyFrom || ""); applyUntil.setValue(values.applyUntil || "")
            supportFrom.setValue(values.supportFrom || ""); supportUntil.setValue(values.supportUntil || "")
            places.text = values.places || ""
            eligibility.text = values.eligibility || ""
        }
    }
    function fields() {
        return { kind: kind.selected.length > 0 ? kind.selected[0] : 0, title: titleField.text, description: description.text,
            fiscalYear: parseInt(fiscalYear.text) || 0, applyFrom: applyFrom.value, applyUntil: applyUntil.value,
            supportFrom: supportFrom.value, supportUntil: supportUntil.value, places: parseInt(places.text) || 0,
            eligibility: eligibility.text, minVisits: 3 }
    }
    // Kept as typed; the numbers as typed too, so a half-typed one comes back as it was.
    function keep() {
        if (!draft.loaded)
            return
        const f = fields()
        f.fiscalYear = fiscalYear.text
        f.places = places.text
        draft.save(f)
    }
    // April–March: January to March still belong to the year before.
    readonly property int currentFiscalYear: new Date().getMonth() >= 3 ? new Date().getFullYear() : new Date().getFullYear() - 1

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            x: Theme.margin
            width: Math.min(parent.width - 2 * Theme.margin, 900)
            spacing: Theme.gap
            Item { implicitHeight: 4 }
            ChoiceChips { id: kind; label: qsTr("Kind of programme (required)"); entries: Taxonomy.programmeKinds; selected: [1]; onEdited: page.keep() }
            FormField {
                label: qsTr("Title"); required: true
                TextField { id: titleField; onTextChanged: page.keep(); implicitHeight: Theme.touch; font.pixelSize: Theme.body; Layout.fillWidth: true }
            }
            FormField {
                label: qsTr("What the support is")
                TextArea {
                    id: description
                    onTextChanged: page.keep()
                    wrapMode: TextEdit.Wrap; font.pixelSize: Theme.body; Layout.fillWidth: true; Layout.minimumHeight: Theme.touch * 2
                    background: Rectangle { color: Theme.surface; border.color: Theme.border; radius: 6 }
                }
            }
            FormField {
                label: qsTr("Fiscal year"); required: true
                TextField { id: fiscalYear; onTextChanged: page.keep(); text: String(page.currentFiscalYear); inputMethodHints: Qt.ImhDigitsOnly; implicitHeight: Theme.touch; font.pixelSize: Theme.body; Layout.preferredWidth: 200 }
            }
            DateField { id: applyFrom; onEdited: page.keep(); label: qsTr("Applications from"); required: true }
            DateField { id: applyUntil; onEdited: page.keep(); label: qsTr("Applications until"); required: true; minimum: applyFrom.value }
            DateField { id: supportFrom; onEdited: page.keep(); label: qsTr("Support from") }
            DateField { id: supportUntil; onEdited: page.keep(); label: qsTr("Support until"); minimum: supportFrom.value }
            FormField {
                label: qsTr("Places (facilities chosen at most)"); required: true
                TextField { id: places; onTextChanged: page.keep(); inputMethodHints: Qt.ImhDigitsOnly; implicitHeight: Theme.touch; font.pixelSize: Theme.body; Layout.preferredWidth: 200 }
            }
            FormField {
                label: qsTr("Who may apply")
                TextField { id: eligibility; onTextChanged: page.keep(); implicitHeight: Theme.touch; font.pixelSize: Theme.body; Layout.fillWidth: true }
            }
            Text { visible: controller.errorText.length > 0; text: "⚠ " + controller.errorText; color: Theme.danger; font.pixelSize: Theme.body; wrapMode: Text.Wrap; Layout.fillWidth: true }
            PrimaryButton {
                text: qsTr("Publish")
                enabled: !controller.busy
                onClicked: controller.publish(page.fields())
            }
            Item { implicitHeight: Theme.margin }
        }
    }
}
