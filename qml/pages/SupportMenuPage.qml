import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Yokoten.Core
import Yokoten.Ui

// 支援メニュー: the subsidies and programmes of the prefecture in one place. A facility sees
// those for its own service type and size first (or picks another, or all) and how many
// requirements it already meets; centre staff and officers see every entry.
Page {
    id: page
    readonly property bool facility: !Session.centreStaff && !Session.prefectureOfficer
    title: qsTr("Support menu")
    background: Rectangle { color: Theme.background }

    SupportMenuListModel {
        id: menu
        bridge: EngineBridge
        sessionManager: Session
        serviceType: page.facility ? -1 : 0
        staffCount: page.facility ? -1 : 0
    }

    // The first entry still taking applications (the tour opens it), else the first.
    function firstEntryId() {
        for (let i = 0; i < menu.count; ++i)
            if (menu.get(i).open)
                return menu.get(i).entryId
        return menu.count > 0 ? menu.get(0).entryId : ""
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
                text: qsTr("Subsidies and programmes you can use, with what each asks for. Open one to see its requirements and sign up for what meets them.")
                font.pixelSize: Theme.body; color: Theme.textMuted; wrapMode: Text.Wrap; Layout.fillWidth: true
            }
            PrimaryButton {
                visible: !page.facility
                text: qsTr("New entry")
                onClicked: page.ApplicationWindow.window.newMenuEntry()
            }
            GridLayout {
                Layout.fillWidth: true
                columns: page.width > 700 ? 2 : 1
                columnSpacing: Theme.gap
                ChoiceField {
                    label: qsTr("Service type")
                    entries: (page.facility ? [{ value: -1, label: qsTr("My facility's") }] : []).concat(Taxonomy.serviceTypes)
                    value: menu.serviceType
                    onPicked: v => menu.serviceType = v
                    Layout.fillWidth: true
                }
                ChoiceField {
                    label: qsTr("Number of staff")
                    entries: (page.facility ? [{ value: -1, label: qsTr("My facility's") }] : []).concat([
                        { value: 0, label: qsTr("All sizes") }, { value: 10, label: qsTr("Up to 10") },
                        { value: 20, label: qsTr("11 to 30") }, { value: 60, label: qsTr("31 to 100") },
                        { value: 150, label: qsTr("More than 100") }])
                    value: menu.staffCount
                    onPicked: v => menu.staffCount = v
                    Layout.fillWidth: true
                }
            }
            Text {
                visible: page.facility && (menu.serviceType === -1 || menu.staffCount === -1)
                text: menu.appliedServiceType > 0 || menu.appliedStaffCount > 0
                    ? qsTr("For your facility: %1, %2 staff").arg(menu.appliedServiceType > 0 ? Taxonomy.serviceTypeName(menu.appliedServiceType) : qsTr("any service type")).arg(menu.appliedStaffCount > 0 ? menu.appliedStaffCount : "–")
                    : qsTr("Your facility's service type and size are not recorded: pick them above.")
                font.pixelSize: Theme.small; color: Theme.textMuted; wrapMode: Text.Wrap; Layout.fillWidth: true
            }
            Repeater {
                model: menu
                delegate: MenuEntryDelegate { onOpened: id => page.ApplicationWindow.window.openMenuEntry(id) }
            }
            EmptyState { message: menu.count === 0 ? qsTr("No support menu entries for this choice. Entries arrive with the next sync.") : ""; Layout.fillWidth: true }
            Item { implicitHeight: Theme.margin }
        }
    }
}
