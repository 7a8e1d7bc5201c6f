import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Yokoten.Core
import Yokoten.Ui

// The two-minute check-in on an adopted device (tablet and phone): still in use? by how many
// staff? what gets in the way? and KPI figures, each with its date and source. Above it the
// schedule with what was answered (送信待ち until sent); below, the effect report.
Page {
    id: page
    property string adoptionId
    property string startAt: "" // "schedule": opens scrolled to the schedule (the screenshot tour)
    readonly property var d: controller.details
    readonly property int months: d.nextMonthsAfter || 0
    readonly property bool unsavedChanges: staff.text.length > 0 || obstacles.text.length > 0 || kpi.typed
    title: d.label || qsTr("Check-in")
    background: Rectangle { color: Theme.background }

    AdoptionController {
        id: controller
        bridge: EngineBridge
        sessionManager: Session
        adoptionId: page.adoptionId
        onDetailsChanged: if (page.startAt === "schedule") Qt.callLater(() => { scroll.contentItem.contentY = scheduleCard.y })
        onAnswered: {
            draft.clear()
            staff.text = ""; obstacles.text = ""; kpi.clear()
            page.ApplicationWindow.window.notify(qsTr("Thank you. The check-in is sent at the next sync."))
        }
        onReportWritten: (pdf, csv) => page.ApplicationWindow.window.notify(qsTr("Effect report saved: %1 and %2").arg(pdf).arg(csv))
    }
    FormDraft {
        id: draft
        bridge: EngineBridge
        key: "checkIn:" + page.adoptionId
        onLoadedChanged: if (loaded) {
            use.selected = values.use ? [values.use] : []
            staff.text = values.staff || ""
            obstacles.text = values.obstacles || ""
        }
    }
    function keep() { if (draft.loaded) draft.save({ use: use.selected.length > 0 ? use.selected[0] : 0, staff: staff.text, obstacles: obstacles.text }) }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            x: Theme.margin
            width: Math.min(parent.width - 2 * Theme.margin, 900)
            spacing: Theme.gap
            Item { implicitHeight: 4 }
            Text {
                text: [page.d.facility || "", qsTr("Adopted %1").arg(page.d.adoptedText || "")].filter(t => t.length > 0).join(" · ")
                font.pixelSize: Theme.body; color: Theme.textMuted; wrapMode: Text.Wrap; Layout.fillWidth: true
            }
            SectionCard {
                visible: page.months > 0
                title: qsTr("Check-in %1 months after adoption").arg(page.months)
                ChoiceChips { id: use; label: qsTr("Is it still in use? (required)"); entries: Taxonomy.adoptionUses; onEdited: page.keep() }
                FormField {
                    label: qsTr("By how many staff")
                    TextField { id: staff; objectName: "checkInStaff"; inputMethodHints: Qt.ImhDigitsOnly; implicitHeight: Theme.touch; font.pixelSize: Theme.body; Layout.preferredWidth: 160; onTextChanged: page.keep() }
                }
                FormField {
                    label: qsTr("What gets in the way")
                    TextArea {
                        id: obstacles
                        wrapMode: TextEdit.Wrap; font.pixelSize: Theme.body; Layout.fillWidth: true; Layout.minimumHeight: Theme.touch * 1.6
                        background: Rectangle { color: Theme.surface; border.color: Theme.border; radius: 6 }
                        onTextChanged: page.keep()
                    }
                }
                Text { text: qsTr("A KPI figure (optional; with its date and source)"); font.pixelSize: Theme.body; font.bold: true; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true }
                MeasurementForm { id: kpi; showPhase: false; draftKey: "kpi:" + page.adoptionId }
                Text { visible: controller.errorText.length > 0; text: "⚠ " + controller.errorText; color: Theme.danger; font.pixelSize: Theme.body; wrapMode: Text.Wrap; Layout.fillWidth: true }
                PrimaryButton {
                    text: qsTr("Send the check-in")
                    enabled: !controller.busy
                    onClicked: controller.answerCheckIn(page.months, use.selected.length > 0 ? use.selected[0] : 0, staff.text, obstacles.text,
                        kpi.typed ? [kpi.row()] : [])
                }
            }
            SectionCard {
                id: scheduleCard
                title: qsTr("Schedule")
                Repeater {
                    model: page.d.checkIns || []
                    delegate: ColumnLayout {
                        required property var modelData
                        Layout.fillWidth: true
                        spacing: 2
                        RowLayout {
                            Layout.fillWidth: true
                            Text { text: modelData.monthsText + " · " + modelData.dueText; font.pixelSize: Theme.body; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true }
                            StatusChip { text: modelData.pending ? qsTr("Waiting to send") : modelData.standingText; tone: modelData.pending ? "waiting" : modelData.overdue ? "danger" : modelData.answered ? "ok" : "neutral" }
                        }
                        Text {
                            visible: modelData.answered
                            text: modelData.useText + " · " + qsTr("%1 staff").arg(modelData.staffUsing) + (modelData.obstacles.length > 0 ? " · " + modelData.obstacles : "")
                            font.pixelSize: Theme.small; color: Theme.textMuted; wrapMode: Text.Wrap; Layout.fillWidth: true
                        }
                        Text { visible: modelData.kpisText.length > 0; text: modelData.kpisText; font.pixelSize: Theme.small; color: Theme.textMuted; wrapMode: Text.Wrap; Layout.fillWidth: true }
                    }
                }
            }
            PrimaryButton {
                secondary: true
                enabled: !controller.busy
                text: qsTr("Effect report")
                onClicked: controller.writeEffectReport(0)
            }
            Item { implicitHeight: Theme.margin }
        }
    }
}
