import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Yokoten.Core
import Yokoten.Ui

// The kiosk's start screen: the exhibition, three large actions and the language.
Page {
    id: page
    required property KioskController controller
    signal chosen(string flow)
    signal attendant()
    background: Rectangle { color: Theme.background }

    component Tile: Button {
        id: tile
        property string symbol
        property string caption
        property string detail
        Layout.fillWidth: true
        Layout.preferredWidth: 1 // three equal tiles
        Layout.fillHeight: true
        Layout.maximumHeight: 520
        contentItem: ColumnLayout {
            spacing: Theme.gap
            // A box of one height for every symbol (their glyphs differ in height), so the three
            // titles line up.
            Text {
                text: tile.symbol
                font.pixelSize: Theme.title * 2.2
                color: Theme.primary
                Layout.alignment: Qt.AlignHCenter
                Layout.preferredHeight: Theme.title * 3
                verticalAlignment: Text.AlignVCenter
            }
            Text {
                text: tile.caption
                font.pixelSize: Theme.title
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
            }
            Text {
                text: tile.detail
                font.pixelSize: Theme.body
                color: Theme.textMuted
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
            }
            Item { Layout.fillHeight: true }
        }
        background: Rectangle {
            radius: Theme.radius * 2
            color: tile.down ? Theme.surfaceAlt : Theme.surface
            border.color: Theme.primary
            border.width: 3
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin * 2
        spacing: Theme.gap * 2
        RowLayout {
            Layout.fillWidth: true
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 4
                Text {
                    text: page.controller.exhibitionTitle.length > 0 ? page.controller.exhibitionTitle : qsTr("Equipment exhibition")
                    font.pixelSize: Theme.title * 1.2
                    font.bold: true
                    color: Theme.primary
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Text {
                    text: [page.controller.exhibitionWhen, page.controller.exhibitionVenue].filter(t => t.length > 0).join("  ·  ")
                    font.pixelSize: Theme.body
                    color: Theme.textMuted
                }
            }
            PrimaryButton {
                text: Settings.language === "ja" ? "English" : "日本語"
                secondary: true
                onClicked: Settings.language = Settings.language === "ja" ? "en" : "ja"
            }
        }
        Text {
            text: qsTr("Welcome! Touch what you would like to do.")
            font.pixelSize: Theme.large
            color: Theme.text
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.gap * 2
            Tile {
                objectName: "visitTile"
                symbol: "✍"
                caption: qsTr("Register my visit")
                detail: qsTr("Tell the centre who you are and which devices interest you.")
                onClicked: page.chosen("visit")
            }
            Tile {
                objectName: "loanTile"
                symbol: "⇄"
                caption: qsTr("Borrow a device for a trial")
                detail: qsTr("Ask for a free trial loan of a device shown here.")
                onClicked: page.chosen("loan")
            }
            Tile {
                objectName: "questionnaireTile"
                symbol: "☑"
                caption: qsTr("Answer the questionnaire")
                detail: qsTr("About two minutes. It helps the centre plan its support.")
                onClicked: page.chosen("questionnaire")
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Text {
                text: qsTr("Your entry goes only to the support centre. Nobody at this screen can see it again.")
                font.pixelSize: Theme.small
                color: Theme.textMuted
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            SyncIndicator {
                Layout.preferredWidth: Math.min(implicitWidth + 24, 420)
                onClicked: page.attendant()
            }
            PrimaryButton {
                objectName: "attendantButton"
                text: qsTr("Staff")
                secondary: true
                onClicked: page.attendant()
            }
        }
    }
}
