import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Yokoten.Core
import Yokoten.Ui

// Later starts: the passcode opens the encrypted store, with or without a connection.
Page {
    title: qsTr("Unlock")
    background: Rectangle { color: Theme.background }
    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 480)
        spacing: Theme.gap
        Text {
            text: qsTr("Yokoten")
            font.pixelSize: Theme.title
            font.bold: true
            color: Theme.primary
            Layout.alignment: Qt.AlignHCenter
        }
        Text {
            text: qsTr("Enter this device's passcode.")
            font.pixelSize: Theme.body
            color: Theme.text
            Layout.alignment: Qt.AlignHCenter
        }
        TextField {
            id: passcode
            echoMode: TextInput.Password
            implicitHeight: Theme.touch
            font.pixelSize: Theme.large
            Layout.fillWidth: true
            focus: true
            onAccepted: Session.unlock(text)
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
            text: Session.busy ? qsTr("Opening…") : qsTr("Open")
            enabled: !Session.busy && passcode.text.length > 0
            Layout.fillWidth: true
            onClicked: Session.unlock(passcode.text)
        }
    }
}
