import QtQuick
import QtQuick.Templates as T
import QtQuick.VirtualKeyboard
import Yokoten.Ui

// The kiosk's on-screen keyboard for Latin letters and digits (Qt Virtual Keyboard): a
// touch-only visitor can type an e-mail address, and the attendant's PIN gets a number pad
// (its field asks for digits). It slides up from the bottom edge while a field has the focus,
// unless the kana keyboard (KioskKanaKeyboard) is up instead; its "かな" tab brings that back.
InputPanel {
    id: panel
    objectName: "kioskKeyboard"
    // The kana keyboard is shown in its place.
    property bool hidden: false
    // The focused field takes kana (not an e-mail, phone or PIN field).
    property bool kanaOffered: false
    readonly property bool shown: active && !hidden
    signal kanaChosen()
    // On the overlay, above the modal PIN popup's dimming, so its keys can be touched. Qt's
    // keyboard is as tall as its width makes it: across all 1920 pixels it took more than half
    // the screen, so it is narrower and centred, with the "かな" key beside it.
    parent: T.Overlay.overlay
    z: 1000
    width: parent ? Math.min(parent.width - Theme.touch * 6, 1300) : 0
    x: parent ? (parent.width - width) / 2 : 0
    y: shown ? parent.height - height : parent.height
    Behavior on y { NumberAnimation { duration: 150 } }

    // The strip the keyboard stands on, the full width of the screen.
    Rectangle {
        z: -1
        x: -panel.x
        width: panel.parent ? panel.parent.width : 0
        height: panel.height
        color: "#2b3034"
        // Touches beside the keys do not reach the page under the strip.
        MouseArea { anchors.fill: parent }
    }
    T.AbstractButton {
        id: kanaTab
        objectName: "kanaTab"
        visible: panel.kanaOffered
        focusPolicy: Qt.NoFocus
        anchors.right: parent.left
        anchors.rightMargin: Theme.gap
        anchors.top: parent.top
        anchors.topMargin: Theme.gap
        width: Theme.touch * 2.5
        height: Theme.touch
        font.pixelSize: Theme.large
        text: "かな"
        onClicked: panel.kanaChosen()
        contentItem: Text {
            text: kanaTab.text
            font: kanaTab.font
            color: Theme.primaryText
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }
        background: Rectangle { color: Theme.primary; radius: 6 }
    }
}
