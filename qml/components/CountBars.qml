import QtQuick
import QtQuick.Layouts
import Yokoten.Ui

// Counts as horizontal bars ({label, count} rows, or {label, count, share} with a share of
// the answers): the label, a bar scaled to the largest count, and the number (with the
// share in %). Labels wrap, so the largest text size never cuts one. Rows are laid out from
// the width they are given (no implicit width), so the bars never feed back into it.
ColumnLayout {
    id: bars
    property var rows: []
    property bool showShare: false
    readonly property int largest: rows.reduce((m, r) => Math.max(m, r.count), 1)
    readonly property real labelWidth: Math.round(width * 0.42)
    readonly property real numberWidth: Theme.small * (showShare ? 6 : 2.5)
    spacing: 6
    Layout.fillWidth: true
    Repeater {
        model: bars.rows
        delegate: Item {
            id: row
            required property var modelData
            Layout.fillWidth: true
            implicitHeight: Math.max(label.implicitHeight, bar.height)
            Text {
                id: label
                width: bars.labelWidth
                text: row.modelData.label
                font.pixelSize: Theme.small
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Rectangle {
                id: bar
                x: bars.labelWidth + 8
                anchors.verticalCenter: parent.verticalCenter
                readonly property real room: Math.max(0, bars.width - bars.labelWidth - bars.numberWidth - 16)
                width: row.modelData.count > 0 ? Math.max(4, room * row.modelData.count / bars.largest) : 0
                height: Math.round(Theme.small * 1.2)
                radius: 3
                color: Theme.primary
            }
            Text {
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                width: bars.numberWidth
                text: bars.showShare ? qsTr("%1 (%2 %)").arg(row.modelData.count).arg(Math.round(row.modelData.share * 100)) : row.modelData.count
                font.pixelSize: Theme.small
                color: Theme.textMuted
                horizontalAlignment: Text.AlignRight
            }
        }
    }
}
