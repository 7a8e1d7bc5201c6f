import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Yokoten.Core
import Yokoten.Ui

// The sync state in a line (two at the largest text size), on every page: offline, sending 3, up to date, or an error
// with what to do. Tapping it opens the sync page.
ItemDelegate {
    id: indicator
    readonly property string stateText: {
        if (Sync.state === Sync.Syncing)
            return Sync.progressTotal > 0 ? qsTr("Syncing %1 / %2").arg(Sync.progressDone).arg(Sync.progressTotal) : qsTr("Syncing…")
        if (Sync.state === Sync.NotConnected)
            return qsTr("Not connected to a server")
        if (Sync.state === Sync.Offline)
            return Sync.pending > 0 ? qsTr("Offline · %n waiting to send", "", Sync.pending) : qsTr("Offline")
        if (Sync.state === Sync.Error)
            return qsTr("Sync problem")
        if (Sync.pending > 0)
            return qsTr("%n waiting to send", "", Sync.pending)
        return qsTr("Up to date")
    }
    readonly property color tone: Sync.state === Sync.Error ? Theme.danger
        : (Sync.state === Sync.Offline || Sync.pending > 0) ? Theme.waiting
        : Sync.state === Sync.UpToDate ? Theme.ok : Theme.textMuted
    implicitHeight: Math.max(Theme.touch, contentItem.implicitHeight + topPadding + bottomPadding)
    contentItem: RowLayout {
        spacing: 8
        Rectangle {
            width: 14
            height: 14
            radius: 7
            color: indicator.tone
        }
        Text {
            text: indicator.stateText
            font.pixelSize: Theme.body
            color: Theme.text
            // Wrapped, not cut: "Not connected to a server" at the largest size on a phone.
            wrapMode: Text.Wrap
            maximumLineCount: 2
            Layout.fillWidth: true
        }
    }
    background: Rectangle {
        color: indicator.down ? Theme.surfaceAlt : "transparent"
        radius: Theme.radius
    }
}
