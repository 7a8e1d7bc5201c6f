import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Templates as T
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
                          seminarTitle + "\n" + when + "\n\n" + qsTr("Your seat goes to someone else and the ticket stops working. To attend again you must sign up again."),
                          qsTr("Cancel the sign-up"),
                          () => canceller.cancelRegistration(registrationId))
    }
    Connections {
        target: canceller
        function onQueued() {
            if (page.ApplicationWindow.window && page.ApplicationWindow.window.notify)
                page.ApplicationWindow.window.notify(qsTr("Your sign-up is cancelled. The centre is told at the next sync."))
        }
    }
    function showLarge(text) { largeQr.qrText = text; largeQr.open() }
    // The screenshot tour: the enlarged code of the first ticket that has one (a confirmed seat
    // on a store that has synced with the centre); false when no ticket has a code.
    function showFirstLargeQr() {
        for (let i = 0; i < tickets.count; ++i) {
            const qr = tickets.get(i).qrText
            if (qr) {
                showLarge(qr)
                return true
            }
        }
        return false
    }
    Popup {
        id: largeQr
        property string qrText
        parent: T.Overlay.overlay
        anchors.centerIn: parent
        modal: true
        padding: Theme.margin
        readonly property int side: Math.min(parent ? parent.width : 400, parent ? parent.height : 400) - 4 * Theme.margin - Theme.touch
        background: Rectangle { color: "white"; radius: Theme.radius }
        contentItem: Column {
            spacing: Theme.gap
            Image {
                source: largeQr.qrText.length > 0 ? "image://qr/" + encodeURIComponent(largeQr.qrText) : ""
                sourceSize.width: largeQr.side
                sourceSize.height: largeQr.side
                width: largeQr.side
                height: largeQr.side
            }
            PrimaryButton { width: largeQr.side; text: qsTr("Close"); onClicked: largeQr.close() }
        }
        TapHandler { onTapped: largeQr.close() }
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
                        onClicked: page.ApplicationWindow.window.openQuestionnaire(registrationId, sessionId)
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
                // Tap to show it large, for the door's camera.
                Column {
                    visible: qrText.length > 0
                    spacing: 4
                    Layout.alignment: Qt.AlignHCenter
                    Image {
                        source: qrText.length > 0 ? "image://qr/" + encodeURIComponent(qrText) : ""
                        sourceSize.width: 220
                        sourceSize.height: 220
                        width: 220
                        height: 220
                        TapHandler { onTapped: page.showLarge(qrText) }
                    }
                    PrimaryButton {
                        secondary: true
                        width: 220
                        text: qsTr("Show large")
                        onClicked: page.showLarge(qrText)
                    }
                }
            }
        }
        EmptyState { anchors.centerIn: parent; width: parent.width; message: tickets.count === 0 ? qsTr("You have not signed up for a seminar yet.") : "" }
    }
}
