import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Yokoten.Ui

// A case as a device's page lists it: title, who (service type, size, prefecture) and its
// headline before → after figure with the figure's source and date. `openable: false` on a
// kiosk, where a visitor reads it in place.
ItemDelegate {
    id: card
    property var entry: ({})
    property bool openable: true
    property bool showOrganisation: true
    signal opened(string caseId)
    Layout.fillWidth: true
    hoverEnabled: openable
    implicitHeight: Math.max(Theme.touch, content.implicitHeight + 24)
    onClicked: if (openable) card.opened(entry.caseId)
    background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.border }
    contentItem: ColumnLayout {
        id: content
        spacing: 4
        Text { text: card.entry.title || ""; font.pixelSize: Theme.body; font.bold: true; wrapMode: Text.Wrap; Layout.fillWidth: true; color: Theme.text }
        Text {
            text: [card.showOrganisation ? card.entry.organisation : "", card.entry.serviceTypes, card.entry.size,
                   card.showOrganisation && card.entry.prefecture === card.entry.organisation ? "" : card.entry.prefecture]
                .filter(t => t && t.length > 0).join(" · ")
            font.pixelSize: Theme.small
            color: Theme.textMuted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Text {
            visible: !card.entry.namesModel
            text: qsTr("Same kind of device")
            font.pixelSize: Theme.small
            color: Theme.textMuted
        }
        Text {
            visible: card.entry.hasFigure === true
            text: card.entry.hasFigure ? card.entry.headline.label + ": " + card.entry.headline.values + (card.entry.headline.change ? "  ·  " + card.entry.headline.change : "") : ""
            font.pixelSize: Theme.body
            color: card.entry.hasFigure && card.entry.headline.improved ? Theme.ok : Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Text {
            visible: card.entry.hasFigure === true && card.entry.headline.evidence.length > 0
            text: card.entry.hasFigure ? qsTr("Source: %1").arg(card.entry.headline.evidence) : ""
            font.pixelSize: Theme.small
            color: Theme.textMuted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
