import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Yokoten.Core
import Yokoten.Ui

// Centre staff: the facilities of the prefecture, searchable by name, each leading to its
// support record (支援カルテ).
Page {
    id: page
    title: qsTr("Support records")
    background: Rectangle { color: Theme.background }

    FacilityListModel { id: facilities; bridge: EngineBridge; sessionManager: Session }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap
        TextField {
            placeholderText: qsTr("Search by facility name")
            implicitHeight: Theme.touch
            font.pixelSize: Theme.body
            Layout.fillWidth: true
            onTextChanged: facilities.search = text
        }
        ListView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 6
            model: facilities
            delegate: PrimaryButton {
                required property string organisationId
                required property string name
                required property string municipality
                width: ListView.view.width
                secondary: true
                text: municipality.length > 0 ? name + " · " + municipality : name
                onClicked: page.ApplicationWindow.window.openSupportRecord(organisationId, name)
            }
            EmptyState { anchors.centerIn: parent; width: parent.width; message: facilities.count === 0 ? qsTr("No facility matches.") : "" }
        }
    }
}
