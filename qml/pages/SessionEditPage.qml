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

    SessionEditor {
        id: editor
        bridge: EngineBridge
        onCreated: page.StackView.view ? page.StackView.view.pop() : undefined
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: Math.min(parent.width - 2 * Theme.margin, 820)
            x: Theme.margin
            spacing: Theme.gap
            Item { implicitHeight: 4 }
            Text { text: qsTr("Seminar"); font.pixelSize: Theme.small; color: Theme.textMuted }
            ComboBox {
                id: seminar
                model: editor.seminars
                textRole: "title"
                valueRole: "id"
                implicitHeight: Theme.touch
                font.pixelSize: Theme.body
                Layout.fillWidth: true
            }
            GridLayout {
                columns: 3
                columnSpacing: Theme.gap
                Layout.fillWidth: true
                TextField { id: day; placeholderText: qsTr("Day (YYYY-MM-DD)"); inputMethodHints: Qt.ImhDate; implicitHeight: Theme.touch; font.pixelSize: Theme.body; Layout.fillWidth: true }
                TextField { id: start; placeholderText: qsTr("From (HH:MM)"); text: "13:30"; implicitHeight: Theme.touch; font.pixelSize: Theme.body; Layout.fillWidth: true }
                TextField { id: end; placeholderText: qsTr("Until (HH:MM)"); text: "16:00"; implicitHeight: Theme.touch; font.pixelSize: Theme.body; Layout.fillWidth: true }
            }
            TextField { id: venue; placeholderText: qsTr("Venue"); implicitHeight: Theme.touch; font.pixelSize: Theme.body; Layout.fillWidth: true }
            TextField { id: address; placeholderText: qsTr("Address"); implicitHeight: Theme.touch; font.pixelSize: Theme.body; Layout.fillWidth: true }
            GridLayout {
                columns: 2
                columnSpacing: Theme.gap
                Layout.fillWidth: true
                TextField { id: seats; placeholderText: qsTr("Seats"); inputMethodHints: Qt.ImhDigitsOnly; implicitHeight: Theme.touch; font.pixelSize: Theme.body; Layout.fillWidth: true }
                TextField { id: deadline; placeholderText: qsTr("Sign-up deadline (YYYY-MM-DD)"); inputMethodHints: Qt.ImhDate; implicitHeight: Theme.touch; font.pixelSize: Theme.body; Layout.fillWidth: true }
            }
            ModelPicker {
                id: shownModels
                objectName: "shownModelPicker"
                label: qsTr("Devices on show (for an exhibition)")
                onEdited: editor.shownModelIds = selected
            }
            Text { visible: editor.errorText.length > 0; text: editor.errorText; color: Theme.danger; font.pixelSize: Theme.body; wrapMode: Text.Wrap; Layout.fillWidth: true }
            PrimaryButton {
                text: qsTr("Add the session")
                enabled: !editor.busy
                onClicked: editor.create(seminar.currentValue || "", day.text, start.text, end.text, venue.text, address.text, parseInt(seats.text) || 0, deadline.text)
            }
            Text { text: qsTr("Sign-up closes at 17:00 on the deadline day. Times are Japan time."); font.pixelSize: Theme.small; color: Theme.textMuted; wrapMode: Text.Wrap; Layout.fillWidth: true }
        }
    }
}
