import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtQuick.Templates as T
import Yokoten.Core
import Yokoten.Ui

// The exhibition kiosk: a start screen with three large actions, one flow at a time, and the
// idle reset that takes a walked-away visitor's screen back to the start and drops every
// field (the flow's page is destroyed). The attendant's corner needs the PIN.
Item {
    id: shell
    property alias controller: kiosk
    readonly property bool atStart: stack.depth <= 1
    // The countdown overlay is up (the last seconds before the idle reset).
    readonly property bool countdownShown: kiosk.warning || previewWarning

    KioskController {
        id: kiosk
        bridge: EngineBridge
        settings: Settings
        active: !shell.atStart
        onIdleReset: shell.reset()
        onSubmitted: kind => {
            stack.replace(null, start, {})
            stack.push(thanks, { kind: kind })
        }
    }

    // Back to the start screen, nothing of the last visitor left on it.
    function reset() {
        clearScreen()
        Settings.language = "ja"
        kanaMode = Qt.binding(() => Settings.language === "ja")
        kana.katakana = false // the next visitor starts in hiragana
    }
    function clearScreen() {
        kiosk.clearError()
        pinPopup.close()
        stack.replace(null, start, {})
    }
    function open(flow) {
        kiosk.clearError()
        const pages = { visit: visitPage, loan: loanPage, questionnaire: questionnairePage }
        stack.push(pages[flow])
        return stack.currentItem
    }
    function openAttendant() { pinPopup.open() }
    // The self-test and the screenshots walk the flows by name (no PIN for the panel there:
    // the tour runs on a throw-away demo store).
    property bool previewWarning: false
    function showPage(key) {
        clearScreen()
        previewWarning = false
        if (key === "kioskStart")
            return true
        if (key === "kioskVisit" || key === "kioskLoan" || key === "kioskQuestionnaire") {
            open({ kioskVisit: "visit", kioskLoan: "loan", kioskQuestionnaire: "questionnaire" }[key])
            return true
        }
        if (key === "kioskThanks") {
            stack.push(thanks, { kind: "loan" })
            return true
        }
        if (key === "kioskIdle") {
            open("visit")
            previewWarning = true
            return true
        }
        if (key === "kioskAttendant") {
            stack.push(attendantPanel)
            return true
        }
        if (key === "kioskKeyboard") {
            const page = open("visit")
            Qt.callLater(() => { if (page && page.focusFirstField) page.focusFirstField() })
            return true
        }
        return false
    }

    Component { id: start; KioskStartPage { controller: kiosk; onChosen: flow => shell.open(flow); onAttendant: shell.openAttendant() } }
    Component { id: visitPage; KioskVisitPage { controller: kiosk; keyboardHeight: shell.keyboardHeight; onCancelled: shell.reset() } }
    Component { id: loanPage; KioskLoanPage { controller: kiosk; keyboardHeight: shell.keyboardHeight; onCancelled: shell.reset() } }
    Component { id: questionnairePage; KioskQuestionnairePage { controller: kiosk; keyboardHeight: shell.keyboardHeight; onCancelled: shell.reset() } }
    Component { id: thanks; KioskThanksPage { onDone: shell.reset() } }
    Component { id: attendantPanel; AttendantPanel { controller: kiosk; onClosed: { kiosk.lockAttendant(); shell.reset() } } }

    Rectangle { anchors.fill: parent; color: Theme.background }
    StackView {
        id: stack
        anchors.fill: parent
        initialItem: start
    }

    // The countdown before the reset: visible, with a way to stay.
    Rectangle {
        id: idleWarning
        objectName: "idleWarning"
        anchors.fill: parent
        visible: shell.countdownShown
        color: "#cc1b1b1b"
        MouseArea { anchors.fill: parent }
        ColumnLayout {
            anchors.centerIn: parent
            width: Math.min(parent.width - 80, 1100)
            spacing: Theme.gap * 2
            Text {
                text: qsTr("Are you still there?")
                font.pixelSize: Theme.title * 1.3
                font.bold: true
                color: "white"
                Layout.alignment: Qt.AlignHCenter
            }
            Text {
                text: qsTr("In %n second(s) this screen goes back to the start and what you entered is erased.", "", shell.previewWarning && !kiosk.warning ? 15 : kiosk.secondsLeft)
                font.pixelSize: Theme.large
                color: "white"
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
            }
            Text {
                text: shell.previewWarning && !kiosk.warning ? 15 : kiosk.secondsLeft
                font.pixelSize: Theme.title * 3
                font.bold: true
                color: "white"
                Layout.alignment: Qt.AlignHCenter
            }
            PrimaryButton {
                text: qsTr("Continue")
                Layout.alignment: Qt.AlignHCenter
                Layout.preferredWidth: 420
                onClicked: kiosk.touch()
            }
        }
    }

    // The attendant's PIN: the only way to the panel and out of kiosk mode.
    Popup {
        id: pinPopup
        objectName: "pinPopup"
        // Above the on-screen keyboard when it is up, in the middle otherwise.
        x: (parent.width - width) / 2
        y: shell.keyboardShown ? Theme.margin : (parent.height - height) / 2
        width: Math.min(parent.width - 80, 720)
        modal: true
        padding: Theme.margin * 1.5
        onOpened: { pinField.text = ""; pinField.forceActiveFocus() }
        background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.border }
        contentItem: ColumnLayout {
            spacing: Theme.gap
            Text {
                text: qsTr("Attendant PIN")
                font.pixelSize: Theme.large
                font.bold: true
                color: Theme.primary
            }
            TextField {
                id: pinField
                Layout.fillWidth: true
                implicitHeight: Theme.touch
                font.pixelSize: Theme.large
                echoMode: TextInput.Password
                inputMethodHints: Qt.ImhDigitsOnly
                maximumLength: 12
                onAccepted: unlock.clicked()
            }
            Text {
                visible: kiosk.pinMessage.length > 0
                text: kiosk.pinMessage
                color: Theme.danger
                font.pixelSize: Theme.body
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            RowLayout {
                spacing: Theme.gap
                PrimaryButton { text: qsTr("Cancel"); secondary: true; onClicked: { kiosk.lockAttendant(); pinPopup.close() } }
                PrimaryButton {
                    id: unlock
                    text: qsTr("Open")
                    Layout.fillWidth: true
                    enabled: pinField.text.length >= 4
                    onClicked: {
                        if (kiosk.unlockAttendant(pinField.text)) {
                            pinPopup.close()
                            stack.push(attendantPanel)
                        }
                        pinField.text = ""
                    }
                }
            }
        }
    }

    // The on-screen keyboards, where the input method is there (main() chooses it for a
    // kiosk): kana for a name or an organisation (Japanese first), Qt Virtual Keyboard's ABC
    // and 123 for e-mail, phone and the PIN, or when the visitor asks for it. The tests turn
    // the kana keyboard on without the input method; other form factors load nothing.
    property bool kanaKeyboardEnabled: Settings.onScreenKeyboard
    readonly property alias kanaKeyboard: kana
    property bool kanaMode: Settings.language === "ja"
    // The focused text field, or null.
    readonly property Item focusedField: {
        const item = shell.Window.activeFocusItem
        return item && item.insert !== undefined && item.cursorPosition !== undefined ? item : null
    }
    readonly property bool kanaField: focusedField !== null && !focusedField.readOnly
        && (focusedField.inputMethodHints & (Qt.ImhDigitsOnly | Qt.ImhFormattedNumbersOnly
            | Qt.ImhDialableCharactersOnly | Qt.ImhEmailCharactersOnly | Qt.ImhUrlCharactersOnly
            | Qt.ImhLatinOnly | Qt.ImhDate | Qt.ImhTime | Qt.ImhPreferNumbers)) === 0
    readonly property bool kanaShown: kanaKeyboardEnabled && kanaMode && kanaField
    readonly property bool latinShown: keyboard.item !== null && keyboard.item.shown
    readonly property bool keyboardShown: kanaShown || latinShown
    // How much of the screen's bottom the keyboard takes: the form pages keep the focused
    // field above it.
    readonly property real keyboardHeight: kanaShown ? kana.height
        : latinShown ? keyboard.item.height : 0

    Loader {
        id: keyboard
        objectName: "kioskKeyboardLoader"
        // No size of its own: a sized Loader would stretch the keyboard over the whole screen.
        z: 200
        active: Settings.onScreenKeyboard
        source: "KioskKeyboard.qml"
    }
    Binding { target: keyboard.item; property: "hidden"; value: shell.kanaShown; when: keyboard.item !== null }
    Binding { target: keyboard.item; property: "kanaOffered"; value: shell.kanaField; when: keyboard.item !== null }
    Connections {
        target: keyboard.item
        ignoreUnknownSignals: true
        function onKanaChosen() { shell.kanaMode = true }
    }
    KioskKanaKeyboard {
        id: kana
        parent: T.Overlay.overlay
        z: 1000
        width: parent ? parent.width : 0
        y: shell.kanaShown ? parent.height - height : (parent ? parent.height : 0)
        visible: shell.kanaShown
        target: shell.kanaShown ? shell.focusedField : null
        onAbcChosen: shell.kanaMode = false
    }
}
