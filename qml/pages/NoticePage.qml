import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Yokoten.Core
import Yokoten.Ui

// One notice. Opening it marks it read for the person (it leaves their home page) and, once
// for their organisation, on the server. The sender's organisation sees who it was for, how
// many organisations have read it, and may withdraw it.
Page {
    id: page
    property string noticeId
    readonly property var d: controller.details
    title: qsTr("Notice")
    background: Rectangle { color: Theme.background }

    NoticeController {
        id: controller
        bridge: EngineBridge
        sessionManager: Session
        noticeId: page.noticeId
        onDetailsChanged: markRead()
        onWithdrawn: page.ApplicationWindow.window.notify(qsTr("Notice withdrawn. It leaves the audience's home pages after their next sync."))
    }
    ConfirmDialog {
        id: confirmWithdraw
        title: qsTr("Withdraw this notice?")
        message: qsTr("It disappears from every device it was sent to. This cannot be undone.")
        confirmText: qsTr("Withdraw")
        destructive: true
        onConfirmed: controller.withdraw()
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            x: Theme.margin
            width: Math.min(parent.width - 2 * Theme.margin, 900)
            spacing: Theme.gap
            Item { implicitHeight: 4 }
            Text { text: page.d.title || ""; font.pixelSize: Theme.large; font.bold: true; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true }
            Text { text: (page.d.sender || "") + " · " + (page.d.publishedText || ""); font.pixelSize: Theme.small; color: Theme.textMuted; wrapMode: Text.Wrap; Layout.fillWidth: true }
            // The deadline is what people act on: large, and red within a week.
            Rectangle {
                visible: (page.d.deadlineText || "").length > 0
                Layout.fillWidth: true
                implicitHeight: deadline.implicitHeight + 20
                radius: 8
                color: page.d.deadlineTone === "soon" ? "#f8dedc" : page.d.deadlineTone === "past" ? Theme.surfaceAlt : "#fbf0c9"
                border.color: page.d.deadlineTone === "soon" ? Theme.danger : Theme.waiting
                Text {
                    id: deadline
                    anchors.centerIn: parent
                    width: parent.width - 24
                    text: (page.d.deadlineText || "") + (page.d.deadlineTone === "past" ? "  " + qsTr("(passed)") : "")
                    font.pixelSize: Theme.large; font.bold: true; color: Theme.text; wrapMode: Text.Wrap
                }
            }
            StatusChip { visible: page.d.withdrawn === true; text: qsTr("Withdrawn by the sender") }
            Text { text: page.d.body || ""; font.pixelSize: Theme.body; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true; textFormat: Text.PlainText }
            Repeater {
                model: page.d.attachments || []
                delegate: Text {
                    required property string modelData
                    text: qsTr("Attachment: %1").arg(modelData)
                    font.pixelSize: Theme.body; color: Theme.text; elide: Text.ElideMiddle; Layout.fillWidth: true
                }
            }
            SectionCard {
                visible: page.d.own === true
                title: qsTr("Sent by your organisation")
                Layout.fillWidth: true
                Text { text: qsTr("For: %1").arg(page.d.audienceText || ""); font.pixelSize: Theme.body; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true }
                Text {
                    text: (page.d.readCountText || "").length > 0 ? page.d.readCountText : qsTr("The count arrives with the next sync.")
                    font.pixelSize: Theme.large; font.bold: true; color: Theme.primary; wrapMode: Text.Wrap; Layout.fillWidth: true
                }
                Text { text: qsTr("Only counts are shown: the server never tells which organisations have read it."); font.pixelSize: Theme.small; color: Theme.textMuted; wrapMode: Text.Wrap; Layout.fillWidth: true }
                PrimaryButton {
                    visible: page.d.withdrawn !== true
                    secondary: true
                    text: qsTr("Withdraw the notice")
                    enabled: !controller.busy
                    onClicked: confirmWithdraw.open()
                }
            }
            Text {
                visible: page.d.own !== true && page.d.read === true
                text: "✓ " + qsTr("Read")
                font.pixelSize: Theme.small; color: Theme.ok
            }
            Text { visible: controller.errorText.length > 0; text: "⚠ " + controller.errorText; color: Theme.danger; font.pixelSize: Theme.body; wrapMode: Text.Wrap; Layout.fillWidth: true }
            Item { implicitHeight: Theme.margin }
        }
    }
}
