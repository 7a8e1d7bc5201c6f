import QtQuick
import QtTest
import Yokoten.Core
import Yokoten.Ui

// The kiosk shell: a visitor's fields do not survive the idle reset, the countdown shows
// before it, the attendant panel is not reachable without the PIN, the kana keyboard types
// and voices kana, and a focused field is scrolled above the keyboard.
TestCase {
    id: testCase
    name: "Kiosk"
    when: windowShown
    width: 1280
    height: 800

    Component { id: shellComponent; KioskShell { width: 1280; height: 800 } }

    function fill(page) {
        findChild(page, "organisationField").text = "特別養護老人ホーム さくら"
        findChild(page, "nameField").text = "山田 花子"
        findChild(page, "emailField").text = "hanako@example.jp"
    }

    function test_idleResetClearsEveryField() {
        const shell = createTemporaryObject(shellComponent, testCase)
        verify(shell.atStart)
        let page = shell.open("visit")
        verify(!shell.atStart)
        fill(page)
        const interests = findChild(page, "interestChips")
        interests.toggle(4)
        interests.toggle(1)
        compare(interests.selected.length, 2)
        verify(!shell.countdownShown)

        shell.controller.idleSeconds = 2
        tryVerify(() => shell.countdownShown, 3000, "the countdown shows before the reset")
        verify(!shell.atStart)
        tryVerify(() => shell.atStart, 4000, "back at the start screen")
        verify(!shell.countdownShown)

        page = shell.open("visit")
        compare(findChild(page, "organisationField").text, "")
        compare(findChild(page, "nameField").text, "")
        compare(findChild(page, "emailField").text, "")
        compare(findChild(page, "interestChips").selected.length, 0)
    }

    function test_idleResetClearsTheLoanForm() {
        const shell = createTemporaryObject(shellComponent, testCase)
        let page = shell.open("loan")
        fill(page)
        findChild(page, "phoneField").text = "026-000-0000"
        shell.controller.idleSeconds = 1
        tryVerify(() => shell.atStart, 4000)
        page = shell.open("loan")
        compare(findChild(page, "organisationField").text, "")
        compare(findChild(page, "phoneField").text, "")
    }

    function test_touchKeepsTheForm() {
        const shell = createTemporaryObject(shellComponent, testCase)
        const page = shell.open("visit")
        fill(page)
        shell.controller.idleSeconds = 2
        for (let i = 0; i < 4; ++i) {
            wait(700)
            mouseClick(findChild(page, "organisationField"))
        }
        verify(!shell.atStart, "a visitor who keeps touching keeps the form")
        compare(findChild(page, "organisationField").text, "特別養護老人ホーム さくら")
    }

    function test_attendantPanelNeedsThePin() {
        const shell = createTemporaryObject(shellComponent, testCase)
        shell.openAttendant()
        verify(!shell.controller.unlockAttendant("0000"), "no PIN opens a kiosk without one")
        verify(shell.controller.pinMessage.length > 0)
        verify(shell.atStart)
    }

    // The kana keyboard as on a kiosk (the tests have no input method, so no ABC keyboard).
    function kanaShell() {
        const shell = createTemporaryObject(shellComponent, testCase, { kanaKeyboardEnabled: true })
        shell.kanaMode = true
        return shell
    }
    function tap(keyboard, kana) {
        const key = findChild(keyboard, "kana_" + kana)
        verify(key, kana)
        mouseClick(key)
    }

    function test_kanaKeyboardTypesAndVoices() {
        const shell = kanaShell()
        const page = shell.open("visit")
        const field = findChild(page, "organisationField")
        verify(!shell.keyboardShown)
        field.focusInput()
        tryVerify(() => shell.kanaShown, 1000, "a name field brings up the kana keyboard")
        const keyboard = shell.kanaKeyboard
        verify(keyboard && keyboard.visible)
        // Laid out (the rows place their keys when the keyboard is first shown).
        tryVerify(() => findChild(keyboard, "kana_ん").mapToItem(null, 0, 0).x > keyboard.width / 2)
        for (const k of ["さ", "く", "ら", "は", "゛", "゛", "ゃ"])
            tap(keyboard, k)
        compare(field.text, "さくらぱゃ")
        tap(keyboard, "゛") // ゃ has no voiced form
        compare(field.text, "さくらぱゃ")
        tap(keyboard, "backspace")
        tap(keyboard, "゛") // ぱ → は
        compare(field.text, "さくらは")
        tap(keyboard, "script")
        verify(keyboard.katakana)
        for (const k of ["ほ", "つ", "小", "か", "゛", "ー"])
            tap(keyboard, k)
        compare(field.text, "さくらはホッガー")
        verify(shell.focusedField !== null && shell.focusedField.parent === field,
            "the keys never take the focus from the field")

        tap(keyboard, "abc")
        verify(!shell.kanaShown, "ABC 123 hands over to the Latin keyboard")
        shell.kanaMode = true
        verify(shell.kanaShown)
        findChild(page, "emailField").focusInput()
        verify(!shell.kanaShown, "an e-mail field gets no kana")

        shell.reset()
        verify(!keyboard.katakana, "the next visitor starts in hiragana")
    }

    function test_voicingMarks_data() {
        return [
            { tag: "か゛", c: "か", mark: "゛", out: "が" },
            { tag: "が゛", c: "が", mark: "゛", out: "か" },
            { tag: "は゛", c: "は", mark: "゛", out: "ば" },
            { tag: "ば゛", c: "ば", mark: "゛", out: "ぱ" },
            { tag: "ぱ゛", c: "ぱ", mark: "゛", out: "は" },
            { tag: "ウ゛", c: "ウ", mark: "゛", out: "ヴ" },
            { tag: "ホ゜", c: "ホ", mark: "゜", out: "ポ" },
            { tag: "か゜", c: "か", mark: "゜", out: "か" },
            { tag: "つ小", c: "つ", mark: "小", out: "っ" },
            { tag: "ョ小", c: "ョ", mark: "小", out: "ヨ" },
            { tag: "A゛", c: "A", mark: "゛", out: "A" },
        ]
    }
    function test_voicingMarks(data) {
        const shell = kanaShell()
        const keyboard = shell.kanaKeyboard
        compare(keyboard.marked(data.c, data.mark), data.out)
    }

    // The questionnaire's free-text answer, the lowest field of a long form.
    function textArea(item) {
        if (item.textFormat !== undefined && item.insert !== undefined)
            return item
        for (let i = 0; i < item.children.length; ++i) {
            const found = textArea(item.children[i])
            if (found)
                return found
        }
        return null
    }

    function test_focusedFieldScrollsAboveTheKeyboard() {
        const shell = kanaShell()
        const page = shell.open("questionnaire")
        const field = textArea(page)
        verify(field, "the questionnaire has a free-text answer")
        const bottomOf = () => field.mapToItem(shell, 0, field.height).y
        verify(bottomOf() > shell.height, "the field starts below the screen (the test means something)")
        field.forceActiveFocus()
        tryVerify(() => shell.kanaShown)
        verify(shell.keyboardHeight > 300)
        tryVerify(() => bottomOf() <= shell.height - shell.keyboardHeight, 2000,
            "the focused field is above the keyboard's top")
        verify(field.mapToItem(shell, 0, 0).y >= 0, "and not scrolled off the top")
    }
}
