import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Yokoten.Core
import Yokoten.Ui

// The frame of a kiosk flow: a heading, "stop" (back to the start, nothing kept), the form,
// the controller's error in plain words, and one large send button.
Page {
    id: page
    required property KioskController controller
    property string heading
    property string intro
    property string sendText: qsTr("Send")
    property bool ready: true
    default property alias content: body.data
    signal send()
    signal cancelled()
    background: Rectangle { color: Theme.background }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin * 1.5
        spacing: Theme.gap
        RowLayout {
            Layout.fillWidth: true
            Text {
                text: page.heading
                font.pixelSize: Theme.title
                font.bold: true
                color: Theme.primary
                Layout.fillWidth: true
                elide: Text.ElideRight
            }
            PrimaryButton { text: qsTr("Stop and go back"); secondary: true; onClicked: page.cancelled() }
        }
        Text {
            visible: page.intro.length > 0
            text: page.intro
            font.pixelSize: Theme.body
            color: Theme.textMuted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        ScrollView {
            id: scroller
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth
            clip: true
            ColumnLayout {
                id: body
                width: scroller.availableWidth - Theme.margin
                spacing: Theme.gap * 1.5
            }
        }
        Text {
            objectName: "kioskError"
            visible: page.controller.errorText.length > 0
            text: page.controller.errorText
            color: Theme.danger
            font.pixelSize: Theme.large
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        PrimaryButton {
            objectName: "sendButton"
            text: page.sendText
            enabled: page.ready && !page.controller.busy
            Layout.fillWidth: true
            onClicked: page.send()
        }
    }
}
