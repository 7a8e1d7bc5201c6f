import QtQuick
import Yokoten.Ui

// A small coloured label for a state: waiting to send, confirmed, waitlisted, rejected.
Rectangle {
    id: chip
    property string text
    property string tone: "neutral" // neutral | ok | waiting | danger
    readonly property bool shown: text.length > 0
    visible: shown
    radius: height / 2
    implicitHeight: label.implicitHeight + 8
    implicitWidth: label.implicitWidth + 20
    color: tone === "ok" ? "#e3f1e4" : tone === "waiting" ? "#fbf0c9" : tone === "danger" ? "#f8dedc" : Theme.surfaceAlt
    border.color: tone === "ok" ? Theme.ok : tone === "waiting" ? Theme.waiting : tone === "danger" ? Theme.danger : Theme.border
    Text {
        id: label
        anchors.centerIn: parent
        text: chip.text
        font.pixelSize: Theme.small
        color: chip.tone === "ok" ? Theme.ok : chip.tone === "waiting" ? Theme.waiting : chip.tone === "danger" ? Theme.danger : Theme.text
    }
}
