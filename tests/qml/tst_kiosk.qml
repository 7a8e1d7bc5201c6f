import QtQuick
import QtTest
import Yokoten.Core
import Yokoten.Ui

// The kiosk shell: a visitor's fields do not survive the idle reset, the countdown shows
// before it, and the attendant panel is not reachable without the PIN.
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
}
