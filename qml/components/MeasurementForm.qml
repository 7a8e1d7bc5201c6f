import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Yokoten.Core
import Yokoten.Ui

// One figure before or after: what was measured, the value, when (YYYY-MM or YYYY-MM-DD) and
// where it comes from. Date and source are required: prefectures do not trust a figure
// without them, and the form says so before anything is saved.
ColumnLayout {
    id: form
    property bool showPhase: true
    // Where what is typed is kept until it is saved (FormDraft); empty keeps nothing.
    property string draftKey
    readonly property bool typed: value.text.length > 0 || measuredOn.text.length > 0 || source.text.length > 0 || label.text.length > 0
    readonly property int item: itemChoice.value
    signal submit(int item, string label, int phase, string value, string measuredOn, string source)
    spacing: Theme.gap
    Layout.fillWidth: true

    function clear() {
        draft.clear()
        value.text = ""; measuredOn.text = ""; source.text = ""; label.text = ""
    }
    function keep() {
        if (draft.loaded)
            draft.save({ item: form.item, phase: phase.selected.length > 0 ? phase.selected[0] : 1, label: label.text,
                value: value.text, measuredOn: measuredOn.text, source: source.text })
    }
    FormDraft {
        id: draft
        bridge: form.draftKey.length > 0 ? EngineBridge : null
        key: form.draftKey
        onLoadedChanged: if (loaded && values.item !== undefined) {
            itemChoice.value = values.item
            phase.selected = [values.phase || 1]
            label.text = values.label || ""
            value.text = values.value || ""
            measuredOn.text = values.measuredOn || ""
            source.text = values.source || ""
        }
    }
    // The row as the check-in form sends it.
    function row() { return { item: form.item, label: label.text, value: value.text, measuredOn: measuredOn.text, source: source.text } }

    // A drop-down: eight long names as chips would fill a phone's screen at a large text size.
    ChoiceField { id: itemChoice; label: qsTr("What was measured"); entries: Taxonomy.measureItems; value: 1; Layout.fillWidth: true; onPicked: v => { itemChoice.value = v; form.keep() } }
    FormField {
        visible: form.item === 8
        label: qsTr("Name of the figure"); required: true
        TextField { id: label; implicitHeight: Theme.touch; font.pixelSize: Theme.body; Layout.fillWidth: true; onTextChanged: form.keep() }
    }
    ChoiceChips { id: phase; visible: form.showPhase; entries: [{ value: 1, label: qsTr("Before") }, { value: 2, label: qsTr("After") }]; selected: [1]; onEdited: form.keep() }
    GridLayout {
        Layout.fillWidth: true
        columns: form.width > 700 ? 3 : 1
        columnSpacing: Theme.gap
        FormField {
            Layout.alignment: Qt.AlignTop
            label: qsTr("Value"); required: true
            TextField { id: value; onTextChanged: form.keep(); inputMethodHints: Qt.ImhFormattedNumbersOnly; implicitHeight: Theme.touch; font.pixelSize: Theme.body; Layout.fillWidth: true }
        }
        FormField {
            Layout.alignment: Qt.AlignTop
            label: qsTr("Measured on"); required: true
            hint: qsTr("YYYY-MM or YYYY-MM-DD")
            TextField { id: measuredOn; onTextChanged: form.keep(); placeholderText: "2026-11"; implicitHeight: Theme.touch; font.pixelSize: Theme.body; Layout.fillWidth: true }
        }
        FormField {
            Layout.alignment: Qt.AlignTop
            label: qsTr("Source"); required: true
            hint: qsTr("e.g. attendance system, staff survey (n=32)")
            TextField { id: source; onTextChanged: form.keep(); implicitHeight: Theme.touch; font.pixelSize: Theme.body; Layout.fillWidth: true }
        }
    }
    PrimaryButton {
        visible: form.showPhase
        text: qsTr("Save the figure")
        onClicked: form.submit(form.item, label.text, phase.selected.length > 0 ? phase.selected[0] : 0, value.text, measuredOn.text, source.text)
    }
}
