import QtQuick
import QtQuick.Templates as T
import QtQuick.VirtualKeyboard
import Yokoten.Ui

// The kiosk's on-screen keyboard (Qt Virtual Keyboard): a touch-only visitor can fill in a
// name or an organisation, and the attendant's PIN gets a number pad (its field asks for
// digits). It slides up from the bottom edge while a field has the focus.
InputPanel {
    id: panel
    objectName: "kioskKeyboard"
    // On the overlay, above the modal PIN popup's dimming, so its keys can be touched.
    parent: T.Overlay.overlay
    z: 1000
    width: parent ? parent.width : 0
    y: active ? parent.height - height : parent.height
    Behavior on y { NumberAnimation { duration: 150 } }
}
