import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Yokoten.Core
import Yokoten.Ui

// Centre staff: one programme's applications, the counts against its places, and choose or
// do not choose. A choice beyond the places is refused here, and by the server if another
// device took the last place meanwhile; the application then shows the server's reason.
Page {
    id: page
    property string programmeId
    property string programmeTitle
    property int places: 0
    property bool mayDecide: true // false for a programme's adviser: they follow, centre staff choose
    title: qsTr("Applicants: %1").arg(programmeTitle)
    background: Rectangle { color: Theme.background }

    ParticipationListModel { id: applicants; bridge: EngineBridge; sessionManager: Session; programmeId: page.programmeId }
    ProgrammeController {
        id: controller
        bridge: EngineBridge
        sessionManager: Session
        onDecided: page.ApplicationWindow.window.notify(qsTr("Decision saved. The facility hears it after the next sync."))
    }
    readonly property int placesLeft: Math.max(0, places - applicants.chosen)

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            x: Theme.margin
            width: parent.width - 2 * Theme.margin
            spacing: Theme.gap
            Item { implicitHeight: 4 }
            GridLayout {
                Layout.fillWidth: true
                columns: width > 700 ? 4 : 2
                columnSpacing: Theme.gap
                rowSpacing: Theme.gap
                FigureTile { label: qsTr("Applied"); value: String(applicants.applied) }
                FigureTile { label: qsTr("Waiting for a decision"); value: String(applicants.waiting) }
                FigureTile { label: qsTr("Chosen"); value: String(applicants.chosen) }
                FigureTile { label: qsTr("Places left"); value: page.placesLeft + " / " + page.places }
            }
            Text { visible: controller.errorText.length > 0; text: "⚠ " + controller.errorText; color: Theme.danger; font.pixelSize: Theme.body; wrapMode: Text.Wrap; Layout.fillWidth: true }
            Repeater {
                model: applicants
                delegate: ParticipationDelegate {
                    centre: true
                    mayDecide: page.mayDecide
                    canChoose: page.placesLeft > 0 && !controller.busy
                    onDecide: (id, chosen) => controller.decide(id, chosen)
                    onOpened: id => page.ApplicationWindow.window.openParticipation(id)
                }
            }
            EmptyState { message: applicants.count === 0 ? qsTr("No applications yet.") : ""; Layout.fillWidth: true }
            Item { implicitHeight: Theme.margin }
        }
    }
}
