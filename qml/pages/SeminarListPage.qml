import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Yokoten.Core
import Yokoten.Ui

// Seminars and exhibitions ahead: when, where, seats left as last known, the deadline and
// whether I am signed up.
Page {
    id: page
    title: qsTr("Seminars")
    background: Rectangle { color: Theme.background }

    function firstSessionId() { return sessions.count > 0 ? sessions.data(sessions.index(0, 0), SeminarListModel.SessionIdRole) : "" }

    SeminarListModel { id: sessions; bridge: EngineBridge; sessionManager: Session }

    PrimaryButton {
        id: newSessionButton
        visible: Session.centreStaff
        text: qsTr("New session")
        anchors { top: parent.top; right: parent.right; margins: Theme.margin }
        onClicked: page.ApplicationWindow.window.newSession()
    }

    ListView {
        anchors.fill: parent
        anchors.margins: Theme.margin
        anchors.topMargin: newSessionButton.visible ? newSessionButton.height + 2 * Theme.margin : Theme.margin
        clip: true
        spacing: 8
        model: sessions
        delegate: ItemDelegate {
            required property string sessionId
            required property string title
            required property string startsAtText
            required property string venue
            required property int capacity
            required property int seatsLeft
            required property string deadlineText
            required property bool deadlinePassed
            required property bool cancelled
            required property string myStatusText
            required property bool myPending
            width: ListView.view.width
            implicitHeight: Math.max(80, content.implicitHeight + 20)
            onClicked: page.ApplicationWindow.window.openSeminar(sessionId)
            background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.border }
            contentItem: ColumnLayout {
                id: content
                spacing: 4
                Text { text: title; font.pixelSize: Theme.large; font.bold: true; wrapMode: Text.Wrap; Layout.fillWidth: true; color: Theme.text }
                Text { text: startsAtText + " · " + venue; font.pixelSize: Theme.body; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true }
                // Chips and the deadline flow onto the next line on a phone: nothing is cut off.
                Flow {
                    spacing: 8
                    Layout.fillWidth: true
                    StatusChip { text: cancelled ? qsTr("Cancelled") : qsTr("%1 of %2 seats left").arg(seatsLeft).arg(capacity); tone: cancelled ? "danger" : (seatsLeft > 0 ? "ok" : "waiting") }
                    StatusChip { text: myStatusText; tone: myPending ? "waiting" : "ok" }
                    Text {
                        text: deadlinePassed ? qsTr("Sign-up closed") : qsTr("Sign up by %1").arg(deadlineText)
                        font.pixelSize: Theme.small
                        color: deadlinePassed ? Theme.danger : Theme.textMuted
                        wrapMode: Text.Wrap
                        width: Math.min(implicitWidth, content.width)
                    }
                }
            }
        }
        EmptyState { anchors.centerIn: parent; width: parent.width; message: sessions.count === 0 ? qsTr("No seminars planned right now.") : "" }
    }
}
