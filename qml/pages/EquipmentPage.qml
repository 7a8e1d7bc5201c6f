import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Yokoten.Core
import Yokoten.Ui

// The centre's equipment for trial loans, by priority area (transfer, monitoring …).
Page {
    id: page
    title: qsTr("Equipment to try")
    background: Rectangle { color: Theme.background }

    function firstModelId() { return catalogue.count > 0 ? catalogue.data(catalogue.index(0, 0), EquipmentListModel.ModelIdRole) : "" }
    function firstModelIds(n) {
        const ids = []
        for (let i = 0; i < Math.min(n, catalogue.count); ++i)
            ids.push(catalogue.data(catalogue.index(i, 0), EquipmentListModel.ModelIdRole))
        return ids
    }

    EquipmentListModel { id: catalogue; bridge: EngineBridge }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap
        RowLayout {
            spacing: Theme.gap
            Layout.fillWidth: true
            ChoiceField {
                label: qsTr("Area")
                entries: Taxonomy.equipmentAreas
                value: catalogue.area
                onPicked: v => catalogue.area = v
                Layout.fillWidth: true
            }
            PrimaryButton {
                objectName: "openCompare"
                readonly property int chosen: page.ApplicationWindow.window ? page.ApplicationWindow.window.compareIds.length : 0
                visible: chosen >= 2
                text: qsTr("Compare (%1)").arg(chosen)
                Layout.alignment: Qt.AlignBottom
                onClicked: page.ApplicationWindow.window.openCompare()
            }
            PrimaryButton {
                secondary: true
                text: qsTr("My loans")
                Layout.alignment: Qt.AlignBottom
                onClicked: page.ApplicationWindow.window.showPage("loans")
            }
        }
        ListView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 8
            model: catalogue
            section.property: "areaName"
            section.delegate: Text {
                required property string section
                text: section
                font.pixelSize: Theme.large
                font.bold: true
                color: Theme.primary
                topPadding: 8
                bottomPadding: 4
            }
            delegate: EquipmentDelegate {}
            EmptyState { anchors.centerIn: parent; width: parent.width; message: catalogue.count === 0 ? qsTr("No equipment in this area.") : "" }
        }
    }
}
