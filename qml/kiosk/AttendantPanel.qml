import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Yokoten.Core
import Yokoten.Ui

// The attendant's panel (after the PIN): what waits to be sent, which exhibition the kiosk
// records for, the idle time, a new PIN, and the way out of kiosk mode.
Page {
    id: page
    required property KioskController controller
    signal closed()
    background: Rectangle { color: Theme.background }

    ScrollView {
        anchors.fill: parent
        anchors.margins: Theme.margin * 1.5
        contentWidth: availableWidth
        ColumnLayout {
            width: parent.width
            spacing: Theme.gap * 1.5
            RowLayout {
                Layout.fillWidth: true
                Text {
                    text: qsTr("Attendant")
                    font.pixelSize: Theme.title
                    font.bold: true
                    color: Theme.primary
                    Layout.fillWidth: true
                }
                PrimaryButton { text: qsTr("Close and lock"); onClicked: page.closed() }
            }
            SectionCard {
                title: qsTr("Sending")
                SyncIndicator { Layout.fillWidth: true; onClicked: Sync.syncNow() }
                Text {
                    text: Sync.pending > 0
                        ? qsTr("Entries waiting to be sent: %1. Keep the kiosk on until they are sent.").arg(Sync.pending)
                        : qsTr("Every entry has reached the centre and has been erased from this kiosk.")
                    font.pixelSize: Theme.body
                    wrapMode: Text.Wrap
                    color: Theme.text
                    Layout.fillWidth: true
                }
                Text {
                    visible: Sync.errorText.length > 0
                    text: Sync.errorText
                    font.pixelSize: Theme.body
                    color: Theme.danger
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                PrimaryButton { text: qsTr("Send now"); enabled: Sync.state !== Sync.Syncing; onClicked: Sync.syncNow() }
            }
            SectionCard {
                title: qsTr("Exhibition")
                Text {
                    text: page.controller.sessions.length === 0 ? qsTr("No upcoming session is on this kiosk yet: connect it once to load the programme.")
                        : qsTr("Visits are recorded for the chosen session.")
                    font.pixelSize: Theme.body
                    wrapMode: Text.Wrap
                    color: Theme.textMuted
                    Layout.fillWidth: true
                }
                Repeater {
                    model: page.controller.sessions
                    delegate: RadioButton {
                        required property var modelData
                        text: modelData.text
                        font.pixelSize: Theme.body
                        // The whole line is the target, a finger high.
                        implicitHeight: Theme.touch
                        indicator.implicitWidth: 40
                        indicator.implicitHeight: 40
                        checked: modelData.id === page.controller.sessionId
                        onClicked: page.controller.chooseSession(modelData.id)
                    }
                }
            }
            SectionCard {
                title: qsTr("Idle time")
                Text {
                    text: qsTr("Back to the start screen after this long without a touch")
                    font.pixelSize: Theme.body; color: Theme.textMuted; wrapMode: Text.Wrap; Layout.fillWidth: true
                }
                RowLayout {
                    Slider {
                        id: idle
                        from: 40
                        to: 300
                        stepSize: 10
                        value: Settings.kioskIdleSeconds
                        Layout.fillWidth: true
                        implicitHeight: Theme.touch
                        onMoved: Settings.kioskIdleSeconds = value
                    }
                    Text {
                        text: qsTr("%1 s").arg(Settings.kioskIdleSeconds)
                        font.pixelSize: Theme.body
                        color: Theme.text
                    }
                }
                Text {
                    text: qsTr("Of which the \"still there?\" countdown")
                    font.pixelSize: Theme.body; color: Theme.textMuted; wrapMode: Text.Wrap; Layout.fillWidth: true
                }
                RowLayout {
                    Slider {
                        from: 10
                        to: 120
                        stepSize: 5
                        value: Settings.kioskWarningSeconds
                        Layout.fillWidth: true
                        implicitHeight: Theme.touch
                        onMoved: Settings.kioskWarningSeconds = value
                    }
                    Text {
                        text: qsTr("%1 s").arg(Settings.kioskWarningSeconds)
                        font.pixelSize: Theme.body
                        color: Theme.text
                    }
                }
            }
            SectionCard {
                title: qsTr("Attendant PIN")
                Text {
                    text: qsTr("New PIN, 4 to 12 digits")
                    font.pixelSize: Theme.body
                    color: Theme.textMuted
                }
                RowLayout {
                    TextField {
                        id: newPin
                        Layout.fillWidth: true
                        implicitHeight: Theme.touch
                        font.pixelSize: Theme.body
                        echoMode: TextInput.Password
                        inputMethodHints: Qt.ImhDigitsOnly
                        Accessible.name: qsTr("New PIN, 4 to 12 digits")
                    }
                    PrimaryButton {
                        text: qsTr("Change PIN")
                        secondary: true
                        onClicked: if (page.controller.setAttendantPin(newPin.text)) newPin.text = ""
                    }
                }
                Text {
                    visible: page.controller.pinMessage.length > 0
                    text: page.controller.pinMessage
                    font.pixelSize: Theme.body
                    color: Theme.textMuted
                }
            }
            SectionCard {
                title: qsTr("Leave kiosk mode")
                Text {
                    text: qsTr("Closes the app. Entries that wait stay on the kiosk and are sent at the next start.")
                    font.pixelSize: Theme.body
                    wrapMode: Text.Wrap
                    color: Theme.textMuted
                    Layout.fillWidth: true
                }
                PrimaryButton { text: qsTr("Leave kiosk mode"); danger: true; onClicked: page.controller.leaveKiosk() }
            }
        }
    }
}
