import QtQuick
import QtQuick.Layouts
import Yokoten.Ui

// One self-assessment template to choose: its kind and whom it is for, its title, and how
// far this facility is with it (answers in the draft, the last submission). The chosen one
// is marked; tapping another switches to it without touching either draft.
Rectangle {
    id: choice
    required property var entry
    signal chosen(string family)
    Layout.fillWidth: true
    implicitHeight: column.implicitHeight + 2 * Theme.gap
    radius: Theme.radius
    color: entry.chosen ? Theme.background : Theme.surface
    border.color: entry.chosen ? Theme.primary : Theme.border
    border.width: entry.chosen ? 2 : 1
    Accessible.role: Accessible.Button
    Accessible.name: entry.title
    MouseArea { anchors.fill: parent; onClicked: choice.chosen(choice.entry.family) }
    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.gap
        spacing: 4
        Text { text: choice.entry.kindText + " · " + choice.entry.forText; font.pixelSize: Theme.small; color: Theme.primary; wrapMode: Text.Wrap; Layout.fillWidth: true }
        Text { text: choice.entry.title; font.pixelSize: Theme.body; font.bold: true; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true }
        Flow {
            spacing: Theme.gap
            Layout.fillWidth: true
            StatusChip {
                text: choice.entry.answered > 0 ? qsTr("Draft: %1 of %2 answered").arg(choice.entry.answered).arg(choice.entry.itemCount)
                                                : qsTr("%n question(s)", "", choice.entry.itemCount)
                tone: choice.entry.answered > 0 ? "waiting" : "neutral"
            }
            StatusChip {
                visible: choice.entry.lastSubmittedText.length > 0
                text: qsTr("Last submitted %1").arg(choice.entry.lastSubmittedText)
                tone: "ok"
            }
            StatusChip { visible: choice.entry.chosen; text: qsTr("Open now"); tone: "ok" }
        }
    }
}
