import QtQuick
import QtQuick.Layouts
import Yokoten.Core
import Yokoten.Ui

// Centre staff: who signed up for a session and who has arrived, as last synced.
SectionCard {
    id: card
    property alias sessionId: roster.sessionId
    title: qsTr("Attendees (%1 checked in of %2)").arg(roster.checkedInCount).arg(roster.count)

    RosterModel { id: roster; bridge: EngineBridge }

    Text { visible: roster.count === 0; text: qsTr("Nobody has signed up yet."); font.pixelSize: Theme.body; color: Theme.textMuted }
    Repeater {
        model: roster
        delegate: RowLayout {
            required property string attendee
            required property string organisation
            required property string statusText
            required property bool checkedIn
            spacing: Theme.gap
            Layout.fillWidth: true
            Text { text: checkedIn ? "✓" : "·"; font.pixelSize: Theme.large; color: checkedIn ? Theme.ok : Theme.textMuted; Layout.preferredWidth: 24 }
            Text { text: attendee; font.pixelSize: Theme.body; color: Theme.text; Layout.preferredWidth: 220; elide: Text.ElideRight }
            Text { text: organisation; font.pixelSize: Theme.body; color: Theme.textMuted; Layout.fillWidth: true; elide: Text.ElideRight }
            StatusChip { text: statusText; tone: checkedIn ? "ok" : "neutral" }
        }
    }
}
