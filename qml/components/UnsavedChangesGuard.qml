import QtQuick
import Yokoten.Ui

// Never lose what a person typed: every way off a page (‹ Back, the navigation rail, the
// tabs, the sync indicator) goes through leave(). A page with `unsavedChanges: true` makes
// it ask first — "leave without saving?" with "keep writing" as the safe, first choice.
Item {
    id: guard
    property Item page
    readonly property alias dialog: confirm
    readonly property bool pageHasUnsavedChanges: !!page && page.unsavedChanges === true

    // Runs `action` now, or after the person chose to leave the unsaved page.
    function leave(action) {
        if (!pageHasUnsavedChanges) {
            action()
            return true
        }
        confirm.ask(qsTr("Leave without saving?"),
                    qsTr("What you typed on this page has not been saved yet. If you leave now, it will be lost."),
                    qsTr("Leave without saving"), action)
        return false
    }

    ConfirmDialog {
        id: confirm
        destructive: true
        cancelText: qsTr("Keep writing")
    }
}
