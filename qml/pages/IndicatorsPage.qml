import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Yokoten.Core
import Yokoten.Ui

// 指標. Prefecture officers, municipal officers and centre staff read the figures the server
// counted from Yokoten's records, offline, one area at a time: every figure with its value or
// that it is withheld (fewer than 5 facilities), its n, source and dates, the national figure
// beside it and the cases behind it. The prefecture's total lists its municipalities side by
// side. "Ask for new figures" is sent at the next sync; the page prints on one A4 sheet.
Page {
    id: page
    title: qsTr("Indicators")
    background: Rectangle { color: Theme.background }

    IndicatorController {
        id: controller
        bridge: EngineBridge
        sessionManager: Session
        onPdfWritten: path => page.ApplicationWindow.window.notify(qsTr("Saved as PDF: %1").arg(path))
    }
    readonly property var sheet: controller.sheet
    readonly property bool present: sheet.present === true

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: scroll.availableWidth
            spacing: Theme.gap
            Item { implicitHeight: Theme.gap / 2 }
            Text {
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.fillWidth: true
                text: qsTr("Figures counted by the server from the records in Yokoten. Each one says where it comes from, how many facilities are behind it and up to which day. A figure from fewer than 5 facilities is not shown, so no facility can be picked out.")
                font.pixelSize: Theme.body
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            Flow {
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.fillWidth: true
                spacing: Theme.gap
                ComboBox {
                    id: areaBox
                    visible: controller.areas.length > 1
                    width: Math.min(360, scroll.availableWidth - 2 * Theme.margin)
                    implicitHeight: Theme.touch
                    font.pixelSize: Theme.body
                    model: controller.areas
                    textRole: "name"
                    valueRole: "municipalityId"
                    currentIndex: Math.max(0, indexOfValue(controller.municipalityId))
                    onActivated: controller.municipalityId = currentValue
                }
                PrimaryButton {
                    text: controller.refreshPending ? qsTr("New figures asked for") : qsTr("Ask for new figures")
                    enabled: !controller.busy && !controller.refreshPending
                    onClicked: controller.refresh()
                }
                PrimaryButton {
                    secondary: true
                    visible: page.present
                    enabled: !controller.busy
                    text: qsTr("Save as A4 PDF")
                    onClicked: controller.writePdf()
                }
            }
            Text {
                visible: controller.refreshPending
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.fillWidth: true
                text: qsTr("The request is sent at the next sync; the new figures arrive with the sync after it. Until then the figures below are the last ones counted.")
                font.pixelSize: Theme.small
                color: Theme.waiting
                wrapMode: Text.Wrap
            }
            Text {
                visible: controller.errorText.length > 0
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.fillWidth: true
                text: "⚠ " + controller.errorText
                color: Theme.danger
                font.pixelSize: Theme.body
                wrapMode: Text.Wrap
            }
            EmptyState {
                visible: !page.present
                Layout.fillWidth: true
                message: page.present ? "" : qsTr("No figures on this device yet. Ask for new figures; they arrive with the next sync.")
            }
            SectionCard {
                visible: page.present
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                title: page.present ? page.sheet.areaName : ""
                Text {
                    text: page.present ? page.sheet.asOf : ""
                    font.pixelSize: Theme.small
                    color: Theme.textMuted
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
            // The prefecture's municipalities side by side (the total's page only).
            SectionCard {
                visible: page.present && controller.municipalityId === "" && controller.municipalities.length > 0
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                title: qsTr("By municipality")
                Repeater {
                    model: controller.municipalities
                    delegate: Rectangle {
                        required property var modelData
                        Layout.fillWidth: true
                        implicitHeight: Math.max(Theme.touch, row.implicitHeight + 8)
                        color: tap.pressed ? Theme.surfaceAlt : "transparent"
                        radius: 6
                        RowLayout {
                            id: row
                            anchors.fill: parent
                            anchors.margins: 4
                            spacing: Theme.gap
                            Text { text: modelData.name; font.pixelSize: Theme.body; color: Theme.primary; font.underline: true; Layout.fillWidth: true; wrapMode: Text.Wrap }
                            Text {
                                text: qsTr("%1 facilities · consultations %2 · in use %3").arg(modelData.facilities).arg(modelData.consultations).arg(modelData.inUse)
                                font.pixelSize: Theme.small
                                color: Theme.textMuted
                                wrapMode: Text.Wrap
                                Layout.maximumWidth: row.width * 0.6
                            }
                        }
                        TapHandler { id: tap; onTapped: controller.municipalityId = modelData.municipalityId }
                    }
                }
            }
            Repeater {
                model: page.present ? page.sheet.sections : []
                delegate: SectionCard {
                    id: sectionCard
                    required property var modelData
                    Layout.leftMargin: Theme.margin
                    Layout.rightMargin: Theme.margin
                    title: modelData.title
                    Repeater {
                        model: sectionCard.modelData.figures
                        delegate: ColumnLayout {
                            id: figureRow
                            required property var modelData
                            Layout.fillWidth: true
                            spacing: 2
                            Flow {
                                Layout.fillWidth: true
                                spacing: Theme.gap
                                Text { text: figureRow.modelData.name; font.pixelSize: Theme.body; color: Theme.text; wrapMode: Text.Wrap; width: Math.min(implicitWidth, parent.width) }
                                Text {
                                    text: figureRow.modelData.value
                                    font.pixelSize: figureRow.modelData.withheld ? Theme.body : Theme.large
                                    font.bold: !figureRow.modelData.withheld
                                    color: figureRow.modelData.withheld ? Theme.textMuted : Theme.primary
                                    wrapMode: Text.Wrap
                                    width: Math.min(implicitWidth, parent.width)
                                }
                                Text { visible: figureRow.modelData.n.length > 0; text: figureRow.modelData.n; font.pixelSize: Theme.small; color: Theme.textMuted }
                            }
                            Text { visible: figureRow.modelData.national.length > 0; text: figureRow.modelData.national; font.pixelSize: Theme.small; color: Theme.accent; wrapMode: Text.Wrap; Layout.fillWidth: true }
                            Text { text: figureRow.modelData.source; font.pixelSize: Theme.small; color: Theme.textMuted; wrapMode: Text.Wrap; Layout.fillWidth: true }
                            Repeater {
                                model: figureRow.modelData.cases
                                delegate: Text {
                                    required property var modelData
                                    text: "❖ " + modelData.title
                                    font.pixelSize: Theme.small
                                    font.underline: true
                                    color: Theme.primary
                                    wrapMode: Text.Wrap
                                    Layout.fillWidth: true
                                    TapHandler { onTapped: page.ApplicationWindow.window.openCase(parent.modelData.caseId) }
                                }
                            }
                            Text {
                                visible: figureRow.modelData.caseCount > figureRow.modelData.cases.length
                                text: qsTr("and %1 more cases").arg(figureRow.modelData.caseCount - figureRow.modelData.cases.length)
                                font.pixelSize: Theme.small
                                color: Theme.textMuted
                            }
                            Rectangle { Layout.fillWidth: true; implicitHeight: 1; color: Theme.border; Layout.topMargin: 4 }
                        }
                    }
                    Text {
                        visible: sectionCard.modelData.withheld.length > 0
                        text: sectionCard.modelData.withheld
                        font.pixelSize: Theme.small
                        color: Theme.textMuted
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }
            }
            Item { implicitHeight: Theme.margin }
        }
    }
}
