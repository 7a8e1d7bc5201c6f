import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Yokoten.Core
import Yokoten.Ui

// 支援プログラム: the prefecture's support programmes (accompaniment, model facilities). A
// facility sees the open ones, applies, and follows its applications; centre staff see how
// many applied and were chosen, open the applicants, and publish a new programme.
Page {
    id: page
    property string viewAs: "" // "centre" or "facility" for the screenshot tour; empty: the account decides
    // A prefecture officer publishes and follows programmes as the centre does; only facilities apply.
    readonly property bool centre: viewAs === "centre" || (viewAs === "" && (Session.centreStaff || Session.prefectureOfficer))
    title: qsTr("Support programmes")
    background: Rectangle { color: Theme.background }

    ProgrammeListModel { id: programmes; bridge: EngineBridge; sessionManager: Session }
    ParticipationListModel { id: mine; bridge: EngineBridge; sessionManager: Session }
    ProgrammeController { id: controller; bridge: EngineBridge; sessionManager: Session }

    function firstProgramme() { return programmes.count > 0 ? programmes.get(0) : null }
    function firstChosenParticipationId() {
        for (let i = 0; i < mine.count; ++i)
            if (mine.get(i).state === 2)
                return mine.get(i).participationId
        return ""
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            x: Theme.margin
            width: parent.width - 2 * Theme.margin
            spacing: Theme.gap
            Item { implicitHeight: 4 }
            Text {
                text: page.centre ? qsTr("Programmes of your prefecture: applications, choices and how the chosen facilities are doing.")
                                  : qsTr("Accompaniment support and model facilities: the centre works with your facility for several months. Apply while applications are open.")
                font.pixelSize: Theme.body; color: Theme.textMuted; wrapMode: Text.Wrap; Layout.fillWidth: true
            }
            PrimaryButton {
                visible: page.centre || controller.canPublish
                text: qsTr("Publish a programme")
                onClicked: page.ApplicationWindow.window.newProgramme()
            }
            Repeater {
                model: programmes
                delegate: ProgrammeDelegate {
                    centre: page.centre
                    onApply: (id, title) => page.ApplicationWindow.window.openProgrammeApply(id, title)
                    onOpenApplicants: (id, title, places, mayDecide) => page.ApplicationWindow.window.openApplicants(id, title, places, mayDecide)
                    onOpenParticipation: id => page.ApplicationWindow.window.openParticipation(id)
                }
            }
            EmptyState { message: programmes.count === 0 ? qsTr("No programmes yet. They arrive with the next sync.") : ""; Layout.fillWidth: true }
            Text {
                visible: !page.centre
                text: qsTr("My applications")
                font.pixelSize: Theme.large; font.bold: true; color: Theme.primary; Layout.fillWidth: true
            }
            Repeater {
                model: page.centre ? null : mine
                delegate: ParticipationDelegate { onOpened: id => page.ApplicationWindow.window.openParticipation(id) }
            }
            EmptyState { visible: !page.centre && mine.count === 0; message: qsTr("No applications yet."); Layout.fillWidth: true }
            Item { implicitHeight: Theme.margin }
        }
    }
}
