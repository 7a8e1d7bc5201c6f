import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Yokoten.Ui

// Large toggle chips for a short list of options ({value, label} or {id, text}): one
// choice (`multiple: false`) or any number. `selected` holds the chosen values.
ColumnLayout {
    id: chips
    property string label
    property var entries: []
    property bool multiple: false
    property var selected: []
    signal edited()
    spacing: 6
    Layout.fillWidth: true

    function keyOf(entry) { return entry.value !== undefined ? entry.value : entry.id }
    function toggle(key) {
        const list = chips.selected.slice()
        const at = list.indexOf(key)
        if (at >= 0)
            list.splice(at, 1)
        else if (chips.multiple)
            list.push(key)
        else
            list.splice(0, list.length, key)
        chips.selected = list
        chips.edited()
    }

    Text {
        visible: chips.label.length > 0
        text: chips.label
        font.pixelSize: Theme.body
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Flow {
        Layout.fillWidth: true
        spacing: 8
        Repeater {
            // "All" (value 0) of the taxonomy lists is no answer.
            model: chips.entries.filter(e => chips.keyOf(e) !== 0)
            delegate: Button {
                id: chip
                required property var modelData
                readonly property var key: chips.keyOf(modelData)
                readonly property bool on: chips.selected.indexOf(key) >= 0
                implicitHeight: Theme.touch
                implicitWidth: Math.max(Theme.touch * 1.2, implicitContentWidth + leftPadding + rightPadding)
                leftPadding: 18
                rightPadding: 18
                font.pixelSize: Theme.body
                Accessible.checkable: true
                Accessible.checked: on
                contentItem: Text {
                    text: (chip.on ? "✓ " : "") + (chip.modelData.label !== undefined ? chip.modelData.label : chip.modelData.text)
                    font: chip.font
                    color: chip.on ? Theme.primaryText : Theme.text
                    verticalAlignment: Text.AlignVCenter
                }
                background: Rectangle {
                    radius: height / 2
                    color: chip.on ? Theme.primary : Theme.surface
                    border.color: chip.on ? Theme.primary : Theme.border
                    border.width: 2
                }
                onClicked: chips.toggle(key)
            }
        }
    }
}
