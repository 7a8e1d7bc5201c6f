import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Yokoten.Core
import Yokoten.Ui

// Centre staff: cases submitted for review. Read one, then publish it or archive it; the
// decision waits on this device until the next connection like every other change.
Page {
    id: page
    title: qsTr("Cases to review")
    background: Rectangle { color: Theme.background }

    CaseListModel { id: submitted; bridge: EngineBridge; caseState: 2 }
    CaseController { id: moderation; bridge: EngineBridge; sessionManager: Session }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap
        Text { visible: !Session.centreStaff; text: qsTr("Only centre staff can publish cases."); color: Theme.textMuted; font.pixelSize: Theme.body; wrapMode: Text.Wrap; Layout.fillWidth: true }
        Text { visible: moderation.errorText.length > 0; text: moderation.errorText; color: Theme.danger; font.pixelSize: Theme.body; wrapMode: Text.Wrap; Layout.fillWidth: true }
        ListView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 8
            model: submitted
            delegate: ItemDelegate {
                id: row
                required property string caseId
                required property string title
                required property string organisation
                required property string prefectureName
                required property string categoryName
                width: ListView.view.width
                implicitHeight: content.implicitHeight + 24
                onClicked: page.ApplicationWindow.window.openCase(caseId)
                background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.border }
                contentItem: ColumnLayout {
                    id: content
                    spacing: 6
                    Text { text: row.title; font.pixelSize: Theme.large; font.bold: true; wrapMode: Text.Wrap; Layout.fillWidth: true; color: Theme.text }
                    Text { text: row.organisation + " · " + row.prefectureName + " · " + row.categoryName; font.pixelSize: Theme.body; color: Theme.textMuted; wrapMode: Text.Wrap; Layout.fillWidth: true }
                    RowLayout {
                        visible: Session.centreStaff
                        spacing: 8
                        PrimaryButton { text: qsTr("Publish"); onClicked: { moderation.caseId = row.caseId; moderation.publish() } }
                        PrimaryButton { secondary: true; text: qsTr("Archive"); onClicked: { moderation.caseId = row.caseId; moderation.archive() } }
                        PrimaryButton { secondary: true; text: qsTr("Read"); onClicked: page.ApplicationWindow.window.openCase(row.caseId) }
                    }
                }
            }
            EmptyState { anchors.centerIn: parent; width: parent.width; message: submitted.count === 0 ? qsTr("No cases are waiting for review.") : "" }
        }
    }
}
