import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Yokoten.Core
import Yokoten.Ui

// The app window: first run / unlock until the store is open, then a navigation rail,
// the sync indicator and a stack of pages.
ApplicationWindow {
    id: window
    width: 1280
    height: 800
    visible: true
    title: qsTr("Yokoten")
    color: Theme.background
    font.family: "Noto Sans CJK JP"
    font.pixelSize: Theme.body

    readonly property bool ready: Session.state === Session.Ready
    readonly property bool kiosk: Settings.formFactor === "kiosk"
    // A phone (390×844 portrait): a bottom tab bar instead of the navigation rail.
    readonly property bool compact: Settings.formFactor === "phone" || width < 700
    // Prefecture and municipal officers and centre staff read the indicators.
    readonly property bool readsIndicators: Session.centreStaff || Session.prefectureOfficer || Session.municipalOfficer
    // A phone without an account: a member of the public who signs up for seminars.
    readonly property bool attendee: Session.signedIn === false || Session.userId.length === 0
    property string currentSection: "home"
    // Set once the home page has its first data (the start-up benchmark waits for it).
    property bool homeReady: false

    // Opens a page by name (the navigation rail, the self-test and the screenshots use it).
    // Returns true when the page exists.
    function showPage(key) {
        if (!ready)
            return false
        if (kiosk)
            return kioskLoader.item ? kioskLoader.item.showPage(key) : false
        const pages = {
            home: ["pages/HomePage.qml", {}],
            cases: ["pages/CaseListPage.qml", {}],
            seminars: ["pages/SeminarListPage.qml", {}],
            tickets: ["pages/TicketsPage.qml", {}],
            equipment: ["pages/EquipmentPage.qml", {}],
            loans: ["pages/LoansPage.qml", {}],
            assessment: ["pages/AssessmentPage.qml", {}],
            moderation: ["pages/ModerationPage.qml", {}],
            sync: ["pages/SyncPage.qml", {}],
            settings: ["pages/SettingsPage.qml", {}],
            profile: ["phone/ProfilePage.qml", {}],
            checkIn: ["phone/CheckInPage.qml", {}],
            desk: ["pages/DeskPage.qml", {}],
            inbox: ["pages/InboxPage.qml", {}],
            facilities: ["pages/FacilitiesPage.qml", {}],
            consultations: ["pages/ConsultationListPage.qml", {}],
            supportRecord: ["pages/SupportRecordPage.qml", {}],
            programmes: ["pages/ProgrammesPage.qml", {}],
            adoptions: ["pages/AdoptionsPage.qml", {}],
            notices: ["pages/NoticesPage.qml", {}],
            noticesSent: ["pages/NoticesPage.qml", { show: "sent" }],
            supportMenu: ["pages/SupportMenuPage.qml", {}],
            indicators: ["pages/IndicatorsPage.qml", {}]
        }
        if (pages[key] !== undefined) {
            currentSection = key
            stack.replace(null, Qt.resolvedUrl(pages[key][0]), pages[key][1])
            return true
        }
        // Detail pages open on the first row of their list (the list must have loaded).
        if (key === "case" || key === "caseEdit") {
            listSection("cases")
            const list = stack.currentItem
            const id = list.firstCaseId()
            if (!id)
                return false
            stack.push(Qt.resolvedUrl("pages/CasePage.qml"), { caseId: id })
            if (key === "caseEdit")
                stack.push(Qt.resolvedUrl("pages/CaseEditPage.qml"), { caseId: id })
            return true
        }
        if (key === "sessionEdit") {
            listSection("seminars")
            newSession()
            return true
        }
        if (key === "seminar") {
            listSection("seminars")
            const id = stack.currentItem.firstSessionId()
            if (!id)
                return false
            stack.push(Qt.resolvedUrl("pages/SeminarPage.qml"), { sessionId: id })
            return true
        }
        if (key === "equipmentModel") {
            listSection("equipment")
            const id = stack.currentItem.firstModelId()
            if (!id)
                return false
            openEquipmentModel(id)
            return true
        }
        if (key === "compare") {
            listSection("equipment")
            const ids = stack.currentItem.firstModelIds(2)
            if (ids.length < 2)
                return false
            compareIds = ids
            openCompare()
            return true
        }
        if (key === "questionnaire") {
            // The questionnaire of the first session (of my first sign-up when there is one).
            listSection("seminars")
            const sessionId = stack.currentItem.firstSessionId()
            if (!sessionId)
                return false
            openQuestionnaire("", sessionId)
            return true
        }
        if (key === "ticketQr") {
            // The self-test's store has only a pending sign-up (no code): its tickets page.
            listSection("tickets")
            stack.currentItem.showFirstLargeQr()
            return true
        }
        // The centre's desk: the first consultation of the desk's list (a facility's own list on
        // a phone), a new one, the inbox's first loan wish, the tally, a facility's record.
        if (key === "consultation" || key === "consultationNew") {
            listSection(compact ? "consultations" : "desk")
            if (key === "consultationNew") {
                newConsultation()
                return true
            }
            const first = compact ? stack.currentItem.firstConsultationId() : (stack.currentItem.firstConsultation() || {}).consultationId
            if (!first)
                return false
            openConsultation(first)
            return true
        }
        if (key === "inboxEntry" || key === "tally") {
            listSection("inbox")
            if (key === "tally") {
                stack.currentItem.closeEntry()
                stack.currentItem.showTally = true
                return true
            }
            const entry = stack.currentItem.firstLoanWishId()
            if (!entry)
                return false
            stack.currentItem.openEntry(entry)
            return true
        }
        if (key === "facilityRecord") {
            listSection("desk")
            const row = stack.currentItem.firstConsultation()
            if (!row)
                return false
            openSupportRecord(row.organisationId, row.facility)
            return true
        }
        // Programmes and follow-up after adoption (issue 18): the tour shows the centre's views
        // of a device without an account through `viewAs`; an account decides everywhere else.
        if (key === "programmesCentre" || key === "stalled") {
            currentSection = key === "stalled" ? "adoptions" : "programmes"
            stack.replace(null, Qt.resolvedUrl(key === "stalled" ? "pages/AdoptionsPage.qml" : "pages/ProgrammesPage.qml"), { viewAs: "centre" })
            return true
        }
        if (key === "programmeApply" || key === "applicants" || key === "participation" || key === "participationVisits"
                || key === "participationFigures" || key === "programmeNew") {
            listSection("programmes")
            if (key === "programmeNew") {
                newProgramme()
                return true
            }
            if (key === "participation" || key === "participationVisits" || key === "participationFigures") {
                const chosen = stack.currentItem.firstChosenParticipationId()
                if (!chosen)
                    return false
                stack.push(Qt.resolvedUrl("pages/ParticipationPage.qml"),
                    { participationId: chosen, viewAs: "centre", startAt: key === "participationVisits" ? "visits" : key === "participationFigures" ? "figures" : "" })
                return true
            }
            const programme = stack.currentItem.firstProgramme()
            if (!programme)
                return false
            if (key === "applicants")
                openApplicants(programme.programmeId, programme.title, programme.places)
            else
                openProgrammeApply(programme.programmeId, programme.title)
            return true
        }
        if (key === "adoptionNew" || key === "adoptionCheckIn" || key === "adoptionSchedule") {
            listSection("adoptions")
            if (key === "adoptionNew") {
                newAdoption()
                return true
            }
            const adoption = stack.currentItem.firstDueAdoptionId()
            if (!adoption)
                return false
            if (key === "adoptionSchedule")
                stack.push(Qt.resolvedUrl("pages/AdoptionCheckInPage.qml"), { adoptionId: adoption, startAt: "schedule" })
            else
                openAdoption(adoption)
            return true
        }
        // Notices (issue 19): the first one of the list, and the form.
        if (key === "notice" || key === "noticeNew") {
            listSection("notices")
            if (key === "noticeNew") {
                newNotice()
                return true
            }
            stack.currentItem.show = "received"
            const notice = stack.currentItem.firstNoticeId()
            if (!notice)
                return false
            openNotice(notice)
            return true
        }
        // The support menu (issue 19): an entry opens on the list's first row.
        if (key === "menuEntryNew") {
            listSection("supportMenu")
            newMenuEntry()
            return true
        }
        if (key === "menuEntry") {
            listSection("supportMenu")
            const entry = stack.currentItem.firstEntryId()
            if (!entry)
                return false
            openMenuEntry(entry)
            return true
        }
        if (key === "assessmentHistory") {
            listSection("assessment")
            openAssessmentHistory()
            return true
        }
        return false
    }
    // Every way off a page goes through the guard: a page with unsaved typing asks first.
    function leavePage(action) { return guard.leave(action) }
    function goBack() { return guard.leave(() => stack.pop()) }
    // The one answer to an action ("保存しました"), in a band at the top of the window.
    function notify(text, tone) { banner.show(text, tone) }

    function listSection(key) {
        if (currentSection === key && stack.depth > 0)
            stack.pop(null)
        else
            showPage(key)
    }
    function openCase(id) { stack.push(Qt.resolvedUrl("pages/CasePage.qml"), { caseId: id }) }
    function editCase(id) { stack.push(Qt.resolvedUrl("pages/CaseEditPage.qml"), { caseId: id }) }
    function newCase() { stack.push(Qt.resolvedUrl("pages/CaseEditPage.qml"), { caseId: "" }) }
    function newSession() { stack.push(Qt.resolvedUrl("pages/SessionEditPage.qml")) }
    function openSeminar(id) { stack.push(Qt.resolvedUrl("pages/SeminarPage.qml"), { sessionId: id }) }
    function openEquipmentModel(id) { stack.push(Qt.resolvedUrl("pages/EquipmentModelPage.qml"), { modelId: id }) }
    // Up to three models chosen on their pages to be compared side by side (kept while the
    // app runs; choosing a fourth drops the first chosen).
    property var compareIds: []
    function toggleCompare(id) {
        const list = compareIds.slice()
        const at = list.indexOf(id)
        if (at >= 0)
            list.splice(at, 1)
        else
            list.push(id)
        compareIds = list.slice(-3)
    }
    function openCompare() { stack.push(Qt.resolvedUrl("pages/ComparePage.qml"), {}) }
    function openQuestionnaire(registrationId, sessionId) {
        stack.push(Qt.resolvedUrl("phone/SeminarQuestionnairePage.qml"), { registrationId: registrationId, sessionId: sessionId })
    }
    function openConsultation(id) { stack.push(Qt.resolvedUrl("pages/ConsultationPage.qml"), { consultationId: id }) }
    function newConsultation() { stack.push(Qt.resolvedUrl("pages/ConsultationFormPage.qml"), {}) }
    function newConsultationFor(organisationId, name) {
        stack.push(Qt.resolvedUrl("pages/ConsultationFormPage.qml"), { facilityId: organisationId, facilityName: name })
    }
    // After sending the form, its page gives way to the consultation (Back goes to the list).
    function replaceWithConsultation(id) { stack.replace(Qt.resolvedUrl("pages/ConsultationPage.qml"), { consultationId: id }) }
    function openSupportRecord(organisationId, name) {
        stack.push(Qt.resolvedUrl("pages/SupportRecordPage.qml"), { organisationId: organisationId, organisationName: name })
    }
    // A record linked to a consultation: the pages that exist open it.
    function openLinked(kind, id) {
        if (kind === "case")
            openCase(id)
        else if (kind === "model")
            openEquipmentModel(id)
        else if (kind === "session")
            openSeminar(id)
        else
            showPage("loans")
    }
    function openProgrammeApply(id, title) { stack.push(Qt.resolvedUrl("pages/ProgrammeApplyPage.qml"), { programmeId: id, programmeTitle: title }) }
    function openApplicants(id, title, places, mayDecide) {
        stack.push(Qt.resolvedUrl("pages/ApplicantsPage.qml"), { programmeId: id, programmeTitle: title, places: places, mayDecide: mayDecide !== false })
    }
    function newProgramme() { stack.push(Qt.resolvedUrl("pages/ProgrammeFormPage.qml"), {}) }
    function openParticipation(id) { stack.push(Qt.resolvedUrl("pages/ParticipationPage.qml"), { participationId: id }) }
    function newAdoption() { stack.push(Qt.resolvedUrl("pages/AdoptionFormPage.qml"), {}) }
    function openAdoption(id) { stack.push(Qt.resolvedUrl("pages/AdoptionCheckInPage.qml"), { adoptionId: id }) }
    function openNotice(id) { stack.push(Qt.resolvedUrl("pages/NoticePage.qml"), { noticeId: id }) }
    function newNotice() { stack.push(Qt.resolvedUrl("pages/NoticeFormPage.qml"), {}) }
    function openMenuEntry(id) { stack.push(Qt.resolvedUrl("pages/MenuEntryPage.qml"), { entryId: id }) }
    function newMenuEntry() { stack.push(Qt.resolvedUrl("pages/MenuEntryFormPage.qml"), {}) }
    function editMenuEntry(id) { stack.push(Qt.resolvedUrl("pages/MenuEntryFormPage.qml"), { entryId: id }) }
    function openAssessmentHistory(family) { stack.push(Qt.resolvedUrl("pages/AssessmentHistoryPage.qml"), { family: family || "" }) }

    onReadyChanged: if (ready && !kiosk) showPage(compact && attendee ? "seminars" : "home")

    Loader {
        anchors.fill: parent
        active: !window.ready
        sourceComponent: Session.state === Session.FirstRun || (Session.state === Session.Opening && !Session.enrolled)
            ? firstRun : unlock
    }
    Component { id: firstRun; FirstRunPage {} }
    Component { id: unlock; UnlockPage {} }

    // The exhibition kiosk has its own shell: start screen, visitor flows, idle reset.
    Loader {
        id: kioskLoader
        anchors.fill: parent
        active: window.ready && window.kiosk
        source: "kiosk/KioskShell.qml"
    }

    RowLayout {
        anchors.fill: parent
        visible: window.ready && !window.kiosk
        spacing: 0

        Rectangle {
            visible: !window.compact
            Layout.fillHeight: true
            Layout.preferredWidth: 112 * Theme.scale
            color: Theme.surface
            border.color: Theme.border
            ColumnLayout {
                anchors.fill: parent
                anchors.margins: 8
                spacing: 4
                Text {
                    text: qsTr("Yokoten")
                    font.pixelSize: Theme.large
                    font.bold: true
                    color: Theme.primary
                    Layout.alignment: Qt.AlignHCenter
                    Layout.bottomMargin: 8
                }
                // Scrolls when the largest text size makes the entries taller than the window,
                // with a visible "more" hint; 同期 and 設定 stay pinned below, never off screen.
                ListView {
                    id: rail
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    spacing: 4
                    boundsBehavior: Flickable.StopAtBounds
                    ScrollIndicator.vertical: ScrollIndicator { active: rail.contentHeight > rail.height }
                    // The current entry stays in view: with the desk's entries the rail scrolls at
                    // the largest text size, and 支援カルテ sits below the fold.
                    // Centre staff's entries, and a facility's own (a signed-in facility user).
                    function entryShown(entry) {
                        return entry.staff ? Session.centreStaff : entry.facility ? !Session.centreStaff && !window.attendee
                            : entry.member ? !window.attendee : entry.officer ? window.readsIndicators : true
                    }
                    function showCurrent() {
                        for (let i = 0; i < count; ++i)
                            if (model[i].key === window.currentSection) {
                                // An entry this person does not have (height 0) moves nothing.
                                if (entryShown(model[i]))
                                    positionViewAtIndex(i, ListView.Center)
                                return
                            }
                    }
                    Connections { target: window; function onCurrentSectionChanged() { rail.showCurrent() } }
                    model: [
                        { key: "home", symbol: "⌂", label: qsTr("Home") },
                        { key: "notices", symbol: "⚑", label: qsTr("Notices"), member: true },
                        // Centre staff: their daily work first.
                        { key: "desk", symbol: "☏", label: qsTr("Desk"), staff: true },
                        { key: "inbox", symbol: "✉", label: qsTr("Visitor inbox"), staff: true },
                        { key: "cases", symbol: "❖", label: qsTr("Cases") },
                        { key: "seminars", symbol: "◷", label: qsTr("Seminars") },
                        { key: "tickets", symbol: "▣", label: qsTr("My tickets") },
                        { key: "equipment", symbol: "⚒", label: qsTr("Devices") },
                        { key: "loans", symbol: "⇄", label: qsTr("Loans") },
                        { key: "assessment", symbol: "✎", label: qsTr("Self-assessment") },
                        { key: "moderation", symbol: "✓", label: qsTr("Review"), staff: true },
                        { key: "facilities", symbol: "▤", label: qsTr("Support records"), staff: true },
                        { key: "consultations", symbol: "☏", label: qsTr("Consultations"), facility: true },
                        { key: "supportRecord", symbol: "▤", label: qsTr("Support record"), facility: true },
                        // Both: a facility applies and answers check-ins, centre staff decide and follow up.
                        { key: "programmes", symbol: "◎", label: qsTr("Programmes"), member: true },
                        { key: "adoptions", symbol: "↻", label: qsTr("Follow-up"), member: true },
                        // Subsidies and programmes: every organisation of the prefecture reads them.
                        { key: "supportMenu", symbol: "¥", label: qsTr("Support menu"), member: true },
                        // Officers and the centre: figures with source, n and date.
                        { key: "indicators", symbol: "▥", label: qsTr("Indicators"), officer: true }
                    ]
                    delegate: NavButton {
                        required property var modelData
                        width: ListView.view.width
                        visible: rail.entryShown(modelData)
                        height: visible ? implicitHeight : 0
                        symbol: modelData.symbol
                        text: modelData.label
                        current: window.currentSection === modelData.key
                        onClicked: window.leavePage(() => window.showPage(modelData.key))
                    }
                    // More entries below: a shaded edge and an arrow say so.
                    Rectangle {
                        visible: !rail.atYEnd
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.bottom: parent.bottom
                        height: Theme.touch * 0.8
                        gradient: Gradient {
                            GradientStop { position: 0; color: "#00ffffff" }
                            GradientStop { position: 0.6; color: Theme.surface }
                        }
                        Text {
                            anchors.horizontalCenter: parent.horizontalCenter
                            anchors.bottom: parent.bottom
                            text: "▼ " + qsTr("More")
                            font.pixelSize: Theme.small
                            color: Theme.primary
                        }
                        TapHandler { onTapped: rail.flick(0, -1500) }
                    }
                }
                Rectangle { Layout.fillWidth: true; implicitHeight: 1; color: Theme.border }
                Repeater {
                    model: [
                        { key: "sync", symbol: "⇅", label: qsTr("Sync") },
                        { key: "settings", symbol: "⚙", label: qsTr("Settings") }
                    ]
                    delegate: NavButton {
                        required property var modelData
                        Layout.fillWidth: true
                        symbol: modelData.symbol
                        text: modelData.label
                        current: window.currentSection === modelData.key
                        onClicked: window.leavePage(() => window.showPage(modelData.key))
                    }
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0
            Rectangle {
                Layout.fillWidth: true
                implicitHeight: topBar.implicitHeight + 8
                color: Theme.surface
                border.color: Theme.border
                RowLayout {
                    id: topBar
                    anchors.fill: parent
                    anchors.leftMargin: Theme.margin
                    anchors.rightMargin: Theme.margin
                    PrimaryButton {
                        visible: stack.depth > 1
                        secondary: true
                        text: qsTr("‹ Back")
                        onClicked: window.goBack()
                    }
                    Text {
                        text: stack.currentItem && stack.currentItem.title ? stack.currentItem.title : ""
                        font.pixelSize: Theme.large
                        font.bold: true
                        color: Theme.text
                        // A long title takes a second line rather than losing its end.
                        wrapMode: Text.Wrap
                        maximumLineCount: 2
                        Layout.fillWidth: true
                    }
                    SyncIndicator {
                        visible: !window.compact
                        Layout.preferredWidth: Math.min(implicitWidth + 24, 520)
                        onClicked: window.leavePage(() => window.showPage("sync"))
                    }
                }
            }
            // On a phone the sync state gets its own line under the title.
            SyncIndicator {
                visible: window.compact
                Layout.fillWidth: true
                onClicked: window.leavePage(() => window.showPage("sync"))
            }
            StackView {
                id: stack
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
            }
            // The phone's tab bar: seminars, tickets, the door (centre staff), settings.
            Rectangle {
                visible: window.compact
                Layout.fillWidth: true
                implicitHeight: tabs.implicitHeight + 8
                color: Theme.surface
                border.color: Theme.border
                RowLayout {
                    id: tabs
                    anchors.fill: parent
                    anchors.margins: 4
                    spacing: 2
                    Repeater {
                        model: [
                            { key: "home", symbol: "⌂", label: qsTr("Home"), show: !window.attendee },
                            { key: "seminars", symbol: "◷", label: qsTr("Seminars"), show: true },
                            { key: "tickets", symbol: "▣", label: qsTr("My tickets"), show: true },
                            { key: "consultations", symbol: "☏", label: qsTr("Consult"), show: !window.attendee && !Session.centreStaff },
                            { key: "checkIn", symbol: "✓", label: qsTr("Check-in"), show: Session.centreStaff },
                            { key: "indicators", symbol: "▥", label: qsTr("Indicators"), show: window.readsIndicators },
                            { key: "profile", symbol: "☺", label: qsTr("My details"), show: window.attendee },
                            { key: "settings", symbol: "⚙", label: qsTr("Settings"), show: true }
                        ].filter(e => e.show)
                        delegate: NavButton {
                            required property var modelData
                            Layout.fillWidth: true
                            Layout.preferredWidth: 1 // equal tabs
                            symbol: modelData.symbol
                            text: modelData.label
                            current: window.currentSection === modelData.key
                            onClicked: window.leavePage(() => window.showPage(modelData.key))
                        }
                    }
                }
            }
        }
    }

    UnsavedChangesGuard { id: guard; page: stack.currentItem }
    ResultBanner {
        id: banner
        objectName: "resultBanner"
        anchors.top: parent.top
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.topMargin: Theme.gap
        width: Math.min(parent.width - 2 * Theme.margin, 720)
    }
}
