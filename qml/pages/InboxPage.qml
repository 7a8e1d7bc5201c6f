import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Yokoten.Core
import Yokoten.Ui

// Centre staff's visitor inbox: what visitors left at the exhibition kiosk and after seminars,
// newest first, per session; tap an entry to make a loan request or a consultation of it, or
// to mark it handled. The second view tallies the questionnaires of the chosen session.
// Visitors' personal data is shown here only.
Page {
    id: page
    property bool showTally: false
    title: qsTr("Visitor inbox")
    background: Rectangle { color: Theme.background }

    VisitorInboxModel { id: inbox; bridge: EngineBridge; sessionManager: Session }

    function firstLoanWishId() { return inbox.firstId(true) }
    function openEntry(id) { entryDialog.entryId = id; entryDialog.open() }
    function closeEntry() { entryDialog.close() }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap
        Flow {
            Layout.fillWidth: true
            spacing: Theme.gap
            ChoiceField {
                width: Math.min(page.width - 2 * Theme.margin, Math.max(360, Theme.body * 22))
                label: qsTr("Exhibition or seminar")
                entries: [{ value: 0, label: qsTr("All sessions") }].concat(inbox.sessions.map((s, i) => ({ value: i + 1, label: s.title })))
                value: Math.max(0, inbox.sessions.findIndex(s => s.id === inbox.sessionId) + 1)
                onPicked: v => inbox.sessionId = v === 0 ? "" : inbox.sessions[v - 1].id
            }
            PrimaryButton { secondary: page.showTally; text: qsTr("Entries"); onClicked: page.showTally = false }
            PrimaryButton { secondary: !page.showTally; text: qsTr("Questionnaire results"); onClicked: page.showTally = true }
        }
        ListView {
            visible: !page.showTally
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 8
            model: inbox
            delegate: InboxEntryDelegate { onOpened: id => page.openEntry(id) }
            EmptyState { anchors.centerIn: parent; width: parent.width; message: inbox.count === 0 ? qsTr("Nothing from visitors yet.") : "" }
        }
        ScrollView {
            visible: page.showTally
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth
            ColumnLayout {
                width: parent.width
                spacing: Theme.gap
                Text {
                    text: qsTr("%n questionnaire(s) answered", "", inbox.tallied)
                    font.pixelSize: Theme.large; font.bold: true; color: Theme.text
                }
                Repeater {
                    model: inbox.tally
                    delegate: SectionCard {
                        required property var modelData
                        title: modelData.question
                        Layout.fillWidth: true
                        Text {
                            text: qsTr("%n answered", "", modelData.answered)
                            font.pixelSize: Theme.small; color: Theme.textMuted
                        }
                        CountBars { visible: modelData.bars.length > 0; rows: modelData.bars; showShare: true }
                        Repeater {
                            model: modelData.texts
                            delegate: Text {
                                required property string modelData
                                text: "・" + modelData
                                font.pixelSize: Theme.body; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true
                            }
                        }
                    }
                }
                EmptyState { visible: inbox.tallied === 0; Layout.fillWidth: true; message: qsTr("No questionnaires for this session yet.") }
            }
        }
    }

    InboxEntryDialog { id: entryDialog }
}
