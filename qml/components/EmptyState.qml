import QtQuick
import Yokoten.Ui

// What an empty list says instead of nothing.
Text {
    property string message
    text: message
    visible: message.length > 0
    wrapMode: Text.Wrap
    horizontalAlignment: Text.AlignHCenter
    color: Theme.textMuted
    font.pixelSize: Theme.body
    padding: Theme.margin * 2
}
