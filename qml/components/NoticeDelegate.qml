import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Yokoten.Ui

// One notice in a list: title, sender and date, the deadline (near or past in colour), and
// whether the person has read it; for the sender's organisation how many organisations read it.
ItemDelegate {
    id: row
    required property string noticeId
    required property string title
    required property string sender
    required property string publishedText
    required property string deadlineText
    required property string deadlineTone
    required property bool read
    required property bool withdrawn
    required property bool hasAttachment
    required property string readCountText
    property bool sent: false
    signal opened(string noticeId)
    Layout.fillWidth: true
    implicitHeight: Math.max(Theme.touch, column.implicitHeight + 16)
    onClicked: row.opened(row.noticeId)
    background: Rectangle { color: row.down ? Theme.surfaceAlt : Theme.surface; border.color: Theme.border; radius: 8 }
    contentItem: ColumnLayout {
        id: column
        spacing: 4
        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            StatusChip { visible: !row.sent && !row.read && !row.withdrawn; text: qsTr("Unread"); tone: "waiting" }
            StatusChip { visible: row.withdrawn; text: qsTr("Withdrawn"); tone: "neutral" }
            Text {
                text: row.title
                font.pixelSize: Theme.body; font.bold: !row.read || row.sent; color: Theme.text
                wrapMode: Text.Wrap; Layout.fillWidth: true
            }
        }
        Text { text: row.sender + " · " + row.publishedText; font.pixelSize: Theme.small; color: Theme.textMuted; wrapMode: Text.Wrap; Layout.fillWidth: true }
        // The chips wrap below each other on a phone rather than squeezing the sender away.
        Flow {
            visible: row.hasAttachment || row.deadlineText.length > 0
            Layout.fillWidth: true
            spacing: 8
            StatusChip { visible: row.deadlineText.length > 0; text: row.deadlineText; tone: row.deadlineTone === "past" ? "neutral" : row.deadlineTone === "soon" ? "danger" : "waiting" }
            StatusChip { visible: row.hasAttachment; text: qsTr("Attachment") }
        }
        Text { visible: row.readCountText.length > 0; text: row.readCountText; font.pixelSize: Theme.body; font.bold: true; color: Theme.primary; Layout.fillWidth: true }
    }
}
