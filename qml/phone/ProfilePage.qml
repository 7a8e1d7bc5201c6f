import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Yokoten.Core
import Yokoten.Ui

// 参加者登録: a member of the public registers their name, organisation and e-mail once; every
// sign-up from this phone carries them. Kept in the encrypted store of this phone only.
Page {
    id: page
    title: qsTr("My details")
    background: Rectangle { color: Theme.background }

    AttendeeController {
        id: attendee
        bridge: EngineBridge
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: parent.width - 2 * Theme.margin
            x: Theme.margin
            spacing: Theme.gap
            Item { implicitHeight: Theme.gap }
            Text {
                text: qsTr("Register once to sign up for the centre's seminars from this phone. Your ticket and certificate carry this name.")
                font.pixelSize: Theme.body
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            component Field: ColumnLayout {
                property alias label: caption.text
                property alias text: input.text
                property alias hints: input.inputMethodHints
                spacing: 4
                Layout.fillWidth: true
                // Wrapped: a long label must not widen the form past a phone's edge.
                Text { id: caption; font.pixelSize: Theme.small; color: Theme.textMuted; wrapMode: Text.Wrap; Layout.fillWidth: true }
                TextField {
                    id: input
                    Layout.fillWidth: true
                    implicitHeight: Theme.touch
                    font.pixelSize: Theme.body
                    maximumLength: 200
                }
            }
            Field { id: name; objectName: "nameField"; label: qsTr("Name"); text: attendee.name }
            Field { id: organisation; objectName: "organisationField"; label: qsTr("Organisation (facility, company, school)"); text: attendee.organisation }
            Field { id: email; objectName: "emailField"; label: qsTr("E-mail"); hints: Qt.ImhEmailCharactersOnly; text: attendee.email }
            Text {
                visible: attendee.errorText.length > 0
                text: attendee.errorText
                color: Theme.danger
                font.pixelSize: Theme.body
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Text {
                id: savedNote
                visible: false
                text: qsTr("Saved.")
                color: Theme.ok
                font.pixelSize: Theme.body
            }
            PrimaryButton {
                text: qsTr("Save")
                Layout.fillWidth: true
                onClicked: savedNote.visible = attendee.save(name.text, organisation.text, email.text)
            }
            Text {
                text: qsTr("The centre uses these details only for the seminars you sign up for.")
                font.pixelSize: Theme.small
                color: Theme.textMuted
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
    }
}
