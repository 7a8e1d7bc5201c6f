import QtQuick
import QtQuick.Layouts
import Yokoten.Ui

// One field of a form: its label above, the control, then a hint or the error about this
// field right under it (never at the bottom of the page, far from what it concerns).
// An Item around a column, as SectionCard: the column sizes itself from what it holds.
Item {
    id: field
    property string label
    property string hint
    property string error
    property bool required: false
    default property alias content: holder.data
    implicitWidth: column.implicitWidth
    implicitHeight: column.implicitHeight
    Layout.fillWidth: true
    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 4
        Text {
            visible: field.label.length > 0
            text: field.required ? qsTr("%1 (required)").arg(field.label) : field.label
            font.pixelSize: Theme.body
            font.bold: true
            color: field.error.length > 0 ? Theme.danger : Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        ColumnLayout {
            id: holder
            spacing: 4
            Layout.fillWidth: true
        }
        Text {
            objectName: "fieldError"
            visible: field.error.length > 0
            text: "⚠ " + field.error
            font.pixelSize: Theme.body
            color: Theme.danger
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Text {
            visible: field.error.length === 0 && field.hint.length > 0
            text: field.hint
            font.pixelSize: Theme.small
            color: Theme.textMuted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
