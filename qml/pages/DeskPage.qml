import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Yokoten.Core
import Yokoten.Ui

// The centre's desk: its open consultations (filter by state and topic, search by facility)
// beside its figures: what needs doing now, then the year by month, topic and channel.
Page {
    id: page
    title: qsTr("Consultation desk")
    background: Rectangle { color: Theme.background }

    ConsultationListModel { id: consultations; bridge: EngineBridge; sessionManager: Session; stateFilter: 0 }
    DeskController { id: desk; bridge: EngineBridge }

    // The tour opens the first consultation of the list.
    function firstConsultation() { return consultations.count > 0 ? consultations.get(0) : null }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.margin

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 3
            spacing: Theme.gap
            RowLayout {
                Layout.fillWidth: true
                Text { text: qsTr("Open consultations"); font.pixelSize: Theme.large; font.bold: true; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true }
                PrimaryButton { text: qsTr("New consultation"); onClicked: page.ApplicationWindow.window.newConsultation() }
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.gap
                ChoiceField {
                    width: Math.max(200, Theme.body * 11)
                    label: qsTr("State")
                    entries: [{ value: 0, label: qsTr("Not closed") }, { value: -1, label: qsTr("All") },
                        { value: 1, label: qsTr("Received") }, { value: 2, label: qsTr("Answering") },
                        { value: 3, label: qsTr("Referred") }, { value: 4, label: qsTr("Closed") }]
                    value: consultations.stateFilter
                    onPicked: v => consultations.stateFilter = v
                }
                ChoiceField {
                    width: Math.max(240, Theme.body * 14)
                    label: qsTr("Topic")
                    entries: [{ value: 0, label: qsTr("All topics") }].concat(Taxonomy.consultationTopics)
                    value: consultations.topicFilter
                    onPicked: v => consultations.topicFilter = v
                }
                TextField {
                    width: Math.max(200, Theme.body * 11)
                    implicitHeight: Theme.touch
                    font.pixelSize: Theme.body
                    placeholderText: qsTr("Facility name")
                    onTextChanged: consultations.facilityText = text
                }
            }
            ListView {
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: 8
                model: consultations
                delegate: ConsultationDelegate { onOpened: id => page.ApplicationWindow.window.openConsultation(id) }
                EmptyState { anchors.centerIn: parent; width: parent.width; message: consultations.count === 0 ? qsTr("No consultations match.") : "" }
            }
        }

        ScrollView {
            Layout.fillHeight: true
            Layout.fillWidth: true
            Layout.preferredWidth: 2
            contentWidth: availableWidth
            ColumnLayout {
                width: parent.width
                spacing: Theme.gap
                GridLayout {
                    Layout.fillWidth: true
                    columns: 2
                    columnSpacing: Theme.gap
                    rowSpacing: Theme.gap
                    FigureTile { value: desk.followUpsDue; label: qsTr("Follow-ups due this week (and overdue)"); attention: desk.followUpsDue > 0 }
                    FigureTile {
                        value: desk.loanWishesWaiting
                        label: qsTr("Loan wishes from the kiosk not handled yet")
                        attention: desk.loanWishesWaiting > 0
                        onTapped: page.ApplicationWindow.window.showPage("inbox")
                    }
                    FigureTile { value: desk.openCount; label: qsTr("Open consultations") }
                    FigureTile { value: desk.medianReplyText; label: qsTr("Typical time to the first reply (median)") }
                }
                SectionCard {
                    title: qsTr("Consultations in the last 12 months: %1").arg(desk.yearTotal)
                    Layout.fillWidth: true
                    CountBars { rows: desk.months }
                }
                SectionCard {
                    title: qsTr("By topic")
                    Layout.fillWidth: true
                    CountBars { rows: desk.topics }
                }
                SectionCard {
                    title: qsTr("By channel")
                    Layout.fillWidth: true
                    CountBars { rows: desk.channels }
                }
            }
        }
    }
}
