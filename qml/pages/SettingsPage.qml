import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Yokoten.Core
import Yokoten.Ui

// Language, text size and the account of this device. Scrolls at the largest text size and
// wraps every line, so nothing runs off a phone's edge.
Page {
    id: page
    title: qsTr("Settings")
    background: Rectangle { color: Theme.background }
    // A member of the public on a phone: no account, nothing to sign in to.
    readonly property bool attendee: Session.userId.length === 0
    // The sizes a person chooses between, smallest to largest (AppSettings bounds them).
    readonly property var sizes: [0.9, 1.0, 1.15, 1.3, 1.45, 1.6]
    readonly property int sizeIndex: {
        let best = 0
        for (let i = 0; i < sizes.length; ++i)
            if (Math.abs(sizes[i] - Settings.textScale) < Math.abs(sizes[best] - Settings.textScale))
                best = i
        return best
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: Math.min(parent.width - 2 * Theme.margin, 820)
            x: Theme.margin
            spacing: Theme.gap
            Item { implicitHeight: Theme.gap }
            SectionCard {
                title: qsTr("Language / 言語")
                Flow {
                    spacing: Theme.gap
                    Layout.fillWidth: true
                    PrimaryButton { text: "日本語"; secondary: Settings.language !== "ja"; onClicked: Settings.language = "ja" }
                    PrimaryButton { text: "English"; secondary: Settings.language !== "en"; onClicked: Settings.language = "en" }
                }
            }
            // Two large buttons instead of a thin slider: easy to hit, one step at a time.
            SectionCard {
                title: qsTr("Text size")
                Flow {
                    spacing: Theme.gap
                    Layout.fillWidth: true
                    PrimaryButton {
                        objectName: "textSmaller"
                        secondary: true
                        text: qsTr("A− Smaller")
                        enabled: page.sizeIndex > 0
                        onClicked: Settings.textScale = page.sizes[page.sizeIndex - 1]
                    }
                    PrimaryButton {
                        objectName: "textLarger"
                        secondary: true
                        text: qsTr("A+ Larger")
                        enabled: page.sizeIndex < page.sizes.length - 1
                        onClicked: Settings.textScale = page.sizes[page.sizeIndex + 1]
                    }
                }
                Text {
                    text: qsTr("Size %1 of %2").arg(page.sizeIndex + 1).arg(page.sizes.length)
                    font.pixelSize: Theme.body; color: Theme.textMuted; wrapMode: Text.Wrap; Layout.fillWidth: true
                }
                Text { text: qsTr("This is how text looks."); font.pixelSize: Theme.body; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true }
            }
            SectionCard {
                title: qsTr("This device")
                Text {
                    visible: page.attendee
                    text: qsTr("No one is signed in on this device. On a phone, your details (My details) are used only for your seminar sign-ups.")
                    font.pixelSize: Theme.body; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true
                }
                Text {
                    visible: !page.attendee
                    text: qsTr("Signed in as: %1").arg(Session.userName)
                    font.pixelSize: Theme.body; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true
                }
                Text {
                    visible: !page.attendee && Session.organisationName.length > 0
                    text: qsTr("Organisation: %1").arg(Session.organisationName)
                    font.pixelSize: Theme.body; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true
                }
                Text {
                    text: qsTr("The data on this device is encrypted. It opens with this device's passcode.")
                    font.pixelSize: Theme.small; color: Theme.textMuted; wrapMode: Text.Wrap; Layout.fillWidth: true
                }
                PrimaryButton { text: qsTr("Lock"); secondary: true; onClicked: Session.lock() }
            }
            Item { implicitHeight: Theme.margin }
        }
    }
}
