import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Yokoten.Core
import Yokoten.Ui

// The self-assessment: choose a template (the national seven areas, the committee
// obligation, a prefecture's certification checklist), answer at your own pace — every
// answer is kept on this device as a draft, one per template — watch the chart (or the
// requirements met) grow, then submit to the centre.
Page {
    id: page
    title: qsTr("Self-assessment")
    background: Rectangle { color: Theme.background }
    /// The template family to open; empty: the first offered (the national guideline).
    property string family

    AssessmentController { id: assessment; bridge: EngineBridge; sessionManager: Session; family: page.family }
    function requirementText(met, required) { return qsTr("%1 of %2 requirements met").arg(met).arg(required) }

    // After submitting: the result, then the way to start again (never a blank form that
    // looks as if the answers were lost).
    Connections {
        target: assessment
        function onSubmitted() {
            scroller.contentItem.contentY = 0
            if (page.ApplicationWindow.window && page.ApplicationWindow.window.notify)
                page.ApplicationWindow.window.notify(qsTr("Submitted. Your result is shown below."))
        }
    }

    ScrollView {
        id: scroller
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: Math.min(parent.width - 2 * Theme.margin, 1000)
            x: Theme.margin
            spacing: Theme.gap
            Item { implicitHeight: 4 }
            SectionCard {
                objectName: "assessmentChoices"
                visible: assessment.choices.length > 1
                title: qsTr("Which self-assessment?")
                Text { text: qsTr("Each has its own draft on this device: switching keeps what you answered."); font.pixelSize: Theme.small; color: Theme.textMuted; wrapMode: Text.Wrap; Layout.fillWidth: true }
                Repeater {
                    model: assessment.choices
                    delegate: AssessmentChoice {
                        required property var modelData
                        entry: modelData
                        onChosen: family => { page.family = family; scroller.contentItem.contentY = 0 }
                    }
                }
            }
            Text { text: assessment.templateTitle; font.pixelSize: Theme.title; font.bold: true; wrapMode: Text.Wrap; Layout.fillWidth: true; color: Theme.text }
            EmptyState { Layout.fillWidth: true; message: assessment.loaded ? "" : qsTr("No self-assessment has reached this device yet.") }
            SectionCard {
                objectName: "assessmentResult"
                visible: assessment.showingResult
                title: qsTr("Your result")
                Text {
                    text: assessment.result.submittedText !== undefined
                        ? qsTr("Submitted %1.").arg(assessment.result.submittedText) + " " + (assessment.result.pending ? qsTr("It is sent to the centre at the next sync.") : "")
                        : qsTr("Submitted.")
                    font.pixelSize: Theme.body; wrapMode: Text.Wrap; Layout.fillWidth: true; color: Theme.text
                }
                Text {
                    visible: !assessment.checklist && assessment.result.overall !== undefined && assessment.result.overall >= 0
                    text: qsTr("Overall: %1 of 100 points").arg(Math.round(assessment.result.overall || 0))
                    font.pixelSize: Theme.large; font.bold: true; color: Theme.primary; wrapMode: Text.Wrap; Layout.fillWidth: true
                }
                Text {
                    visible: assessment.checklist && assessment.result.required !== undefined
                    text: page.requirementText(assessment.result.met || 0, assessment.result.required || 0)
                        + ((assessment.result.unmet || []).length > 0 ? "\n" + qsTr("Not met yet:") + "\n・" + assessment.result.unmet.join("\n・") : "")
                    font.pixelSize: Theme.large; font.bold: true; color: Theme.primary; wrapMode: Text.Wrap; Layout.fillWidth: true
                }
                RadarChart {
                    visible: !assessment.checklist
                    Layout.fillWidth: true
                    Layout.preferredHeight: 420
                    labels: assessment.areaLabels
                    series: [{ label: qsTr("This result"), values: assessment.result.scores || [], color: Theme.primary }]
                }
                Flow {
                    spacing: Theme.gap
                    Layout.fillWidth: true
                    PrimaryButton { secondary: true; text: qsTr("Earlier results"); onClicked: page.ApplicationWindow.window.openAssessmentHistory(assessment.family) }
                    PrimaryButton { text: qsTr("Start a new self-assessment"); onClicked: assessment.startNew() }
                }
            }
            SectionCard {
                visible: assessment.loaded && !assessment.showingResult
                Text { text: assessment.kindText + " · " + assessment.forText; font.pixelSize: Theme.small; wrapMode: Text.Wrap; Layout.fillWidth: true; color: Theme.primary }
                Text { text: assessment.templateDescription; font.pixelSize: Theme.body; wrapMode: Text.Wrap; Layout.fillWidth: true; color: Theme.text }
                Text { visible: assessment.basis.length > 0; text: qsTr("Basis: %1").arg(assessment.basis); font.pixelSize: Theme.small; wrapMode: Text.Wrap; Layout.fillWidth: true; color: Theme.textMuted }
                Text {
                    objectName: "requirementsMet"
                    visible: assessment.checklist
                    text: page.requirementText(assessment.requirements.met || 0, assessment.requirements.required || 0)
                    font.pixelSize: Theme.large; font.bold: true; color: Theme.primary; wrapMode: Text.Wrap; Layout.fillWidth: true
                }
                RadarChart {
                    visible: !assessment.checklist
                    Layout.fillWidth: true
                    Layout.preferredHeight: 420
                    labels: assessment.areaLabels
                    series: [{ label: qsTr("This draft"), values: assessment.areaScores, color: Theme.primary }]
                }
                RowLayout {
                    spacing: Theme.gap
                    Text { text: qsTr("%1 of %2 answered · saved on this device").arg(assessment.answeredCount).arg(assessment.itemCount); font.pixelSize: Theme.body; color: Theme.textMuted; Layout.fillWidth: true; wrapMode: Text.Wrap }
                    PrimaryButton { secondary: true; text: qsTr("Earlier results"); onClicked: page.ApplicationWindow.window.openAssessmentHistory(assessment.family) }
                }
            }
            Repeater {
                model: assessment.showingResult ? [] : assessment.areas
                delegate: SectionCard {
                    required property var modelData
                    required property int index
                    readonly property var met: assessment.checklist && assessment.requirements.areas ? assessment.requirements.areas[index] : undefined
                    title: modelData.number + ". " + modelData.title
                        + (met !== undefined ? (met.required > 0 ? "  (" + page.requirementText(met.met, met.required) + ")" : "")
                           : assessment.areaScores[index] >= 0 ? "  " + qsTr("(score %1 of 100)").arg(Math.round(assessment.areaScores[index])) : "")
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
                visible: assessment.loaded && !assessment.showingResult
                title: qsTr("Submit")
                Text { text: qsTr("After submitting, the answers can no longer be changed."); font.pixelSize: Theme.body; wrapMode: Text.Wrap; Layout.fillWidth: true; color: Theme.text }
                Text { visible: assessment.errorText.length > 0; text: assessment.errorText; color: Theme.danger; wrapMode: Text.Wrap; Layout.fillWidth: true; font.pixelSize: Theme.body }
                PrimaryButton { objectName: "submitAssessment"; enabled: assessment.hasDraft && !assessment.busy; text: qsTr("Submit the self-assessment"); onClicked: confirm.open() }
            }
            Item { implicitHeight: Theme.margin }
        }
    }
    ConfirmDialog {
        id: confirm
        objectName: "submitConfirm"
        title: qsTr("Submit the self-assessment now?")
        message: {
            const missing = assessment.answeredCount >= 0 ? assessment.unansweredItems() : [] // re-read on each answer
            if (missing.length === 0)
                return qsTr("All %1 questions are answered. After submitting, the answers can no longer be changed.").arg(assessment.itemCount)
            const shown = missing.slice(0, 5).join("\n")
            const more = missing.length > 5 ? "\n" + qsTr("… and %n more", "", missing.length - 5) : ""
            return qsTr("%1 of %2 questions are answered. Not answered yet:").arg(assessment.answeredCount).arg(assessment.itemCount)
                + "\n" + shown + more + "\n\n" + qsTr("After submitting, the answers can no longer be changed.")
        }
        confirmText: qsTr("Submit")
        cancelText: qsTr("Keep answering")
        onConfirmed: assessment.submit()
    }
}
