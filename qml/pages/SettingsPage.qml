import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Yokoten.Core
import Yokoten.Ui

// Language, text size and the account of this device.
Page {
    title: qsTr("Settings")
    background: Rectangle { color: Theme.background }
    ColumnLayout {
        width: Math.min(parent.width - 2 * Theme.margin, 820)
        x: Theme.margin
        y: Theme.margin
        spacing: Theme.gap
        SectionCard {
            title: qsTr("Language / 言語")
            RowLayout {
                spacing: Theme.gap
                PrimaryButton { text: "日本語"; secondary: Settings.language !== "ja"; onClicked: Settings.language = "ja" }
                PrimaryButton { text: "English"; secondary: Settings.language !== "en"; onClicked: Settings.language = "en" }
            }
        }
        SectionCard {
            title: qsTr("Text size")
            RowLayout {
                Layout.fillWidth: true
                Text { text: "A"; font.pixelSize: 16; color: Theme.text }
                Slider {
                    from: 0.9; to: 1.6; stepSize: 0.1
                    value: Settings.textScale
                    onMoved: Settings.textScale = value
                    Layout.fillWidth: true
                }
                Text { text: "A"; font.pixelSize: 28; color: Theme.text }
            }
            Text { text: qsTr("This is how text looks."); font.pixelSize: Theme.body; color: Theme.text }
        }
        SectionCard {
            title: qsTr("This device")
            Text { text: qsTr("Signed in as: %1").arg(Session.userName || "—"); font.pixelSize: Theme.body; color: Theme.text }
            Text { text: qsTr("Organisation: %1").arg(Session.organisationName || "—"); font.pixelSize: Theme.body; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true }
            Text { text: qsTr("The store's key is kept in: %1").arg(PlatformInfo.keyStoreName); font.pixelSize: Theme.small; color: Theme.textMuted; wrapMode: Text.Wrap; Layout.fillWidth: true }
            PrimaryButton { text: qsTr("Lock"); secondary: true; onClicked: Session.lock() }
        }
    }
}
