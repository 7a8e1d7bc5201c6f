import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Yokoten.Core
import Yokoten.Ui

// Sync in detail: the server, what waits, when it last worked, the last problem and what to
// do, and "sync now".
Page {
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
            GridLayout {
                columns: 2
                columnSpacing: Theme.margin
                Layout.fillWidth: true
                Text { text: qsTr("Server"); color: Theme.textMuted; font.pixelSize: Theme.body }
                Text { text: Sync.serverUrl || qsTr("none (demo data only)"); font.pixelSize: Theme.body; color: Theme.text; elide: Text.ElideMiddle; Layout.fillWidth: true }
                Text { text: qsTr("Waiting to send"); color: Theme.textMuted; font.pixelSize: Theme.body }
                Text { text: qsTr("%n change(s)", "", Sync.pending); font.pixelSize: Theme.body; color: Theme.text }
                Text { text: qsTr("Last successful sync"); color: Theme.textMuted; font.pixelSize: Theme.body }
                Text { text: Sync.lastSuccess.getTime() > 0 ? Sync.lastSuccess.toLocaleString(Qt.locale(Settings.language === "ja" ? "ja_JP" : "en_GB"), Locale.ShortFormat) : qsTr("never"); font.pixelSize: Theme.body; color: Theme.text }
                Text { text: qsTr("Last result"); color: Theme.textMuted; font.pixelSize: Theme.body }
                Text { text: Sync.lastReport || "—"; font.pixelSize: Theme.body; color: Theme.text }
            }
            Text {
                visible: Math.abs(Sync.clockSkewSeconds) > 300
                text: qsTr("This device's clock is off by %n minute(s). Please correct it.", "", Math.round(Math.abs(Sync.clockSkewSeconds) / 60))
                color: Theme.waiting; font.pixelSize: Theme.body; wrapMode: Text.Wrap; Layout.fillWidth: true
            }
        }
        SectionCard {
            visible: Sync.errorText.length > 0
            title: qsTr("Problem")
            Text { text: Sync.errorText; color: Theme.danger; font.pixelSize: Theme.body; wrapMode: Text.Wrap; Layout.fillWidth: true }
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
