import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Yokoten.Ui

// A labelled text box sized for a finger on a kiosk screen.
ColumnLayout {
    property alias label: caption.text
    property alias text: input.text
    property alias hints: input.inputMethodHints
    spacing: 4
    function focusInput() { input.forceActiveFocus() }
    Layout.fillWidth: true
    Text { id: caption; font.pixelSize: Theme.body; color: Theme.text; font.bold: true }
    TextField {
        id: input
        Layout.fillWidth: true
        implicitHeight: Theme.touch
        font.pixelSize: Theme.large
        maximumLength: 200
    }
}
