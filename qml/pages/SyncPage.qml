import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Yokoten.Core
import Yokoten.Ui

// Sync in detail: the server, what waits, when it last worked, the last problem and what to
// do, and "sync now".
Page {
    id: page
    title: qsTr("Sync")
    background: Rectangle { color: Theme.background }
    ColumnLayout {
        width: Math.min(parent.width - 2 * Theme.margin, 820)
        x: Theme.margin
        y: Theme.margin
        spacing: Theme.gap
        SectionCard {
            title: qsTr("Status")
            SyncIndicator { Layout.fillWidth: true; enabled: false }
            // Label beside value on a tablet; label above value on a phone.
            GridLayout {
                columns: page.width > 600 ? 2 : 1
                columnSpacing: Theme.margin
                Layout.fillWidth: true
                // The centre's server, in words; its address is for the person who set it up.
                Text { text: qsTr("Connected to"); color: Theme.textMuted; font.pixelSize: Theme.body }
                Text { text: Sync.serverUrl ? qsTr("The centre's server") : qsTr("none (demo data only)"); font.pixelSize: Theme.body; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true }
                Text { text: qsTr("Waiting to send"); color: Theme.textMuted; font.pixelSize: Theme.body }
                Text { text: qsTr("%n change(s)", "", Sync.pending); font.pixelSize: Theme.body; color: Theme.text }
                Text { text: qsTr("Last successful sync"); color: Theme.textMuted; font.pixelSize: Theme.body }
                // Japan time with the zone named: a device set to another zone shows the same moment.
                Text { text: Sync.lastSuccess.getTime() > 0 ? (Settings.language, DateText.dateTimeWithZone(Sync.lastSuccess)) : qsTr("never"); font.pixelSize: Theme.body; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true }
                Text { text: qsTr("Last result"); color: Theme.textMuted; font.pixelSize: Theme.body }
                Text { text: Sync.lastSent >= 0 ? qsTr("%1 sent, %2 received").arg(Sync.lastSent).arg(Sync.lastReceived) : "—"; font.pixelSize: Theme.body; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true }
            }
            Text {
                visible: Math.abs(Sync.clockSkewSeconds) > 300
                text: qsTr("This device's clock is off by %n minute(s). Please correct it.", "", Math.round(Math.abs(Sync.clockSkewSeconds) / 60))
                color: Theme.waiting; font.pixelSize: Theme.body; wrapMode: Text.Wrap; Layout.fillWidth: true
            }
        }
        // Offline is an ordinary state here, not a problem: said calmly; only what needs the
        // person (sign in, update, call the centre) is shown as a problem.
        SectionCard {
            visible: Sync.errorText.length > 0
            title: Sync.state === Sync.Offline ? qsTr("No connection right now") : qsTr("Something needs you")
            Text { text: Sync.errorText; color: Sync.state === Sync.Offline ? Theme.text : Theme.danger; font.pixelSize: Theme.body; wrapMode: Text.Wrap; Layout.fillWidth: true }
            Text {
                text: Sync.errorAction === Sync.SignIn ? qsTr("Sign in again below. Your waiting changes are kept.")
                    : Sync.errorAction === Sync.Update ? qsTr("Please update Yokoten.")
                    : Sync.errorAction === Sync.ContactCentre ? qsTr("Please contact the support centre.")
                    : qsTr("Yokoten tries again by itself; nothing is lost.")
                font.pixelSize: Theme.body; wrapMode: Text.Wrap; Layout.fillWidth: true; color: Theme.text
            }
            RowLayout {
                visible: Sync.errorAction === Sync.SignIn
                TextField { id: login; placeholderText: qsTr("Login"); implicitHeight: Theme.touch; font.pixelSize: Theme.body; Layout.fillWidth: true }
                TextField { id: password; placeholderText: qsTr("Password"); echoMode: TextInput.Password; implicitHeight: Theme.touch; font.pixelSize: Theme.body; Layout.fillWidth: true }
                PrimaryButton { text: qsTr("Sign in"); onClicked: Session.signIn(login.text, password.text) }
            }
        }
        PrimaryButton {
            text: Sync.running ? qsTr("Syncing…") : qsTr("Sync now")
            enabled: !Sync.running && Sync.enrolled
            onClicked: Sync.syncNow()
        }
    }
}
