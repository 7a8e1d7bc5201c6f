import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Yokoten.Core
import Yokoten.Ui

// One support menu entry: who may apply, caps and rates, the deadline, the rules PDF and the
// source; then each requirement with whether the facility already meets it and one button
// straight to what meets it (the seminar's page with its sign-up, the programme's
// application, a consultation with the centre): two taps from the entry to signing up.
Page {
    id: page
    property string entryId
    readonly property var d: controller.details
    title: d.name || qsTr("Support menu")
    background: Rectangle { color: Theme.background }

    MenuEntryController {
        id: controller
        bridge: EngineBridge
        sessionManager: Session
        entryId: page.entryId
        onWithdrawn: page.ApplicationWindow.window.notify(qsTr("Withdrawn. Facilities see it marked after the next sync."), "ok")
    }

    function follow(link) {
        const w = page.ApplicationWindow.window
        if (link.kind === "seminar")
            w.openSeminar(link.id)
        else if (link.kind === "programme" && link.participationId.length > 0)
            w.openParticipation(link.participationId)
        else if (link.kind === "programme")
            w.openProgrammeApply(link.id, link.title)
        else
            w.newConsultation()
    }
    function linkText(link) {
        if (link.kind === "seminar")
            return link.id.length === 0 ? qsTr("%1: %2").arg(link.title).arg(link.when)
                : link.registered ? qsTr("Signed up: %1 (%2)").arg(link.title).arg(link.when)
                : qsTr("Sign up: %1 (%2)").arg(link.title).arg(link.when)
        if (link.kind === "programme")
            return link.participationId.length > 0 ? qsTr("My application: %1").arg(link.title) : qsTr("Apply: %1").arg(link.title)
        return qsTr("Consult the centre")
    }

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
                columns: page.width > 560 ? 3 : 1
                Text { text: (page.d.kindText || "") + " · " + (page.d.provider || ""); font.pixelSize: Theme.small; color: Theme.primary; Layout.fillWidth: true; wrapMode: Text.Wrap }
                StatusChip { text: page.d.syncText || ""; tone: "waiting" }
                StatusChip { text: page.d.withdrawn ? qsTr("Withdrawn") : (page.d.windowText || ""); tone: page.d.withdrawn ? "danger" : page.d.open ? "ok" : "neutral" }
            }
            Text { text: page.d.name || ""; font.pixelSize: Theme.large; font.bold: true; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true }
            Text { visible: (page.d.summary || "").length > 0; text: page.d.summary || ""; font.pixelSize: Theme.body; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true }

            SectionCard {
                title: qsTr("Who may apply")
                Text { text: page.d.eligibility || ""; font.pixelSize: Theme.body; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true }
            }
            SectionCard {
                title: qsTr("Caps and rates")
                visible: (page.d.tiers || []).length > 0
                Repeater {
                    model: page.d.tiers || []
                    delegate: Text {
                        required property var modelData
                        text: (modelData.mine ? "▶ " : "・") + modelData.text
                        font.pixelSize: Theme.body; font.bold: modelData.mine; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true
                    }
                }
            }
            SectionCard {
                title: qsTr("Requirements")
                Text {
                    visible: (page.d.requirements || []).length === 0
                    text: qsTr("No requirements listed.")
                    font.pixelSize: Theme.body; color: Theme.textMuted
                }
                Repeater {
                    model: page.d.requirements || []
                    delegate: ColumnLayout {
                        id: requirement
                        required property var modelData
                        Layout.fillWidth: true
                        spacing: 4
                        GridLayout {
                            Layout.fillWidth: true
                            columns: page.width > 560 ? 2 : 1
                            Text { text: (requirement.modelData.met ? "✓ " : "□ ") + requirement.modelData.text; font.pixelSize: Theme.body; font.bold: true; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true }
                            StatusChip { text: requirement.modelData.metText; tone: requirement.modelData.met ? "ok" : "waiting" }
                        }
                        Flow {
                            Layout.fillWidth: true
                            spacing: Theme.gap
                            Repeater {
                                model: requirement.modelData.links
                                delegate: PrimaryButton {
                                    required property var modelData
                                    secondary: requirement.modelData.met
                                    enabled: modelData.kind !== "seminar" || modelData.id.length > 0
                                    text: page.linkText(modelData)
                                    onClicked: page.follow(modelData)
                                }
                            }
                        }
                    }
                }
            }
            SectionCard {
                title: qsTr("Rules and source")
                Text { visible: (page.d.rulesPdf || "").length > 0; text: qsTr("Rules (PDF): %1").arg(page.d.rulesPdf || ""); font.pixelSize: Theme.body; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true }
                Text { visible: (page.d.url || "").length > 0; text: page.d.url || ""; font.pixelSize: Theme.small; color: Theme.primary; wrapMode: Text.WrapAnywhere; Layout.fillWidth: true }
                Text { text: page.d.source || qsTr("No source given."); font.pixelSize: Theme.small; color: Theme.textMuted; wrapMode: Text.Wrap; Layout.fillWidth: true }
            }
            PrimaryButton {
                visible: controller.canEdit
                text: qsTr("Edit")
                onClicked: page.ApplicationWindow.window.editMenuEntry(page.entryId)
            }
            PrimaryButton {
                visible: controller.canEdit && !page.d.withdrawn
                danger: true
                text: qsTr("Withdraw this entry")
                onClicked: controller.withdraw()
            }
            Text { visible: controller.errorText.length > 0; text: controller.errorText; color: Theme.danger; font.pixelSize: Theme.body; wrapMode: Text.Wrap; Layout.fillWidth: true }
            Item { implicitHeight: Theme.margin }
        }
    }
}
