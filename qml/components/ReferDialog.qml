import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Yokoten.Ui

// Refer a consultation onward (つなぎ): one of the centre's partner bodies, or another
// written in, and a note for the record.
Dialog {
    id: dialog
    property var partners: []
    signal referred(string partner, string note)
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 40 : 640, 640)
    modal: true
    title: qsTr("Refer to a partner")
    readonly property string chosen: other.text.trim().length > 0 ? other.text.trim() : (chips.selected.length > 0 ? chips.selected[0] : "")
    onAboutToShow: { chips.selected = []; other.text = ""; note.text = "" }
    footer: Flow {
        spacing: Theme.gap
        padding: Theme.margin
        PrimaryButton { secondary: true; text: qsTr("Go back"); onClicked: dialog.reject() }
        PrimaryButton { text: qsTr("Refer"); enabled: dialog.chosen.length > 0; onClicked: { dialog.referred(dialog.chosen, note.text); dialog.close() } }
    }
    ColumnLayout {
        width: dialog.availableWidth
        spacing: Theme.gap
        ChoiceChips { id: chips; label: qsTr("Partner"); entries: dialog.partners.map(p => ({ id: p, text: p })) }
        TextField { id: other; placeholderText: qsTr("Another partner (write it in)"); implicitHeight: Theme.touch; font.pixelSize: Theme.body; Layout.fillWidth: true }
        TextField { id: note; placeholderText: qsTr("Note for the record"); implicitHeight: Theme.touch; font.pixelSize: Theme.body; Layout.fillWidth: true }
    }
}
