import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Yokoten.Core
import Yokoten.Ui

// Cases from every prefecture: search in Japanese as you type, narrow by category,
// prefecture, equipment area and service type.
Page {
    id: page
    title: qsTr("Good-practice cases")
    background: Rectangle { color: Theme.background }

    function firstCaseId() { return cases.count > 0 ? cases.data(cases.index(0, 0), CaseListModel.CaseIdRole) : "" }

    CaseListModel {
        id: cases
        bridge: EngineBridge
        query: search.text
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap
        RowLayout {
            spacing: Theme.gap
            Layout.fillWidth: true
            TextField {
                id: search
                objectName: "caseSearch"
                placeholderText: qsTr("Search cases (e.g. 見守り, インカム, 移乗)")
                implicitHeight: Theme.touch
                font.pixelSize: Theme.body
                Layout.fillWidth: true
                inputMethodHints: Qt.ImhNoPredictiveText
            }
            PrimaryButton { text: qsTr("Write a case"); onClicked: page.ApplicationWindow.window.newCase() }
        }
        GridLayout {
            columns: page.width > 900 ? 4 : 2
            columnSpacing: Theme.gap
            Layout.fillWidth: true
            ChoiceField { label: qsTr("Category"); entries: Taxonomy.categories; value: cases.category; onPicked: v => cases.category = v; Layout.fillWidth: true }
            ChoiceField { label: qsTr("Prefecture"); entries: Taxonomy.prefectures; value: cases.prefecture; onPicked: v => cases.prefecture = v; Layout.fillWidth: true }
            ChoiceField { label: qsTr("Equipment area"); entries: Taxonomy.equipmentAreas; value: cases.equipmentArea; onPicked: v => cases.equipmentArea = v; Layout.fillWidth: true }
            ChoiceField { label: qsTr("Service type"); entries: Taxonomy.serviceTypes; value: cases.serviceType; onPicked: v => cases.serviceType = v; Layout.fillWidth: true }
        }
        Text {
            text: search.text.length > 0 ? qsTr("%n case(s) found", "", cases.count) : qsTr("Newest first")
            font.pixelSize: Theme.small
            color: Theme.textMuted
        }
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 8
            model: cases
            delegate: ItemDelegate {
                required property string caseId
                required property string title
                required property string categoryName
                required property string organisation
                required property string prefectureName
                required property int fiscalYear
                required property string stateText
                required property int caseState
                width: ListView.view.width
                implicitHeight: Math.max(72, row.implicitHeight + 20)
                onClicked: page.ApplicationWindow.window.openCase(caseId)
                background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.border }
                contentItem: ColumnLayout {
                    id: row
                    spacing: 4
                    Text { text: title; font.pixelSize: Theme.large; font.bold: true; wrapMode: Text.Wrap; Layout.fillWidth: true; color: Theme.text }
                    RowLayout {
                        spacing: 8
                        Layout.fillWidth: true
                        StatusChip { text: categoryName }
                        StatusChip { text: caseState !== 3 ? stateText : ""; tone: "waiting" }
                        Text {
                            text: organisation + " · " + prefectureName + (fiscalYear > 0 ? " · " + qsTr("FY%1").arg(fiscalYear) : "")
                            font.pixelSize: Theme.small
                            color: Theme.textMuted
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                    }
                }
            }
            EmptyState {
                anchors.centerIn: parent
                width: parent.width
                message: cases.count === 0 && !cases.loading
                    ? (search.text.length > 0 ? qsTr("No case matches “%1”. Try a shorter word.").arg(search.text) : qsTr("No cases on this device yet."))
                    : ""
            }
        }
    }
}
