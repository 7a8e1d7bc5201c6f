import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Yokoten.Core
import Yokoten.Ui

// 受講後アンケート: after a seminar, on the attendee's phone (sent when online).
Page {
    id: page
    property string registrationId
    property string sessionId
    title: qsTr("Questionnaire")
    background: Rectangle { color: Theme.background }

    AttendeeController {
        id: attendee
        bridge: EngineBridge
        onQuestionnaireQueued: done.visible = true
    }
    SeminarController { id: seminar; bridge: EngineBridge; sessionManager: Session; sessionId: page.sessionId }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: parent.width - 2 * Theme.margin
            x: Theme.margin
            spacing: Theme.gap
            Item { implicitHeight: Theme.gap }
            Text {
                text: seminar.title
                font.pixelSize: Theme.large
                font.bold: true
                color: Theme.primary
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Text {
                text: seminar.whenText
                font.pixelSize: Theme.small
                color: Theme.textMuted
            }
            Text {
                visible: attendee.answered.indexOf(page.registrationId) >= 0 && !done.visible
                text: qsTr("You have already answered. Thank you!")
                font.pixelSize: Theme.body
                color: Theme.ok
            }
            QuestionnaireForm {
                id: form
                kind: "seminar"
                visible: attendee.answered.indexOf(page.registrationId) < 0
            }
            Text {
                visible: attendee.errorText.length > 0
                text: attendee.errorText
                color: Theme.danger
                font.pixelSize: Theme.body
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Text {
                visible: page.registrationId.length === 0
                text: qsTr("The questionnaire opens from your ticket once you have attended.")
                color: Theme.textMuted
                font.pixelSize: Theme.small
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Text {
                id: done
                visible: false
                text: qsTr("Thank you! Your answers are sent as soon as the phone is online.")
                color: Theme.ok
                font.pixelSize: Theme.body
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            PrimaryButton {
                visible: form.visible
                text: qsTr("Send answers")
                enabled: !attendee.busy && page.registrationId.length > 0
                Layout.fillWidth: true
                onClicked: attendee.submitQuestionnaire(page.registrationId, page.sessionId, form.answers())
            }
            Item { implicitHeight: Theme.margin }
        }
    }
}
