import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Yokoten.Ui

// A labelled drop-down over a list of {value, label} entries (Taxonomy's lists).
ColumnLayout {
    id: field
    property string label
    property var entries: []
    property int value: 0
    signal picked(int value)
    spacing: 4
    Text {
        text: field.label
        font.pixelSize: Theme.small
        color: Theme.textMuted
    }
    ComboBox {
        id: box
        Layout.fillWidth: true
        implicitHeight: Theme.touch
        font.pixelSize: Theme.body
        model: field.entries
        textRole: "label"
        valueRole: "value"
        currentIndex: Math.max(0, indexOfValue(field.value))
        onActivated: field.picked(currentValue)
    }
}
