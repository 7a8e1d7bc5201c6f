import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Yokoten.Core
import Yokoten.Ui

// Two or three devices side by side: what each does, price and running cost where known, the
// subsidy the catalogue names, how many published cases used it and their typical effect,
// and units free to try. On a narrow screen the devices stack, each row still labelled.
Page {
    id: page
    title: qsTr("Compare devices")
    background: Rectangle { color: Theme.background }
    readonly property bool wide: width > 700
    // The attached ApplicationWindow answers for items only, so the page reads it.
    readonly property var chosenIds: page.ApplicationWindow.window ? page.ApplicationWindow.window.compareIds : []

    ModelCompareController {
        id: compare
        bridge: EngineBridge
        modelIds: page.chosenIds
    }

    // The rows every device answers, in reading order.
    readonly property var facts: [
        { key: "maker", label: qsTr("Maker") },
        { key: "areaName", label: qsTr("Area") },
        { key: "description", label: qsTr("What it does") },
        { key: "priceRange", label: qsTr("Price") },
        { key: "runningCost", label: qsTr("Running cost") },
        { key: "subsidy", label: qsTr("Subsidy") },
        { key: "cases", label: qsTr("Cases") },
        { key: "availability", label: qsTr("Trial loan") }
    ]
    function factText(row, key) {
        if (key === "cases")
            return qsTr("%n published case(s)", "", row.caseCount || 0) + "\n" + (row.typicalEffect || "")
        return row[key] || ""
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: parent.width - 2 * Theme.margin
            x: Theme.margin
            spacing: Theme.gap
            Item { implicitHeight: 4 }
            ChoiceField {
                objectName: "compareServiceType"
                label: qsTr("Count the cases of this service type")
                entries: Taxonomy.serviceTypes
                value: compare.serviceType
                onPicked: v => compare.serviceType = v
                Layout.maximumWidth: 480
                Layout.fillWidth: true
            }
            Text {
                visible: compare.rows.length < 2
                text: qsTr("Choose two or three devices: open a device and press “Compare with other devices”.")
                font.pixelSize: Theme.body; color: Theme.textMuted; wrapMode: Text.Wrap; Layout.fillWidth: true
            }
            // Wide: one column per device, a label column on the left.
            GridLayout {
                objectName: "compareGrid"
                visible: page.wide && compare.rows.length > 0
                columns: compare.rows.length + 1
                columnSpacing: Theme.gap
                rowSpacing: Theme.gap
                Layout.fillWidth: true
                Item { Layout.preferredWidth: 140 * Theme.scale }
                Repeater {
                    model: compare.rows
                    delegate: Text {
                        required property var modelData
                        text: modelData.name
                        font.pixelSize: Theme.large
                        font.bold: true
                        color: Theme.primary
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.alignment: Qt.AlignTop
                    }
                }
                Repeater {
                    model: page.wide ? page.facts.length * (compare.rows.length + 1) : 0
                    delegate: Text {
                        required property int index
                        readonly property int fact: Math.floor(index / (compare.rows.length + 1))
                        readonly property int column: index % (compare.rows.length + 1)
                        text: column === 0 ? page.facts[fact].label : page.factText(compare.rows[column - 1], page.facts[fact].key)
                        font.pixelSize: column === 0 ? Theme.small : Theme.body
                        font.bold: column === 0
                        color: column === 0 ? Theme.textMuted : Theme.text
                        wrapMode: Text.Wrap
                        Layout.fillWidth: column > 0
                        Layout.preferredWidth: column === 0 ? 140 * Theme.scale : 1
                        Layout.alignment: Qt.AlignTop
                    }
                }
                Item { }
                Repeater {
                    model: compare.rows
                    delegate: RowLayout {
                        required property var modelData
                        spacing: 8
                        Layout.fillWidth: true
                        PrimaryButton { text: qsTr("Open"); secondary: true; onClicked: page.ApplicationWindow.window.openEquipmentModel(modelData.modelId) }
                        PrimaryButton { text: qsTr("Remove"); secondary: true; onClicked: page.ApplicationWindow.window.toggleCompare(modelData.modelId) }
                    }
                }
            }
            // Narrow: one card per device.
            Repeater {
                model: page.wide ? [] : compare.rows
                delegate: SectionCard {
                    id: card
                    required property var modelData
                    title: modelData.name
                    Repeater {
                        model: page.facts
                        delegate: ColumnLayout {
                            required property var modelData
                            spacing: 2
                            Layout.fillWidth: true
                            Text { text: modelData.label; font.pixelSize: Theme.small; font.bold: true; color: Theme.textMuted }
                            Text { text: page.factText(card.modelData, modelData.key); font.pixelSize: Theme.body; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true }
                        }
                    }
                    RowLayout {
                        spacing: 8
                        PrimaryButton { text: qsTr("Open"); secondary: true; onClicked: page.ApplicationWindow.window.openEquipmentModel(card.modelData.modelId) }
                        PrimaryButton { text: qsTr("Remove"); secondary: true; onClicked: page.ApplicationWindow.window.toggleCompare(card.modelData.modelId) }
                    }
                }
            }
            Text {
                text: qsTr("Prices and subsidies are the catalogue's figures; ask the centre for the conditions that apply to you.")
                font.pixelSize: Theme.small; color: Theme.textMuted; wrapMode: Text.Wrap; Layout.fillWidth: true
            }
            Item { implicitHeight: Theme.margin }
        }
    }
}
