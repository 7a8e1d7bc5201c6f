import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Yokoten.Core
import Yokoten.Ui

// Centre staff or a prefecture officer write a support menu entry: what it is, who may apply,
// caps and rates by staff count, the window, and requirements, each linked to the seminar or
// programme that meets it (or a consultation with the centre). Typing is kept as a draft
// (FormDraft) until it is saved, also across a page switch.
Page {
    id: page
    property string entryId // empty: a new entry
    property var tiers: [{}, {}, {}]
    property var requirements: [{}, {}, {}]
    readonly property bool unsavedChanges: page.entryId.length === 0 && (name.text.length > 0 || summary.text.length > 0)
    title: entryId.length > 0 ? qsTr("Edit the entry") : qsTr("New support menu entry")
    background: Rectangle { color: Theme.background }

    MenuEntryController {
        id: controller
        bridge: EngineBridge
        sessionManager: Session
        entryId: page.entryId
        onSaved: {
            draft.clear()
            page.ApplicationWindow.window.notify(qsTr("Saved. Every organisation of the prefecture sees it after the next sync."))
            if (page.StackView.view)
                page.StackView.view.pop()
        }
        onFormValuesChanged: if (draft.loaded && draft.values.name === undefined) page.fill(formValues)
    }
    FormDraft {
        id: draft
        bridge: EngineBridge
        key: "menu:" + (page.entryId.length > 0 ? page.entryId : "new")
        onLoadedChanged: if (loaded) page.fill(values.name !== undefined ? values : controller.formValues)
    }
    function rows(list, n) {
        const out = (list || []).slice(0, n)
        while (out.length < n)
            out.push({})
        return out
    }
    function fill(v) {
        if (!v || v.name === undefined)
            return
        kind.selected = [v.kind || 1]
        name.text = v.name || ""; provider.text = v.provider || ""; summary.text = v.summary || ""
        note.text = v.eligibilityNote || ""; types.selected = v.serviceTypes || []
        minStaff.text = v.minStaff || ""; maxStaff.text = v.maxStaff || ""
        applyFrom.setValue(v.applyFrom || ""); applyUntil.setValue(v.applyUntil || "")
        source.text = v.source || ""; asOf.setValue(v.asOf || ""); url.text = v.url || ""
        page.tiers = rows(v.tiers, 3)
        page.requirements = rows(v.requirements, 3)
    }
    function fields() {
        return { kind: kind.selected.length > 0 ? kind.selected[0] : 1, name: name.text, provider: provider.text,
            summary: summary.text, eligibilityNote: note.text, serviceTypes: types.selected, minStaff: minStaff.text,
            maxStaff: maxStaff.text, applyFrom: applyFrom.value, applyUntil: applyUntil.value, source: source.text,
            asOf: asOf.value, url: url.text, tiers: page.tiers, requirements: page.requirements }
    }
    function keep() { if (draft.loaded) draft.save(fields()) }
    function setRow(listName, i, key, value) {
        const list = page[listName].slice()
        const row = Object.assign({}, list[i])
        row[key] = value
        list[i] = row
        page[listName] = list
        keep()
    }
    readonly property var kinds: [{ value: 1, label: qsTr("Subsidy") }, { value: 2, label: qsTr("Programme") }, { value: 3, label: qsTr("Other support") }]

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            x: Theme.margin
            width: Math.min(parent.width - 2 * Theme.margin, 900)
            spacing: Theme.gap
            Item { implicitHeight: 4 }
            ChoiceChips { id: kind; label: qsTr("Kind (required)"); entries: page.kinds; selected: [1]; onEdited: page.keep() }
            FormField {
                label: qsTr("Name"); required: true
                TextField { id: name; onTextChanged: page.keep(); implicitHeight: Theme.touch; font.pixelSize: Theme.body; Layout.fillWidth: true }
            }
            FormField {
                label: qsTr("Provider (e.g. the prefecture, the state)")
                TextField { id: provider; onTextChanged: page.keep(); implicitHeight: Theme.touch; font.pixelSize: Theme.body; Layout.fillWidth: true }
            }
            FormField {
                label: qsTr("What it supports")
                TextArea {
                    id: summary
                    onTextChanged: page.keep()
                    wrapMode: TextEdit.Wrap; font.pixelSize: Theme.body; Layout.fillWidth: true; Layout.minimumHeight: Theme.touch * 2
                    background: Rectangle { color: Theme.surface; border.color: Theme.border; radius: 6 }
                }
            }
            ChoiceChips { id: types; label: qsTr("Service types (none chosen: every type)"); multiple: true; entries: Taxonomy.serviceTypes.slice(1); onEdited: page.keep() }
            RowLayout {
                Layout.fillWidth: true
                FormField { label: qsTr("Staff from"); TextField { id: minStaff; onTextChanged: page.keep(); inputMethodHints: Qt.ImhDigitsOnly; implicitHeight: Theme.touch; font.pixelSize: Theme.body; Layout.fillWidth: true } }
                FormField { label: qsTr("Staff up to"); TextField { id: maxStaff; onTextChanged: page.keep(); inputMethodHints: Qt.ImhDigitsOnly; implicitHeight: Theme.touch; font.pixelSize: Theme.body; Layout.fillWidth: true } }
            }
            FormField {
                label: qsTr("Who may apply, in words")
                TextField { id: note; onTextChanged: page.keep(); implicitHeight: Theme.touch; font.pixelSize: Theme.body; Layout.fillWidth: true }
            }
            Text { text: qsTr("Caps and rates (by staff count; mark invented figures as demo values)"); font.pixelSize: Theme.large; font.bold: true; color: Theme.primary; wrapMode: Text.Wrap; Layout.fillWidth: true }
            Repeater {
                model: page.tiers
                delegate: GridLayout {
                    id: tier
                    required property var modelData
                    required property int index
                    Layout.fillWidth: true
                    columns: page.width > 700 ? 6 : 2
                    TextField { placeholderText: qsTr("What the row is for"); text: tier.modelData.label || ""; onEditingFinished: page.setRow("tiers", tier.index, "label", text); implicitHeight: Theme.touch; Layout.fillWidth: true; Layout.columnSpan: 2 }
                    TextField { placeholderText: qsTr("Staff min"); text: tier.modelData.minStaff || ""; inputMethodHints: Qt.ImhDigitsOnly; onEditingFinished: page.setRow("tiers", tier.index, "minStaff", text); implicitHeight: Theme.touch; Layout.preferredWidth: 120 }
                    TextField { placeholderText: qsTr("Staff max"); text: tier.modelData.maxStaff || ""; inputMethodHints: Qt.ImhDigitsOnly; onEditingFinished: page.setRow("tiers", tier.index, "maxStaff", text); implicitHeight: Theme.touch; Layout.preferredWidth: 120 }
                    TextField { placeholderText: qsTr("Cap (yen)"); text: tier.modelData.capYen || ""; inputMethodHints: Qt.ImhDigitsOnly; onEditingFinished: page.setRow("tiers", tier.index, "capYen", text); implicitHeight: Theme.touch; Layout.preferredWidth: 160 }
                    TextField { placeholderText: qsTr("Rate (3/4)"); text: tier.modelData.rate || ""; onEditingFinished: page.setRow("tiers", tier.index, "rate", text); implicitHeight: Theme.touch; Layout.preferredWidth: 140 }
                    CheckBox { text: qsTr("Demo value"); checked: !!tier.modelData.demo; onToggled: page.setRow("tiers", tier.index, "demo", checked) }
                }
            }
            DateField { id: applyFrom; onEdited: page.keep(); label: qsTr("Applications from") }
            DateField { id: applyUntil; onEdited: page.keep(); label: qsTr("Deadline"); minimum: applyFrom.value }
            Text { text: qsTr("Requirements and what meets them"); font.pixelSize: Theme.large; font.bold: true; color: Theme.primary; wrapMode: Text.Wrap; Layout.fillWidth: true }
            Repeater {
                model: page.requirements
                delegate: ColumnLayout {
                    id: requirement
                    required property var modelData
                    required property int index
                    Layout.fillWidth: true
                    TextField { placeholderText: qsTr("The requirement, e.g. attended the centre's seminar"); text: requirement.modelData.text || ""; onEditingFinished: page.setRow("requirements", requirement.index, "text", text); implicitHeight: Theme.touch; font.pixelSize: Theme.body; Layout.fillWidth: true }
                    RowLayout {
                        Layout.fillWidth: true
                        Repeater {
                            model: [{ key: "seminarId", label: qsTr("Met by the seminar"), choices: controller.seminarChoices },
                                { key: "programmeId", label: qsTr("Met by the programme"), choices: controller.programmeChoices }]
                            delegate: ColumnLayout {
                                id: link
                                required property var modelData
                                Layout.fillWidth: true
                                Text { text: link.modelData.label; font.pixelSize: Theme.small; color: Theme.textMuted }
                                ComboBox {
                                    Layout.fillWidth: true
                                    implicitHeight: Theme.touch
                                    font.pixelSize: Theme.body
                                    model: link.modelData.choices
                                    textRole: "label"
                                    valueRole: "value"
                                    currentIndex: Math.max(0, indexOfValue(requirement.modelData[link.modelData.key] || ""))
                                    onActivated: page.setRow("requirements", requirement.index, link.modelData.key, currentValue)
                                }
                            }
                        }
                    }
                    CheckBox { text: qsTr("A consultation with the centre meets it"); checked: !!requirement.modelData.consultation; onToggled: page.setRow("requirements", requirement.index, "consultation", checked) }
                }
            }
            FormField {
                label: qsTr("Source of the information")
                TextField { id: source; onTextChanged: page.keep(); implicitHeight: Theme.touch; font.pixelSize: Theme.body; Layout.fillWidth: true }
            }
            DateField { id: asOf; onEdited: page.keep(); label: qsTr("Checked on") }
            FormField {
                label: qsTr("Official page (URL)")
                TextField { id: url; onTextChanged: page.keep(); implicitHeight: Theme.touch; font.pixelSize: Theme.body; Layout.fillWidth: true }
            }
            Text { visible: controller.errorText.length > 0; text: "⚠ " + controller.errorText; color: Theme.danger; font.pixelSize: Theme.body; wrapMode: Text.Wrap; Layout.fillWidth: true }
            PrimaryButton { text: qsTr("Save"); onClicked: controller.save(page.fields()) }
            Item { implicitHeight: Theme.margin }
        }
    }
}
