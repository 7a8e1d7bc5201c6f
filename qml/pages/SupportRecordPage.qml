import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Yokoten.Core
import Yokoten.Ui

// One facility's support record (支援カルテ), newest first: consultations, seminar sign-ups
// and attendance, loans and their reports, self-assessments and (centre staff only) what its
// people left at the kiosk. Consultations and seminars open their pages.
Page {
    id: page
    property string organisationId // empty: my own organisation
    property string organisationName
    title: qsTr("Support record") + (organisationName.length > 0 ? ": " + organisationName : "")
    background: Rectangle { color: Theme.background }

    SupportRecordModel { id: record; bridge: EngineBridge; sessionManager: Session; organisationId: page.organisationId }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap
        Flow {
            Layout.fillWidth: true
            spacing: Theme.gap
            visible: Session.centreStaff && page.organisationId.length > 0
            PrimaryButton { text: qsTr("Record a consultation"); onClicked: page.ApplicationWindow.window.newConsultationFor(page.organisationId, page.organisationName) }
        }
        ListView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 6
            model: record
            delegate: Rectangle {
                id: row
                required property string kind
                required property string kindText
                required property string whenText
                required property string title
                required property string detail
                required property string recordId
                readonly property bool opens: kind === "consultation" || kind === "signUp" || kind === "attendance" || kind === "programme" || kind === "adoption"
                width: ListView.view.width
                implicitHeight: rowLayout.implicitHeight + 2 * Theme.gap
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border
                RowLayout {
                    id: rowLayout
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.top: parent.top
                    anchors.margins: Theme.gap
                    spacing: Theme.gap
                    StatusChip { text: row.kindText; tone: row.kind === "consultation" ? "ok" : "neutral"; Layout.alignment: Qt.AlignTop }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        Text { text: row.title; font.pixelSize: Theme.body; font.bold: true; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true }
                        Text { visible: row.detail.length > 0; text: row.detail; font.pixelSize: Theme.body; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true }
                        Text { text: row.whenText; font.pixelSize: Theme.small; color: Theme.textMuted; Layout.fillWidth: true }
                    }
                    Text { visible: row.opens; text: "›"; font.pixelSize: Theme.title; color: Theme.primary }
                }
                TapHandler {
                    enabled: row.opens
                    onTapped: {
                        const window = page.ApplicationWindow.window
                        if (row.kind === "consultation")
                            window.openConsultation(row.recordId)
                        else if (row.kind === "programme")
                            window.openParticipation(row.recordId)
                        else if (row.kind === "adoption")
                            window.openAdoption(row.recordId)
                        else
                            window.openSeminar(row.recordId)
                    }
                }
            }
            EmptyState { anchors.centerIn: parent; width: parent.width; message: record.count === 0 ? qsTr("Nothing recorded with the centre yet.") : "" }
        }
    }
}
