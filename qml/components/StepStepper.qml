import QtQuick
import QtQuick.Layouts
import Yokoten.Ui

// The national guide's six improvement steps in order, the ones done ticked and the current
// one marked; wraps onto more lines on a narrow screen or at a large text size.
Flow {
    id: stepper
    property var steps: [] // { step, text, done, current }
    spacing: 6
    Layout.fillWidth: true
    Repeater {
        model: stepper.steps
        delegate: Rectangle {
            required property var modelData
            required property int index
            radius: Theme.radius
            implicitWidth: label.implicitWidth + 24
            implicitHeight: Math.max(Theme.touch * 0.8, label.implicitHeight + 12)
            color: modelData.current ? Theme.primary : modelData.done ? "#e3f1e4" : Theme.surface
            border.color: modelData.current ? Theme.primary : Theme.border
            Text {
                id: label
                anchors.centerIn: parent
                text: (modelData.done ? "✓ " : (index + 1) + ". ") + modelData.text
                font.pixelSize: Theme.body
                font.bold: modelData.current
                color: modelData.current ? "white" : Theme.text
            }
        }
    }
}
