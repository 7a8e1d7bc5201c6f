import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Templates as T
import QtQuick.Layouts
import Yokoten.Ui

// The one question before an action that cannot be taken back (cancel a sign-up, drop what
// was typed, submit for good): says what will happen in the person's language, names both
// choices by what they do (never "Yes/No"), and puts the safe one first.
Popup {
    id: dialog
    property string title
    property string message
    property string confirmText: qsTr("Continue")
    property string cancelText: qsTr("Go back")
    property bool destructive: false
    signal confirmed()
    signal cancelled()

    // Opens with a question and calls `onYes` when the person confirms.
    property var pendingAction: null
    function ask(titleText, messageText, confirmLabel, action) {
        dialog.title = titleText
        dialog.message = messageText
        if (confirmLabel)
            dialog.confirmText = confirmLabel
        dialog.pendingAction = action || null
        dialog.open()
    }

    parent: T.Overlay.overlay
    anchors.centerIn: parent
    modal: true
    focus: true
    closePolicy: Popup.CloseOnEscape
    width: Math.min(parent ? parent.width - 2 * Theme.margin : 560, 560 * Math.max(1, Theme.scale * 0.9))
    padding: Theme.margin
    background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.border }
    onClosed: if (!accepted) dialog.cancelled()
    property bool accepted: false
    onAboutToShow: accepted = false

    contentItem: ColumnLayout {
        spacing: Theme.gap
        Text {
            visible: dialog.title.length > 0
            text: dialog.title
            font.pixelSize: Theme.large
            font.bold: true
            color: dialog.destructive ? Theme.danger : Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Text {
            visible: dialog.message.length > 0
            text: dialog.message
            font.pixelSize: Theme.body
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        // Side by side when they fit, one above the other at the largest text size.
        GridLayout {
            columns: (goBack.implicitWidth + go.implicitWidth + Theme.gap) <= width ? 2 : 1
            columnSpacing: Theme.gap
            rowSpacing: Theme.gap
            Layout.fillWidth: true
            Layout.topMargin: Theme.gap
            PrimaryButton {
                id: goBack
                objectName: "confirmCancel"
                secondary: true
                text: dialog.cancelText
                Layout.fillWidth: true
                onClicked: dialog.close()
            }
            PrimaryButton {
                id: go
                objectName: "confirmAccept"
                danger: dialog.destructive
                text: dialog.confirmText
                Layout.fillWidth: true
                onClicked: {
                    dialog.accepted = true
                    dialog.close()
                    const action = dialog.pendingAction
                    dialog.pendingAction = null
                    dialog.confirmed()
                    if (action)
                        action()
                }
            }
        }
    }
}
