import QtQuick
import QtQuick.Layouts
import Yokoten.Ui

// One titled block of a page (a section of a case, a group of settings).
Rectangle {
    id: card
    property string title
    default property alias content: body.data
    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.border
    implicitHeight: column.implicitHeight + 2 * Theme.margin
    Layout.fillWidth: true
    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap
        Text {
            visible: card.title.length > 0
            text: card.title
            font.pixelSize: Theme.large
            font.bold: true
            color: Theme.primary
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }
        ColumnLayout {
            id: body
            spacing: Theme.gap
            Layout.fillWidth: true
        }
    }
}
