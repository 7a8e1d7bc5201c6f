import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtMultimedia
import Yokoten.Core
import Yokoten.Ui

// 受付 (centre staff at the door): scan a ticket's QR code with the camera, or type its short
// code. The server's signature is checked on this phone, offline; a ticket seen before is
// flagged as a duplicate at once, a changed or foreign ticket as not valid. Check-ins are
// sent at the next sync; the server's verdict (e.g. another door was first) shows in the log.
Page {
    id: page
    title: qsTr("Check-in")
    background: Rectangle { color: Theme.background }

    SeminarListModel { id: sessions; bridge: EngineBridge; sessionManager: Session; upcomingOnly: true }
    CheckInController { id: door; bridge: EngineBridge; sessionId: picker.currentValue !== undefined ? picker.currentValue : "" }
    CheckInListModel { id: log; bridge: EngineBridge; sessionId: door.sessionId }
    MediaDevices { id: devices }
    readonly property bool hasCamera: devices.videoInputs.length > 0

    readonly property color tone: door.state === CheckInController.Accepted ? Theme.ok
        : (door.state === CheckInController.Duplicate || door.state === CheckInController.NoKey) ? Theme.waiting
        : door.state === CheckInController.None ? Theme.textMuted : Theme.danger

    // The camera pipeline exists only while scanning (none at all on a device without one).
    Loader {
        active: page.hasCamera && scanSwitch.checked
        sourceComponent: Item {
            CaptureSession {
                camera: Camera { active: page.visible }
                videoOutput: viewfinder
            }
            QrScanner {
                active: true
                videoSink: viewfinder.videoSink
                onDecoded: text => door.checkInQr(text)
            }
        }
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: parent.width - 2 * Theme.margin
            x: Theme.margin
            spacing: Theme.gap
            Item { implicitHeight: 4 }
            ComboBox {
                id: picker
                objectName: "sessionPicker"
                Layout.fillWidth: true
                implicitHeight: Math.max(Theme.touch, contentItem.implicitHeight + topPadding + bottomPadding)
                font.pixelSize: Theme.body
                model: sessions
                textRole: "title"
                valueRole: "sessionId"
                // Sessions of one seminar share a title: the date tells them apart.
                function label(row) { return row.startsAtText + "  " + row.title }
                displayText: currentIndex < 0 || sessions.count === 0 ? qsTr("Choose the session") : label(sessions.get(currentIndex))
                // Date and title wrap onto more lines on a narrow phone at the largest text
                // size; a one-line field would cut the time and the title.
                contentItem: Text {
                    leftPadding: 12
                    rightPadding: picker.indicator.width + 4
                    topPadding: 6
                    bottomPadding: 6
                    text: picker.displayText
                    font: picker.font
                    color: Theme.text
                    verticalAlignment: Text.AlignVCenter
                    wrapMode: Text.Wrap
                }
                delegate: ItemDelegate {
                    id: choice
                    required property int index
                    required property string startsAtText
                    required property string title
                    width: ListView.view ? ListView.view.width : implicitWidth
                    text: startsAtText + "  " + title
                    font.pixelSize: Theme.body
                    highlighted: picker.highlightedIndex === index
                    contentItem: Text {
                        text: choice.text
                        font: choice.font
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                }
                // The soonest session is the one at the door.
                Connections {
                    target: sessions
                    function onReloaded() { if (picker.currentIndex < 0 && sessions.count > 0) picker.currentIndex = 0 }
                }
            }
            Text {
                visible: door.sessionId.length > 0
                text: qsTr("Checked in: %1 of %2").arg(door.checkedInCount).arg(door.confirmedCount)
                font.pixelSize: Theme.large
                font.bold: true
                color: Theme.text
            }
            // The result of the last scan, large enough to read at arm's length.
            Rectangle {
                objectName: "resultPanel"
                Layout.fillWidth: true
                implicitHeight: result.implicitHeight + 2 * Theme.margin
                radius: Theme.radius
                color: door.state === CheckInController.None ? Theme.surface : Qt.lighter(page.tone, 1.9)
                border.color: page.tone
                border.width: 3
                ColumnLayout {
                    id: result
                    anchors.fill: parent
                    anchors.margins: Theme.margin
                    spacing: 4
                    Text {
                        text: door.state === CheckInController.None ? qsTr("Ready to scan") : door.message
                        font.pixelSize: Theme.large
                        font.bold: true
                        color: page.tone
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Text {
                        visible: door.attendeeName.length > 0
                        text: door.attendeeName
                        font.pixelSize: Theme.title
                        color: Theme.text
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }
            }
            RowLayout {
                Layout.fillWidth: true
                Switch {
                    id: scanSwitch
                    enabled: page.hasCamera && door.sessionId.length > 0
                    checked: false
                    text: qsTr("Camera")
                    font.pixelSize: Theme.body
                }
                Text {
                    visible: !page.hasCamera
                    text: qsTr("No camera found: type the ticket code.")
                    font.pixelSize: Theme.small
                    color: Theme.textMuted
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
            VideoOutput {
                id: viewfinder
                visible: scanSwitch.checked
                Layout.fillWidth: true
                Layout.preferredHeight: visible ? width * 0.75 : 0
                fillMode: VideoOutput.PreserveAspectCrop
            }
            Text {
                text: qsTr("Ticket code")
                font.pixelSize: Theme.small
                color: Theme.textMuted
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.gap
                TextField {
                    id: shortCode
                    objectName: "shortCodeField"
                    Layout.fillWidth: true
                    implicitHeight: Theme.touch
                    font.pixelSize: Theme.large
                    font.capitalization: Font.AllUppercase
                    Accessible.name: qsTr("Ticket code")
                    inputMethodHints: Qt.ImhUppercaseOnly | Qt.ImhNoPredictiveText
                    onAccepted: checkButton.clicked()
                }
                PrimaryButton {
                    id: checkButton
                    text: qsTr("Check in")
                    enabled: door.sessionId.length > 0 && shortCode.text.trim().length > 0 && !door.busy
                    onClicked: {
                        door.checkInShortCode(shortCode.text)
                        shortCode.text = ""
                    }
                }
            }
            SectionCard {
                title: qsTr("This session's check-ins")
                Text {
                    visible: log.duplicateCount > 0
                    text: qsTr("Duplicates: %1 (the same ticket scanned again, here or at another door)").arg(log.duplicateCount)
                    font.pixelSize: Theme.small
                    color: Theme.waiting
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Repeater {
                    model: log
                    delegate: RowLayout {
                        required property string attendee
                        required property string checkedInAtText
                        required property string resultText
                        required property int result
                        Layout.fillWidth: true
                        Text { text: checkedInAtText; font.pixelSize: Theme.small; color: Theme.textMuted }
                        Text { text: attendee; font.pixelSize: Theme.body; color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true }
                        StatusChip { text: resultText; tone: result === 1 ? "ok" : (result === 2 || result === 0 ? "waiting" : "danger") }
                    }
                }
                EmptyState { Layout.fillWidth: true; message: log.count === 0 ? qsTr("No check-ins yet.") : "" }
            }
            Item { implicitHeight: Theme.margin }
        }
    }
}
