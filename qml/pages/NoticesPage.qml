import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Yokoten.Core
import Yokoten.Ui

// お知らせ: the notices the person has not read yet, every one they received, and for centre
// staff and prefecture officers the ones their organisation sent, with how many of the
// audience's organisations have read each.
Page {
    id: page
    property string show: "unread" // "unread", "received" or "sent"
    title: qsTr("Notices")
    background: Rectangle { color: Theme.background }

    NoticeListModel { id: notices; bridge: EngineBridge; sessionManager: Session; scope: page.show }
    NoticeController { id: controller; bridge: EngineBridge; sessionManager: Session }

    function firstNoticeId() { return notices.count > 0 ? notices.get(0).noticeId : "" }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            x: Theme.margin
            width: parent.width - 2 * Theme.margin
            spacing: Theme.gap
            Item { implicitHeight: 4 }
            ChoiceChips {
                entries: controller.canPublish
                    ? [{ id: "unread", text: qsTr("Unread") }, { id: "received", text: qsTr("Received") }, { id: "sent", text: qsTr("Sent by us") }]
                    : [{ id: "unread", text: qsTr("Unread") }, { id: "received", text: qsTr("Received") }]
                selected: [page.show]
                onEdited: if (selected.length > 0) page.show = selected[0]
            }
            Text {
                text: page.show === "sent" ? qsTr("Only counts are shown: the server never tells which organisations have read a notice.")
                    : qsTr("A notice stays on your home page until you open it.")
                font.pixelSize: Theme.small; color: Theme.textMuted; wrapMode: Text.Wrap; Layout.fillWidth: true
            }
            PrimaryButton {
                visible: controller.canPublish
                text: qsTr("Write a notice")
                onClicked: page.ApplicationWindow.window.newNotice()
            }
            Repeater {
                model: notices
                delegate: NoticeDelegate {
                    sent: page.show === "sent"
                    onOpened: id => page.ApplicationWindow.window.openNotice(id)
                }
            }
            EmptyState {
                message: notices.count > 0 ? "" : page.show === "unread" ? qsTr("No unread notices.")
                    : page.show === "sent" ? qsTr("Your organisation has not sent a notice yet.") : qsTr("No notices yet. They arrive with the next sync.")
                Layout.fillWidth: true
            }
            Item { implicitHeight: Theme.margin }
        }
    }
}
