import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Yokoten.Core
import Yokoten.Ui

// A facility's consultations with the centre: ask a new one, open one to read the exchange
// and reply. The support record (everything done with the centre) is one tap away.
Page {
    id: page
    title: qsTr("Consultations")
    background: Rectangle { color: Theme.background }

    ConsultationListModel { id: consultations; bridge: EngineBridge; sessionManager: Session }

    function firstConsultationId() { return consultations.firstId() }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap
        Text {
            text: qsTr("Ask the prefecture's one-stop centre about care technology, subsidies, staffing or where to start. Past consultations stay here when staff change.")
            font.pixelSize: Theme.body; color: Theme.textMuted; wrapMode: Text.Wrap; Layout.fillWidth: true
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.gap
            PrimaryButton { text: qsTr("Ask the centre"); onClicked: page.ApplicationWindow.window.newConsultation() }
            PrimaryButton { secondary: true; text: qsTr("Support record"); onClicked: page.ApplicationWindow.window.openSupportRecord("", "") }
        }
        ListView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 8
            model: consultations
            delegate: ConsultationDelegate { showFacility: false; onOpened: id => page.ApplicationWindow.window.openConsultation(id) }
            EmptyState { anchors.centerIn: parent; width: parent.width; message: consultations.count === 0 ? qsTr("No consultations yet.") : "" }
        }
    }
}
