import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Yokoten.Core
import Yokoten.Ui

// Centre staff: plan a new session of a seminar. It is saved on this device and published to
// everyone at the next sync.
Page {
    id: page
    title: qsTr("New session")
    background: Rectangle { color: Theme.background }
    // Typed and not added yet: the guard asks before leaving (Main.qml).
    readonly property bool unsavedChanges: day.typed || venue.text.length > 0 || address.text.length > 0
        || seats.text.length > 0 || deadline.typed

    SessionEditor {
        id: editor
        bridge: EngineBridge
        onCreated: {
            const window = page.ApplicationWindow.window
            if (window && window.notify)
                window.notify(qsTr("The session is added. Everyone sees it after the next sync."))
            day.setValue(""); deadline.setValue(""); venue.text = ""; address.text = ""; seats.text = ""
            if (page.StackView.view)
                page.StackView.view.pop()
        }
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: Math.min(parent.width - 2 * Theme.margin, 820)
            x: Theme.margin
            spacing: Theme.gap
            Item { implicitHeight: 4 }
            FormField {
                label: qsTr("Seminar")
                ComboBox {
                    id: seminar
                    model: editor.seminars
                    textRole: "title"
                    valueRole: "id"
                    implicitHeight: Theme.touch
                    font.pixelSize: Theme.body
                    Layout.fillWidth: true
                }
            }
            DateField { id: day; label: qsTr("Day"); required: true; minimum: DateText.today() }
            GridLayout {
                columns: page.width > 700 ? 2 : 1
                columnSpacing: Theme.gap
                Layout.fillWidth: true
                FormField {
                    label: qsTr("From (HH:MM)")
                    TextField { id: start; text: "13:30"; implicitHeight: Theme.touch; font.pixelSize: Theme.body; Layout.fillWidth: true }
                }
                FormField {
                    label: qsTr("Until (HH:MM)")
                    TextField { id: end; text: "16:00"; implicitHeight: Theme.touch; font.pixelSize: Theme.body; Layout.fillWidth: true }
                }
            }
            FormField {
                label: qsTr("Venue")
                TextField { id: venue; implicitHeight: Theme.touch; font.pixelSize: Theme.body; Layout.fillWidth: true }
            }
            FormField {
                label: qsTr("Address")
                TextField { id: address; implicitHeight: Theme.touch; font.pixelSize: Theme.body; Layout.fillWidth: true }
            }
            FormField {
                label: qsTr("Seats")
                required: true
                TextField { id: seats; inputMethodHints: Qt.ImhDigitsOnly; implicitHeight: Theme.touch; font.pixelSize: Theme.body; Layout.fillWidth: true }
            }
            DateField {
                id: deadline
                label: qsTr("Sign-up deadline")
                required: true
                minimum: DateText.today()
            }
            ModelPicker {
                id: shownModels
                objectName: "shownModelPicker"
                label: qsTr("Devices on show (for an exhibition)")
                onEdited: editor.shownModelIds = selected
            }
            Text { visible: editor.errorText.length > 0; text: "⚠ " + editor.errorText; color: Theme.danger; font.pixelSize: Theme.body; wrapMode: Text.Wrap; Layout.fillWidth: true }
            PrimaryButton {
                text: qsTr("Add the session")
                enabled: !editor.busy
                onClicked: editor.create(seminar.currentValue || "", day.valid ? day.value : day.typedText(), start.text, end.text, venue.text, address.text,
                                         parseInt(seats.text) || 0, deadline.valid ? deadline.value : deadline.typedText())
            }
            Text { text: qsTr("Sign-up closes at 17:00 on the deadline day. Times are Japan time."); font.pixelSize: Theme.small; color: Theme.textMuted; wrapMode: Text.Wrap; Layout.fillWidth: true }
            Item { implicitHeight: Theme.margin }
        }
    }
}
