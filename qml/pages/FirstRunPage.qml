import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Yokoten.Core
import Yokoten.Ui

// First run: connect this tablet to the centre's server with the enrolment code, sign in,
// and choose the passcode that opens the app offline from then on.
Page {
    id: page
    title: qsTr("Set up this device")
    readonly property bool kiosk: Settings.formFactor === "kiosk"
    background: Rectangle { color: Theme.background }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: Math.min(parent.width - 2 * Theme.margin, 640)
            x: (parent.width - width) / 2
            spacing: Theme.gap
            Item { implicitHeight: Theme.margin }
            Text {
                text: qsTr("Welcome to Yokoten")
                font.pixelSize: Theme.title
                font.bold: true
                color: Theme.primary
            }
            Text {
                text: qsTr("Enter what the support centre gave you. You need a connection only this once.")
                font.pixelSize: Theme.body
                wrapMode: Text.Wrap
                color: Theme.text
                Layout.fillWidth: true
            }
            component Field: ColumnLayout {
                property alias label: caption.text
                property alias text: input.text
                property alias echoMode: input.echoMode
                property alias placeholder: input.placeholderText
                spacing: 4
                Layout.fillWidth: true
                Text { id: caption; font.pixelSize: Theme.small; color: Theme.textMuted }
                TextField {
                    id: input
                    Layout.fillWidth: true
                    implicitHeight: Theme.touch
                    font.pixelSize: Theme.body
                }
            }
            Field { id: server; label: qsTr("Server address"); placeholder: "https://yokoten.example.jp" }
            Field { id: code; label: qsTr("Enrolment code") }
            Field { id: ca; label: qsTr("Certificate file (only if the centre gave you one)") }
            Field {
                id: login
                visible: !page.kiosk
                label: Settings.formFactor === "phone" ? qsTr("Your login (centre staff only; attendees leave it empty)") : qsTr("Your login")
            }
            Field { id: password; visible: !page.kiosk && login.text.length > 0; label: qsTr("Password"); echoMode: TextInput.Password }
            // A kiosk has no users: the attendant's PIN is the way out of kiosk mode.
            KioskController { id: kioskPin; bridge: EngineBridge; settings: Settings; active: false }
            Field {
                id: pin
                visible: page.kiosk && !kioskPin.pinSet
                label: qsTr("Attendant PIN (4 to 12 digits), to leave kiosk mode")
                echoMode: TextInput.Password
            }
            Field { id: passcode; label: qsTr("Choose a passcode for this device (6 or more characters)"); echoMode: TextInput.Password }
            Field { id: passcode2; label: qsTr("Passcode again"); echoMode: TextInput.Password }
            Text {
                visible: passcode2.text.length > 0 && passcode.text !== passcode2.text
                text: qsTr("The two passcodes differ.")
                color: Theme.danger
                font.pixelSize: Theme.body
            }
            Text {
                visible: Session.errorText.length > 0
                text: Session.errorText
                color: Theme.danger
                font.pixelSize: Theme.body
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            PrimaryButton {
                text: Session.busy ? qsTr("Connecting…") : qsTr("Start")
                enabled: !Session.busy && passcode.text.length >= 6 && passcode.text === passcode2.text
                    && (!page.kiosk || kioskPin.pinSet || /^[0-9]{4,12}$/.test(pin.text))
                Layout.fillWidth: true
                onClicked: {
                    if (page.kiosk && !kioskPin.pinSet && !kioskPin.setAttendantPin(pin.text))
                        return
                    Session.setUp(server.text, code.text, ca.text, login.text, password.text, passcode.text)
                }
            }
            BusyIndicator { running: Session.busy; visible: running; Layout.alignment: Qt.AlignHCenter }
        }
    }
}
