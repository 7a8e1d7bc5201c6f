import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Yokoten.Core
import Yokoten.Ui

// My sign-ups: pending / confirmed / waitlisted as the server decided, and for a confirmed
// seat the ticket's QR code and short code, which work without a connection.
Page {
    id: page
    title: qsTr("My tickets")
    background: Rectangle { color: Theme.background }

    TicketListModel { id: tickets; bridge: EngineBridge; sessionManager: Session }
    SeminarController { id: canceller; bridge: EngineBridge; sessionManager: Session }
    readonly property bool compact: width < 700

    function askCancel(registrationId, seminarTitle, when) {
        cancelConfirm.ask(qsTr("Cancel this sign-up?"),
                          qsTr("%1\n%2\n\nYour seat goes to someone else and the ticket stops working. To attend again you must sign up again.").arg(seminarTitle).arg(when),
                          qsTr("Cancel the sign-up"),
                          () => canceller.cancelRegistration(registrationId))
    }
    Connections {
        target: canceller
        function onQueued() {
            if (ApplicationWindow.window && ApplicationWindow.window.notify)
                ApplicationWindow.window.notify(qsTr("Your sign-up is cancelled. The centre is told at the next sync."))
        }
    }
    ConfirmDialog { id: cancelConfirm; objectName: "cancelConfirm"; destructive: true; cancelText: qsTr("Keep my seat") }

    ListView {
        anchors.fill: parent
        anchors.margins: Theme.margin
        clip: true
        spacing: Theme.gap
        model: tickets
        delegate: Rectangle {
            required property string registrationId
            required property string seminarTitle
            required property string startsAtText
            required property string venue
            required property string attendee
            required property int status
            required property string statusText
            required property bool pending
            required property string syncText
            required property string shortCode
            required property string qrText
            required property bool canCancel
            required property string sessionId
            required property bool ended
            required property bool certificate
            width: ListView.view.width
            implicitHeight: body.implicitHeight + 2 * Theme.margin
            color: Theme.surface
            radius: Theme.radius
            border.color: Theme.border
            // Side by side on a tablet; on a phone the QR code goes under the text, large.
            GridLayout {
                id: body
                anchors.fill: parent
                anchors.margins: Theme.margin
                columns: page.compact ? 1 : 2
                columnSpacing: Theme.margin
                rowSpacing: Theme.gap
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 6
                    Text { text: seminarTitle; font.pixelSize: Theme.large; font.bold: true; wrapMode: Text.Wrap; Layout.fillWidth: true; color: Theme.text }
                    Text { text: startsAtText + " · " + venue; font.pixelSize: Theme.body; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true }
                    Text { visible: attendee.length > 0; text: qsTr("Attendee: %1").arg(attendee); font.pixelSize: Theme.body; color: Theme.textMuted }
                    StatusChip { text: pending && status === 1 ? qsTr("Waiting to send") : statusText; tone: status === 2 ? "ok" : (status === 5 || syncText.length > 0 && !pending ? "danger" : "waiting") }
                    Text { visible: syncText.length > 0 && !pending; text: syncText; color: Theme.danger; font.pixelSize: Theme.body; wrapMode: Text.Wrap; Layout.fillWidth: true }
                    Text { visible: shortCode.length > 0; text: qsTr("Ticket code: %1").arg(shortCode); font.pixelSize: Theme.large; font.family: "monospace"; color: Theme.text }
                    // Cancelling gives the seat away: asked first, and kept away from the QR code.
                    PrimaryButton {
                        objectName: "cancelSignUp"
                        visible: canCancel
                        secondary: true
                        text: qsTr("Cancel this sign-up…")
                        Layout.topMargin: Theme.gap
                        onClicked: page.askCancel(registrationId, seminarTitle, startsAtText)
                    }
                    PrimaryButton {
                        visible: ended && status === 2
                        text: qsTr("Answer the questionnaire")
                        Layout.fillWidth: page.compact
                        onClicked: ApplicationWindow.window.openQuestionnaire(registrationId, sessionId)
                    }
                    // 受講証明書: once the session is over and the door's check-in has synced.
                    CertificateController { id: certificateWriter; bridge: EngineBridge; registrationId: certificate && ended ? registrationId : "" }
                    PrimaryButton {
                        visible: certificate && ended && status === 2
                        enabled: certificateWriter.available && !certificateWriter.busy
                        text: qsTr("Save the attendance certificate (PDF)")
                        Layout.fillWidth: page.compact
                        onClicked: certificateWriter.write()
                    }
                    Text {
                        visible: certificate && ended && status === 2 && !certificateWriter.available && certificateWriter.reason.length > 0
                        text: certificateWriter.reason
                        font.pixelSize: Theme.small; color: Theme.textMuted; wrapMode: Text.Wrap; Layout.fillWidth: true
                    }
                    Text {
                        visible: certificateWriter.errorText.length > 0
                        text: certificateWriter.errorText
                        font.pixelSize: Theme.small; color: Theme.danger; wrapMode: Text.Wrap; Layout.fillWidth: true
                    }
                    PrimaryButton {
                        visible: certificateWriter.filePath.length > 0
                        secondary: true
                        text: qsTr("Open the certificate")
                        onClicked: Qt.openUrlExternally("file://" + certificateWriter.filePath)
                    }
                }
                Image {
                    visible: qrText.length > 0
                    source: qrText.length > 0 ? "image://qr/" + encodeURIComponent(qrText) : ""
                    sourceSize.width: 220
                    sourceSize.height: 220
                    Layout.preferredWidth: 220
                    Layout.preferredHeight: 220
                    Layout.alignment: Qt.AlignHCenter
                }
            }
        }
        EmptyState { anchors.centerIn: parent; width: parent.width; message: tickets.count === 0 ? qsTr("You have not signed up for a seminar yet.") : "" }
    }
}
