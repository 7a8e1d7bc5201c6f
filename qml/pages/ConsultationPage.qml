import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Yokoten.Core
import Yokoten.Ui

// One consultation: what was asked, the exchange (送信待ち until a message is sent), the
// reply box; for centre staff referral (つなぎ), follow-up date, linked records and closing;
// the printable record for everyone who sees it. What is typed in the reply box is guarded.
Page {
    id: page
    property string consultationId
    readonly property var d: controller.details
    readonly property bool centre: Session.centreStaff
    readonly property bool unsavedChanges: replyBox.text.trim().length > 0
    title: d.topicText !== undefined ? d.topicText : qsTr("Consultation")
    background: Rectangle { color: Theme.background }

    ConsultationController {
        id: controller
        bridge: EngineBridge
        sessionManager: Session
        consultationId: page.consultationId
        onQueued: what => {
            if (what === "reply") {
                replyBox.text = ""
                page.ApplicationWindow.window.notify(qsTr("Reply saved. It is sent at the next sync."))
            } else if (what === "close") {
                page.ApplicationWindow.window.notify(qsTr("The consultation is closed."))
            } else {
                page.ApplicationWindow.window.notify(qsTr("Saved. It is sent at the next sync."))
            }
        }
        onRecordWritten: path => page.ApplicationWindow.window.notify(qsTr("The record was saved as a PDF: %1").arg(path))
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            x: Theme.margin
            width: Math.min(parent.width - 2 * Theme.margin, 1000)
            spacing: Theme.gap
            Item { implicitHeight: 4 }
            Text { visible: controller.errorText.length > 0; text: "⚠ " + controller.errorText; color: Theme.danger; font.pixelSize: Theme.body; wrapMode: Text.Wrap; Layout.fillWidth: true }
            SectionCard {
                title: page.d.facility !== undefined ? page.d.facility : ""
                RowLayout {
                    Layout.fillWidth: true
                    StatusChip { text: page.d.stateText !== undefined ? page.d.stateText : ""; tone: page.d.closed ? "neutral" : "ok" }
                    StatusChip { text: page.d.syncText !== undefined ? page.d.syncText : ""; tone: "waiting" }
                    Item { Layout.fillWidth: true }
                }
                Text {
                    text: qsTr("Received %1 (%2)").arg(page.d.openedText || "").arg(page.d.channelText || "")
                    font.pixelSize: Theme.body; color: Theme.textMuted; wrapMode: Text.Wrap; Layout.fillWidth: true
                }
                Text {
                    visible: (page.d.contact || "").length > 0
                    text: qsTr("How to reach them: %1").arg(page.d.contact || "")
                    font.pixelSize: Theme.body; color: Theme.textMuted; wrapMode: Text.Wrap; Layout.fillWidth: true
                }
                Text {
                    visible: (page.d.followUpDate || "").length > 0
                    text: qsTr("Follow up on %1").arg(page.d.followUpText || "")
                    font.pixelSize: Theme.body; font.bold: true; color: Theme.accent; wrapMode: Text.Wrap; Layout.fillWidth: true
                }
                Text { text: page.d.question || ""; font.pixelSize: Theme.body; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true }
                Repeater {
                    model: page.d.attachments || []
                    delegate: Text {
                        required property string modelData
                        text: "・" + modelData
                        font.pixelSize: Theme.body; color: Theme.textMuted; elide: Text.ElideMiddle; Layout.fillWidth: true
                    }
                }
            }

            Text { text: qsTr("Exchange"); font.pixelSize: Theme.large; font.bold: true; color: Theme.text }
            Text {
                visible: (page.d.messages || []).length === 0
                text: qsTr("No replies yet.")
                font.pixelSize: Theme.body; color: Theme.textMuted
            }
            Repeater {
                model: page.d.messages || []
                delegate: Rectangle {
                    id: bubble
                    required property var modelData
                    Layout.fillWidth: true
                    Layout.leftMargin: modelData.fromCentre ? 0 : Theme.margin * 2
                    Layout.rightMargin: modelData.fromCentre ? Theme.margin * 2 : 0
                    implicitHeight: body.implicitHeight + 2 * Theme.gap
                    radius: Theme.radius
                    color: modelData.fromCentre ? Theme.surfaceAlt : Theme.surface
                    border.color: modelData.pending ? Theme.waiting : Theme.border
                    ColumnLayout {
                        id: body
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.top: parent.top
                        anchors.margins: Theme.gap
                        spacing: 4
                        Text {
                            text: bubble.modelData.author + (bubble.modelData.fromCentre ? " · " + qsTr("Centre") : "") + " · " + bubble.modelData.whenText
                            font.pixelSize: Theme.small
                            color: bubble.modelData.pending ? Theme.waiting : Theme.textMuted
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Text { text: bubble.modelData.text; font.pixelSize: Theme.body; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true }
                    }
                }
            }
            FormField {
                visible: !page.d.closed
                label: qsTr("Your reply")
                TextArea {
                    id: replyBox
                    objectName: "replyBox"
                    wrapMode: TextEdit.Wrap
                    font.pixelSize: Theme.body
                    Layout.fillWidth: true
                    Layout.minimumHeight: Theme.touch * 1.6
                    background: Rectangle { color: Theme.surface; border.color: Theme.border; radius: 6 }
                }
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.gap
                PrimaryButton { visible: !page.d.closed; text: qsTr("Send reply"); enabled: !controller.busy && replyBox.text.trim().length > 0; onClicked: controller.reply(replyBox.text) }
                PrimaryButton { visible: page.centre && !page.d.closed; secondary: true; text: qsTr("Refer…"); onClicked: referDialog.open() }
                PrimaryButton { visible: page.centre && !page.d.closed; secondary: true; text: qsTr("Follow-up date…"); onClicked: followUpDialog.open() }
                PrimaryButton { visible: page.centre; secondary: true; text: qsTr("Link records…"); onClicked: linkDialog.open() }
                PrimaryButton {
                    visible: page.centre && !page.d.closed
                    secondary: true
                    text: qsTr("Close…")
                    onClicked: closeConfirm.ask(qsTr("Close this consultation?"),
                        qsTr("Closed consultations take no more replies. The facility keeps it in its support record."),
                        qsTr("Close it"), () => controller.close(""))
                }
                PrimaryButton { secondary: true; text: qsTr("Print record (PDF)"); enabled: !controller.busy; onClicked: controller.writeRecord() }
            }

            SectionCard {
                visible: (page.d.referrals || []).length > 0
                title: qsTr("Referred to")
                Repeater {
                    model: page.d.referrals || []
                    delegate: Text {
                        required property var modelData
                        text: modelData.partner + " · " + modelData.whenText + (modelData.note.length > 0 ? "\n" + modelData.note : "")
                        font.pixelSize: Theme.body; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true
                    }
                }
            }
            SectionCard {
                visible: (page.d.links || []).length > 0
                title: qsTr("Linked records")
                Repeater {
                    model: page.d.links || []
                    delegate: PrimaryButton {
                        required property var modelData
                        secondary: true
                        text: modelData.kindText + ": " + modelData.title
                        Layout.fillWidth: true
                        onClicked: page.ApplicationWindow.window.openLinked(modelData.kind, modelData.id)
                    }
                }
            }
            SectionCard {
                visible: (page.d.events || []).length > 0
                title: qsTr("History")
                Repeater {
                    model: page.d.events || []
                    delegate: Text {
                        required property var modelData
                        text: modelData.whenText + "  " + modelData.text + (modelData.detail.length > 0 ? " (" + modelData.detail + ")" : "") + (modelData.by.length > 0 ? " · " + modelData.by : "")
                        font.pixelSize: Theme.small; color: Theme.textMuted; wrapMode: Text.Wrap; Layout.fillWidth: true
                    }
                }
            }
            Item { implicitHeight: Theme.margin }
        }
    }

    ConfirmDialog { id: closeConfirm }
    ReferDialog { id: referDialog; partners: page.d.partners || []; onReferred: (partner, note) => controller.refer(partner, note) }
    Dialog {
        id: followUpDialog
        anchors.centerIn: parent
        width: Math.min(page.width - 40, 560)
        modal: true
        title: qsTr("Follow-up date")
        footer: Flow {
            spacing: Theme.gap
            padding: Theme.margin
            PrimaryButton { secondary: true; text: qsTr("Go back"); onClicked: followUpDialog.reject() }
            PrimaryButton { visible: (page.d.followUpDate || "").length > 0; secondary: true; text: qsTr("Clear the date"); onClicked: { controller.setFollowUp(""); followUpDialog.close() } }
            PrimaryButton { text: qsTr("Set the date"); enabled: followUpDate.valid; onClicked: { controller.setFollowUp(followUpDate.value); followUpDialog.close() } }
        }
        DateField { id: followUpDate; width: followUpDialog.availableWidth; minimum: DateText.today() }
    }
    Dialog {
        id: linkDialog
        anchors.centerIn: parent
        width: Math.min(page.width - 40, 640)
        modal: true
        title: qsTr("Link records")
        footer: Flow {
            padding: Theme.margin
            PrimaryButton { text: qsTr("Done"); onClicked: linkDialog.close() }
        }
        ColumnLayout {
            width: linkDialog.availableWidth
            spacing: 6
            Text {
                visible: (page.d.links || []).length + (page.d.linkCandidates || []).length === 0
                text: qsTr("This facility has no loans or seminar sign-ups to link yet.")
                font.pixelSize: Theme.body; color: Theme.textMuted; wrapMode: Text.Wrap; Layout.fillWidth: true
            }
            Repeater {
                model: (page.d.links || []).concat(page.d.linkCandidates || [])
                delegate: CheckBox {
                    required property var modelData
                    text: modelData.kindText + ": " + modelData.title
                    checked: modelData.linked
                    font.pixelSize: Theme.body
                    enabled: !controller.busy
                    Layout.fillWidth: true
                    onClicked: controller.toggleLink(modelData.kind, modelData.id)
                }
            }
        }
    }
}
