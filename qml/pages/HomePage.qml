import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Yokoten.Core
import Yokoten.Ui

// Home: what is new (published cases, upcoming seminars), what is mine and still waiting,
// and the sync state.
Page {
    id: page
    title: Session.userName ? qsTr("Hello, %1").arg(Session.userName) : qsTr("Home")
    background: Rectangle { color: Theme.background }

    CaseListModel { id: newCases; bridge: EngineBridge; caseState: 3; limit: 4; onReloaded: page.markReady() }
    SeminarListModel { id: seminars; bridge: EngineBridge; sessionManager: Session; onReloaded: page.markReady() }
    property int loadedModels: 0
    function markReady() {
        loadedModels += 1
        if (loadedModels >= 2 && page.ApplicationWindow.window)
            page.ApplicationWindow.window.homeReady = true
    }
    TicketListModel { id: tickets; bridge: EngineBridge; sessionManager: Session }
    // Centre staff: the desk's figures on the first screen (their daily work starts there).
    Loader { id: deskLoader; active: Session.centreStaff; sourceComponent: Component { DeskController { bridge: EngineBridge } } }
    readonly property var desk: deskLoader.item
    // Follow-up after adoption: a facility's check-ins to answer now, centre staff's stalled adoptions.
    // Notices the person has not opened yet: they stay here until read.
    NoticeListModel { id: unreadNotices; bridge: EngineBridge; sessionManager: Session; scope: "unread" }
    AdoptionListModel { id: followUps; bridge: EngineBridge; sessionManager: Session; scope: Session.centreStaff ? "stalled" : "due" }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        GridLayout {
            width: parent.width - 2 * Theme.margin
            x: Theme.margin
            columns: width > 900 ? 2 : 1
            columnSpacing: Theme.gap
            rowSpacing: Theme.gap
            Item { implicitHeight: 4; Layout.columnSpan: parent.columns }

            SectionCard {
                visible: unreadNotices.count > 0
                title: qsTr("Notices: %n unread", "", unreadNotices.count)
                Layout.columnSpan: parent.columns
                Repeater {
                    model: unreadNotices
                    delegate: NoticeDelegate {
                        required property int index
                        visible: index < 3
                        implicitHeight: visible ? Math.max(Theme.touch, implicitContentHeight + 16) : 0
                        onOpened: id => page.ApplicationWindow.window.openNotice(id)
                    }
                }
                PrimaryButton { secondary: true; text: qsTr("All notices"); onClicked: page.ApplicationWindow.window.showPage("notices") }
            }

            SectionCard {
                visible: page.desk !== null
                title: qsTr("The centre's desk")
                Layout.columnSpan: parent.columns
                Text {
                    text: page.desk ? qsTr("Open consultations: %1 · follow-ups due this week: %2 · loan wishes not handled: %3")
                        .arg(page.desk.openCount).arg(page.desk.followUpsDue).arg(page.desk.loanWishesWaiting) : ""
                    font.pixelSize: Theme.body
                    wrapMode: Text.Wrap
                    color: Theme.text
                    Layout.fillWidth: true
                }
                RowLayout {
                    spacing: Theme.gap
                    PrimaryButton { text: qsTr("Open the desk"); onClicked: page.ApplicationWindow.window.showPage("desk") }
                    PrimaryButton { text: qsTr("Visitor inbox"); secondary: true; onClicked: page.ApplicationWindow.window.showPage("inbox") }
                }
            }

            SectionCard {
                visible: followUps.count > 0
                title: Session.centreStaff ? qsTr("Stalled adoptions: %1").arg(followUps.count) : qsTr("Check-ins due: %1").arg(followUps.count)
                Layout.columnSpan: parent.columns
                Repeater {
                    model: followUps
                    delegate: ItemDelegate {
                        required property int index
                        required property string adoptionId
                        required property string label
                        required property string facility
                        required property string nextText
                        required property string standing
                        required property string standingText
                        required property string stalledText
                        visible: index < 3
                        Layout.fillWidth: true
                        implicitHeight: visible ? Math.max(Theme.touch, col3.implicitHeight + 12) : 0
                        onClicked: page.ApplicationWindow.window.openAdoption(adoptionId)
                        contentItem: ColumnLayout {
                            id: col3
                            spacing: 2
                            RowLayout {
                                Layout.fillWidth: true
                                Text { text: label; font.pixelSize: Theme.body; font.bold: true; wrapMode: Text.Wrap; Layout.fillWidth: true; color: Theme.text }
                                StatusChip { text: stalledText.length > 0 ? stalledText : standingText; tone: standing === "overdue" || stalledText.length > 0 ? "danger" : "waiting" }
                            }
                            Text { text: (Session.centreStaff ? facility + " · " : "") + nextText; font.pixelSize: Theme.small; color: Theme.textMuted; wrapMode: Text.Wrap; Layout.fillWidth: true }
                        }
                    }
                }
                PrimaryButton {
                    secondary: true
                    text: Session.centreStaff ? qsTr("All stalled adoptions") : qsTr("All adoptions")
                    onClicked: page.ApplicationWindow.window.showPage("adoptions")
                }
            }

            SectionCard {
                title: qsTr("New good-practice cases")
                Layout.alignment: Qt.AlignTop
                Repeater {
                    model: newCases
                    delegate: ItemDelegate {
                        required property string caseId
                        required property string title
                        required property string organisation
                        required property string categoryName
                        Layout.fillWidth: true
                        implicitHeight: Math.max(Theme.touch, col.implicitHeight + 12)
                        onClicked: page.ApplicationWindow.window.openCase(caseId)
                        contentItem: ColumnLayout {
                            id: col
                            spacing: 2
                            Text { text: title; font.pixelSize: Theme.body; font.bold: true; wrapMode: Text.Wrap; Layout.fillWidth: true; color: Theme.text }
                            Text { text: categoryName + " · " + organisation; font.pixelSize: Theme.small; color: Theme.textMuted; elide: Text.ElideRight; Layout.fillWidth: true }
                        }
                    }
                }
                EmptyState { message: newCases.count === 0 ? qsTr("No cases yet. They arrive with the next sync.") : "" }
                PrimaryButton { text: qsTr("All cases"); secondary: true; onClicked: page.ApplicationWindow.window.showPage("cases") }
            }

            SectionCard {
                title: qsTr("Upcoming seminars")
                Layout.alignment: Qt.AlignTop
                Repeater {
                    model: seminars
                    delegate: ItemDelegate {
                        required property int index
                        required property string sessionId
                        required property string title
                        required property string startsAtText
                        required property int seatsLeft
                        required property string myStatusText
                        required property int myStatus
                        required property bool myPending
                        visible: index < 4
                        Layout.fillWidth: true
                        implicitHeight: visible ? Math.max(Theme.touch, col2.implicitHeight + 12) : 0
                        onClicked: page.ApplicationWindow.window.openSeminar(sessionId)
                        contentItem: ColumnLayout {
                            id: col2
                            spacing: 2
                            Text { text: title; font.pixelSize: Theme.body; font.bold: true; wrapMode: Text.Wrap; Layout.fillWidth: true; color: Theme.text }
                            RowLayout {
                                Text { text: startsAtText + " · " + qsTr("%n seat(s) left", "", seatsLeft); font.pixelSize: Theme.small; color: Theme.textMuted }
                                StatusChip { text: myStatusText; tone: myStatus === 2 && !myPending ? "ok" : "waiting" }
                            }
                        }
                    }
                }
                EmptyState { message: seminars.count === 0 ? qsTr("No seminars planned right now.") : "" }
                PrimaryButton { text: qsTr("All seminars"); secondary: true; onClicked: page.ApplicationWindow.window.showPage("seminars") }
            }

            SectionCard {
                title: qsTr("Waiting for you")
                Layout.columnSpan: parent.columns
                Text {
                    text: Sync.pending > 0
                        ? qsTr("%n change(s) are waiting to be sent. They are safe on this device.", "", Sync.pending)
                        : qsTr("Everything you did has reached the centre.")
                    font.pixelSize: Theme.body
                    wrapMode: Text.Wrap
                    color: Theme.text
                    Layout.fillWidth: true
                }
                Text {
                    text: qsTr("My seminar sign-ups: %1").arg(tickets.count)
                    font.pixelSize: Theme.body
                    color: Theme.text
                }
                RowLayout {
                    spacing: Theme.gap
                    PrimaryButton { text: qsTr("My tickets"); secondary: true; onClicked: page.ApplicationWindow.window.showPage("tickets") }
                    PrimaryButton { text: qsTr("Write a case"); onClicked: page.ApplicationWindow.window.newCase() }
                }
            }
        }
    }
}
