import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Yokoten.Core
import Yokoten.Ui

// The self-assessment (7 areas): answer at your own pace — every answer is kept on this
// device as a draft — watch the chart grow, then submit to the centre.
Page {
    id: page
    title: qsTr("Self-assessment")
    background: Rectangle { color: Theme.background }

    AssessmentController { id: assessment; bridge: EngineBridge; sessionManager: Session }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: Math.min(parent.width - 2 * Theme.margin, 1000)
            x: Theme.margin
            spacing: Theme.gap
            Item { implicitHeight: 4 }
            Text { text: assessment.templateTitle; font.pixelSize: Theme.title; font.bold: true; wrapMode: Text.Wrap; Layout.fillWidth: true; color: Theme.text }
            EmptyState { Layout.fillWidth: true; message: assessment.loaded ? "" : qsTr("No self-assessment has reached this device yet.") }
            SectionCard {
                visible: assessment.loaded
                Text { text: assessment.templateDescription; font.pixelSize: Theme.body; wrapMode: Text.Wrap; Layout.fillWidth: true; color: Theme.text }
                RadarChart {
                    Layout.fillWidth: true
                    Layout.preferredHeight: 420
                    labels: assessment.areaLabels
                    series: [{ label: qsTr("This draft"), values: assessment.areaScores, color: Theme.primary }]
                }
                RowLayout {
                    spacing: Theme.gap
                    Text { text: qsTr("%1 of %2 answered · saved on this device").arg(assessment.answeredCount).arg(assessment.itemCount); font.pixelSize: Theme.body; color: Theme.textMuted; Layout.fillWidth: true; wrapMode: Text.Wrap }
                    PrimaryButton { secondary: true; text: qsTr("Earlier results"); onClicked: ApplicationWindow.window.openAssessmentHistory() }
                }
            }
            Repeater {
                model: assessment.areas
                delegate: SectionCard {
                    required property var modelData
                    required property int index
                    title: modelData.number + ". " + modelData.title + (assessment.areaScores[index] >= 0 ? "  (" + Math.round(assessment.areaScores[index]) + ")" : "")
                    Text { text: modelData.description; font.pixelSize: Theme.small; wrapMode: Text.Wrap; Layout.fillWidth: true; color: Theme.textMuted }
                    Repeater {
                        model: modelData.items
                        delegate: AssessmentItemDelegate {
                            required property var modelData
                            item: modelData
                            answer: assessment.answers[modelData.id]
                            onAnswered: value => assessment.setAnswer(modelData.id, value)
                        }
                    }
                }
            }
            SectionCard {
                visible: assessment.loaded
                title: qsTr("Submit")
                Text { text: qsTr("After submitting, the answers can no longer be changed."); font.pixelSize: Theme.body; wrapMode: Text.Wrap; Layout.fillWidth: true; color: Theme.text }
                Text { visible: assessment.errorText.length > 0; text: assessment.errorText; color: Theme.danger; wrapMode: Text.Wrap; Layout.fillWidth: true; font.pixelSize: Theme.body }
                PrimaryButton { objectName: "submitAssessment"; enabled: assessment.hasDraft && !assessment.busy; text: qsTr("Submit the self-assessment"); onClicked: confirm.open() }
            }
            Item { implicitHeight: Theme.margin }
        }
    }
    Dialog {
        id: confirm
        anchors.centerIn: parent
        width: Math.min(page.width - 40, 520)
        modal: true
        title: qsTr("Submit now?")
        standardButtons: Dialog.Yes | Dialog.No
        Text { width: confirm.availableWidth; text: qsTr("%1 of %2 questions are answered.").arg(assessment.answeredCount).arg(assessment.itemCount); font.pixelSize: Theme.body; wrapMode: Text.Wrap }
        onAccepted: assessment.submit()
    }
}
