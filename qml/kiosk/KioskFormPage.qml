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
    // The on-screen keyboard's height (KioskShell): the page shrinks to the space above it and
    // scrolls the focused field into that space.
    property real keyboardHeight: 0
    default property alias content: body.data
    signal send()
    signal cancelled()
    background: Rectangle { color: Theme.background }

    // Scrolls the form so that the focused field, with its label, is inside the visible part.
    function revealFocusedField() {
        const field = page.Window.activeFocusItem
        let inForm = field
        while (inForm && inForm !== body)
            inForm = inForm.parent
        if (!field || !inForm)
            return
        const view = scroller.contentItem // the ScrollView's Flickable
        const at = field.mapToItem(view.contentItem, 0, 0)
        const top = at.y - Theme.large * 2 - Theme.gap
        const bottom = at.y + field.height + Theme.gap
        const maxY = Math.max(0, view.contentHeight - view.height)
        if (bottom > view.contentY + view.height)
            view.contentY = Math.min(maxY, Math.max(top, bottom - view.height))
        else if (top < view.contentY)
            view.contentY = Math.max(0, top)
    }
    onKeyboardHeightChanged: Qt.callLater(revealFocusedField)
    Connections {
        target: page.Window.window
        function onActiveFocusItemChanged() { Qt.callLater(page.revealFocusedField) }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin * 1.5
        anchors.bottomMargin: Theme.margin * 1.5 + page.keyboardHeight
        spacing: Theme.gap
        RowLayout {
            Layout.fillWidth: true
            Text {
                text: page.heading
                font.pixelSize: Theme.title
                font.bold: true
                color: Theme.primary
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                maximumLineCount: 2
            }
            PrimaryButton { text: qsTr("Stop and go back"); secondary: true; onClicked: page.cancelled() }
        }
        Text {
            // Hidden while a keyboard is up: the form needs the room.
            visible: page.intro.length > 0 && page.keyboardHeight === 0
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
            onHeightChanged: Qt.callLater(page.revealFocusedField)
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
