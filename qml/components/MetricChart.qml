import QtQuick
import QtQuick.Layouts
import Yokoten.Ui

// A measured effect as two bars, before → after, with the change in words. Green when the
// change went the right way (lower is better for overtime, higher for satisfaction).
ColumnLayout {
    id: chart
    property string label
    property string unit
    property real before: 0
    property real after: 0
    property string beforeDate
    property string afterDate
    property string source
    property bool lowerIsBetter: false
    // The change in words (figureChangeText in C++, the same words as a device's page uses).
    property string changeText
    readonly property real maxValue: Math.max(Math.abs(before), Math.abs(after), 0.0001)
    readonly property bool improved: lowerIsBetter ? after < before : after > before
    readonly property real changePercent: before !== 0 ? Math.round((after - before) / Math.abs(before) * 100) : 0
    spacing: 6
    Layout.fillWidth: true

    Text {
        text: chart.label
        font.pixelSize: Theme.body
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Repeater {
        model: [
            { name: qsTr("Before"), value: chart.before, when: chart.beforeDate, colour: Theme.before },
            { name: qsTr("After"), value: chart.after, when: chart.afterDate, colour: chart.improved ? Theme.after : Theme.accent }
        ]
        delegate: RowLayout {
            required property var modelData
            spacing: Theme.gap
            Layout.fillWidth: true
            Text {
                text: modelData.name + (modelData.when ? "\n" + modelData.when : "")
                font.pixelSize: Theme.small
                color: Theme.textMuted
                Layout.preferredWidth: 90 * Theme.scale
            }
            Item {
                Layout.fillWidth: true
                implicitHeight: 28
                Rectangle {
                    width: Math.max(4, parent.width * Math.abs(modelData.value) / chart.maxValue)
                    height: parent.height
                    radius: 4
                    color: modelData.colour
                }
            }
            Text {
                text: Number(modelData.value).toLocaleString(Qt.locale(), "f", modelData.value % 1 === 0 ? 0 : 1) + " " + chart.unit
                font.pixelSize: Theme.body
                color: Theme.text
                Layout.preferredWidth: 130 * Theme.scale
                horizontalAlignment: Text.AlignRight
            }
        }
    }
    Text {
        visible: chart.changeText.length > 0
        // In words, not "−61% improved": how much less or more, and whether that is better.
        text: chart.changeText + (chart.source ? "  ·  " + chart.source : "")
        font.pixelSize: Theme.small
        color: chart.improved ? Theme.ok : Theme.accent
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
