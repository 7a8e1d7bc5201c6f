import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Yokoten.Core
import Yokoten.Ui

// Earlier self-assessments of one template: the latest on the chart (with the one before it
// for comparison) and every submission's area scores side by side; for a checklist, each
// submission's requirements met and what was not met.
Page {
    id: page
    title: qsTr("Earlier results")
    background: Rectangle { color: Theme.background }
    property string family

    AssessmentController { id: assessment; bridge: EngineBridge; sessionManager: Session; family: page.family }
    readonly property var history: assessment.history
    function score(value) { return value >= 0 ? String(Math.round(value)) : "–" }
    // The table row by row: when, one score per area, overall.
    readonly property var cells: {
        const out = []
        for (const entry of history) {
            out.push(entry.submittedText + (entry.pending ? "\n" + entry.syncText : ""))
            for (const value of entry.scores)
                out.push(score(value))
            out.push(score(entry.overall))
        }
        return out
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: Math.min(parent.width - 2 * Theme.margin, 1000)
            x: Theme.margin
            spacing: Theme.gap
            Item { implicitHeight: 4 }
            Text { text: assessment.templateTitle; font.pixelSize: Theme.large; font.bold: true; wrapMode: Text.Wrap; Layout.fillWidth: true; color: Theme.text }
            EmptyState { Layout.fillWidth: true; message: page.history.length === 0 ? qsTr("No self-assessment submitted yet.") : "" }
            Repeater {
                model: assessment.checklist ? page.history : []
                delegate: SectionCard {
                    required property var modelData
                    title: modelData.submittedText + (modelData.pending ? " · " + modelData.syncText : "")
                    Text {
                        text: qsTr("%1 of %2 requirements met").arg(modelData.met || 0).arg(modelData.required || 0)
                            + ((modelData.unmet || []).length > 0 ? "\n" + qsTr("Not met yet:") + "\n・" + modelData.unmet.join("\n・") : "")
                        font.pixelSize: Theme.body; wrapMode: Text.Wrap; Layout.fillWidth: true; color: Theme.text
                    }
                }
            }
            SectionCard {
                visible: page.history.length > 0 && !assessment.checklist
                title: page.history.length > 0 ? qsTr("Latest: %1").arg(page.history[0].submittedText) : ""
                RadarChart {
                    Layout.fillWidth: true
                    Layout.preferredHeight: 420
                    labels: assessment.areaLabels
                    series: page.history.length > 1
                        ? [{ label: qsTr("Before"), values: page.history[1].scores, color: Theme.before },
                           { label: qsTr("Latest"), values: page.history[0].scores, color: Theme.after }]
                        : page.history.length === 1 ? [{ label: qsTr("Latest"), values: page.history[0].scores, color: Theme.after }] : []
                }
            }
            SectionCard {
                visible: page.history.length > 0 && !assessment.checklist
                title: qsTr("All submissions")
                GridLayout {
                    columns: assessment.areaLabels.length + 2
                    columnSpacing: Theme.gap
                    rowSpacing: 8
                    Layout.fillWidth: true
                    Text { text: qsTr("Submitted"); font.pixelSize: Theme.small; font.bold: true; color: Theme.textMuted }
                    Repeater {
                        model: assessment.areaLabels.length
                        delegate: Text { required property int index; text: index + 1; font.pixelSize: Theme.small; font.bold: true; color: Theme.textMuted; horizontalAlignment: Text.AlignHCenter; Layout.fillWidth: true }
                    }
                    Text { text: qsTr("Overall"); font.pixelSize: Theme.small; font.bold: true; color: Theme.textMuted; horizontalAlignment: Text.AlignHCenter; Layout.fillWidth: true }
                    Repeater {
                        model: page.cells
                        delegate: Text {
                            required property var modelData
                            required property int index
                            readonly property bool first: index % (assessment.areaLabels.length + 2) === 0
                            text: modelData
                            font.pixelSize: Theme.small
                            color: Theme.text
                            horizontalAlignment: first ? Text.AlignLeft : Text.AlignHCenter
                            Layout.fillWidth: !first
                        }
                    }
                }
                // What the numbered columns are.
                Flow {
                    spacing: Theme.gap
                    Layout.fillWidth: true
                    Repeater {
                        model: assessment.areaLabels
                        delegate: Text { required property string modelData; required property int index; text: (index + 1) + ": " + modelData; font.pixelSize: Theme.small; color: Theme.text }
                    }
                }
                Text { text: qsTr("Scores are 0 to 100 per area; – means not answered."); font.pixelSize: Theme.small; color: Theme.textMuted; wrapMode: Text.Wrap; Layout.fillWidth: true }
            }
            SectionCard {
                visible: !assessment.checklist
                title: qsTr("Prefecture comparison")
                Text {
                    text: assessment.aggregateAvailable ? "" : qsTr("Not available yet: prefecture averages are not sent to this device.")
                    font.pixelSize: Theme.body; wrapMode: Text.Wrap; Layout.fillWidth: true; color: Theme.textMuted
                }
            }
            Item { implicitHeight: Theme.margin }
        }
    }
}
