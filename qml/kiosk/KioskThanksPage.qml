import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Yokoten.Core
import Yokoten.Ui

// After an entry: thanks, what happens next, and back to the start on its own.
Page {
    id: page
    property string kind
    signal done()
    background: Rectangle { color: Theme.background }
    Timer { interval: 8000; running: true; onTriggered: page.done() }
    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 160, 1200)
        spacing: Theme.gap * 2
        Text {
            text: "✓"
            font.pixelSize: Theme.title * 3
            color: Theme.ok
            Layout.alignment: Qt.AlignHCenter
        }
        Text {
            text: qsTr("Thank you!")
            font.pixelSize: Theme.title * 1.4
            font.bold: true
            color: Theme.primary
            Layout.alignment: Qt.AlignHCenter
        }
        Text {
            text: page.kind === "loan"
                ? qsTr("Your trial-loan request is saved. The support centre will contact you about dates and delivery.")
                : page.kind === "visit"
                    ? qsTr("Your visit is registered. The centre will send you information on the areas you chose.")
                    : qsTr("Your answers are saved. They help the centre plan seminars and loans.")
            font.pixelSize: Theme.large
            color: Theme.text
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        Text {
            text: qsTr("It is sent to the centre as soon as this kiosk is online, then erased from the kiosk.")
            font.pixelSize: Theme.body
            color: Theme.textMuted
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        PrimaryButton {
            text: qsTr("Back to the start")
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: 480
            onClicked: page.done()
        }
    }
}
