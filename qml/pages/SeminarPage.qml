import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Yokoten.Core
import Yokoten.Ui

// One seminar session: details, seats as last known, and signing up or cancelling. Without
// a connection the sign-up waits on this device and says so; the seat is decided by the
// centre's server, never guessed here.
Page {
    id: page
    property alias sessionId: controller.sessionId
    // A member of the public on a phone: no account, the details registered on this phone.
    readonly property bool asPublic: Session.userId.length === 0
    title: controller.title
    property string lastAction
    background: Rectangle { color: Theme.background }

    SeminarController { id: controller; bridge: EngineBridge; sessionManager: Session }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: Math.min(parent.width - 2 * Theme.margin, 960)
            x: Theme.margin
            spacing: Theme.gap
            Item { implicitHeight: 4 }
            Text { text: controller.title; font.pixelSize: Theme.title; font.bold: true; wrapMode: Text.Wrap; Layout.fillWidth: true; color: Theme.text }
            SectionCard {
                // Label beside value on a tablet; label above value on a phone.
                GridLayout {
                    columns: page.width > 600 ? 2 : 1
                    columnSpacing: Theme.margin
                    rowSpacing: 8
                    Layout.fillWidth: true
                    Text { text: qsTr("When"); color: Theme.textMuted; font.pixelSize: Theme.body }
                    Text { text: controller.whenText; font.pixelSize: Theme.body; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true }
                    Text { text: qsTr("Where"); color: Theme.textMuted; font.pixelSize: Theme.body }
                    Text { text: controller.venue + (controller.address ? "\n" + controller.address : ""); font.pixelSize: Theme.body; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true }
                    Text { text: qsTr("Seats"); color: Theme.textMuted; font.pixelSize: Theme.body }
                    Text { text: qsTr("%1 of %2 left (as of the last sync)").arg(controller.seatsLeft).arg(controller.capacity) + (controller.waitlisted > 0 ? qsTr(", %n waiting", "", controller.waitlisted) : ""); font.pixelSize: Theme.body; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true }
                    Text { text: qsTr("Sign up by"); color: Theme.textMuted; font.pixelSize: Theme.body }
                    Text { text: controller.deadlineText + (controller.deadlinePassed ? qsTr(" (closed)") : ""); font.pixelSize: Theme.body; color: controller.deadlinePassed ? Theme.danger : Theme.text }
                    Text { visible: controller.audience.length > 0; text: qsTr("For"); color: Theme.textMuted; font.pixelSize: Theme.body }
                    Text { visible: controller.audience.length > 0; text: controller.audience; font.pixelSize: Theme.body; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true }
                }
                Text { visible: controller.certificate; text: qsTr("An attendance certificate is issued."); font.pixelSize: Theme.small; color: Theme.textMuted }
            }
            SectionCard {
                visible: controller.description.length > 0
                title: qsTr("About")
                Text { text: controller.description; font.pixelSize: Theme.body; wrapMode: Text.Wrap; Layout.fillWidth: true; color: Theme.text; lineHeight: 1.3 }
            }
            SectionCard {
                objectName: "shownModels"
                visible: shown.models.length > 0
                title: qsTr("Devices on show")
                ModelListController { id: shown; bridge: EngineBridge; sessionId: controller.sessionId }
                Repeater {
                    model: shown.models
                    delegate: ModelLinkRow { required property var modelData; entry: modelData }
                }
            }
            SectionCard {
                title: qsTr("My sign-up")
                StatusChip {
                    objectName: "registrationStatus"
                    text: controller.signedUp ? controller.registrationText : qsTr("Not signed up")
                    tone: controller.registrationStatus === 2 ? "ok" : (controller.signedUp ? "waiting" : "neutral")
                }
                Text {
                    visible: controller.signedUp && controller.registrationStatus === 1
                    text: qsTr("Your sign-up is saved on this device and will be sent at the next connection. The centre then confirms your seat or puts you on the waiting list.")
                    font.pixelSize: Theme.body; wrapMode: Text.Wrap; Layout.fillWidth: true; color: Theme.text
                }
                // A member of the public (a phone without an account) signs up with the
                // details registered once on this phone.
                AttendeeController { id: publicAttendee; bridge: EngineBridge }
                Text {
                    visible: controller.canSignUp && page.asPublic
                    text: publicAttendee.registered
                        ? qsTr("You sign up as %1 (%2), %3.").arg(publicAttendee.name).arg(publicAttendee.organisation).arg(publicAttendee.email)
                        : qsTr("Register your name, organisation and e-mail once before you sign up.")
                    font.pixelSize: Theme.body; wrapMode: Text.Wrap; Layout.fillWidth: true; color: Theme.text
                }
                PrimaryButton {
                    visible: controller.canSignUp && page.asPublic && !publicAttendee.registered
                    text: qsTr("Register my details")
                    onClicked: page.ApplicationWindow.window.showPage("profile")
                }
                TextField {
                    id: attendee
                    visible: controller.canSignUp && !page.asPublic
                    placeholderText: Session.userName ? qsTr("Attendee name (%1 if empty)").arg(Session.userName) : qsTr("Attendee name")
                    implicitHeight: Theme.touch; font.pixelSize: Theme.body; Layout.fillWidth: true
                }
                Text { visible: controller.errorText.length > 0; text: controller.errorText; color: Theme.danger; wrapMode: Text.Wrap; Layout.fillWidth: true; font.pixelSize: Theme.body }
                Flow {
                    spacing: Theme.gap
                    Layout.fillWidth: true
                    PrimaryButton {
                        objectName: "signUpButton"; visible: controller.canSignUp; text: qsTr("Sign up")
                        enabled: !controller.busy && (!page.asPublic || publicAttendee.registered)
                        onClicked: (page.lastAction = "signUp") && page.asPublic
                            ? controller.signUpAs(publicAttendee.name, publicAttendee.organisation, publicAttendee.email)
                            : controller.signUp(attendee.text)
                    }
                    PrimaryButton { visible: controller.signedUp; secondary: true; text: qsTr("Cancel my sign-up"); onClicked: cancelDialog.open() }
                    PrimaryButton { visible: controller.signedUp; secondary: true; text: qsTr("My tickets"); onClicked: page.ApplicationWindow.window.showPage("tickets") }
                }
            }
            RosterCard { visible: Session.centreStaff; sessionId: Session.centreStaff ? controller.sessionId : "" }
            Item { implicitHeight: Theme.margin }
        }
    }
    ConfirmDialog {
        id: cancelDialog
        destructive: true
        title: qsTr("Cancel this sign-up?")
        message: qsTr("Your seat goes to the next person waiting and the ticket stops working.")
        confirmText: qsTr("Cancel the sign-up")
        cancelText: qsTr("Keep my seat")
        onConfirmed: { page.lastAction = "cancel"; controller.cancelRegistration(controller.registrationId) }
    }
    // Say what happened after each action: the sign-up or the cancellation is on its way.
    Connections {
        target: controller
        function onQueued() {
            if (page.ApplicationWindow.window && page.ApplicationWindow.window.notify)
                page.ApplicationWindow.window.notify(page.lastAction === "signUp"
                    ? qsTr("Signed up. Your seat is confirmed by the centre at the next sync.")
                    : qsTr("Your sign-up is cancelled. The centre is told at the next sync."))
        }
    }
}
