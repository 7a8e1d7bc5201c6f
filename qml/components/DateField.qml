import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Yokoten.Core
import Yokoten.Ui

// The one date field: a calendar a finger can use, and typing as Japanese users write a
// date (2027-01-10, 2027/1/10, 2027年1月10日, 令和9年1月10日, 1月10日). Under the field it says
// which day it understood, or what is wrong, in the person's language. `value` is
// "YYYY-MM-DD" (empty while unreadable).
FormField {
    id: field
    property string value: ""
    property string minimum: "" // "YYYY-MM-DD": days before it cannot be picked
    readonly property bool valid: value.length > 0
    // What was typed (passed on when unreadable, so the form says why).
    function typedText() { return input.text }
    readonly property string understood: value.length > 0 ? DateText.date(value) : ""
    signal edited()

    function setValue(iso) {
        field.value = iso
        input.text = iso.length > 0 ? DateText.date(iso) : ""
    }
    hint: input.text.length === 0 ? qsTr("Tap Calendar to pick a day, or type e.g. 1月10日")
        : (valid ? qsTr("Understood as %1").arg(understood) : "")
    // Said once the person has left the field (not while typing), and never while the field
    // is being destroyed (a layout change then crashes Qt 6.4's layouts).
    property bool finished: false
    property bool alive: true
    Component.onDestruction: alive = false
    readonly property bool typed: input.text.length > 0
    error: alive && finished && input.text.length > 0 && !valid
        ? qsTr("This date cannot be read. Type it like 2027-01-10 or 1月10日, or pick it in the calendar.") : ""

    RowLayout {
        spacing: Theme.gap
        Layout.fillWidth: true
        TextField {
            id: input
            objectName: "dateInput"
            Layout.fillWidth: true
            implicitHeight: Theme.touch
            font.pixelSize: Theme.body
            placeholderText: qsTr("e.g. 1月10日")
            inputMethodHints: Qt.ImhDate | Qt.ImhNoPredictiveText
            onEditingFinished: if (field.alive) field.finished = true
            onTextEdited: {
                field.finished = false
                field.value = DateText.isoFromTyped(text)
                field.edited()
            }
        }
        PrimaryButton {
            objectName: "dateCalendarButton"
            secondary: true
            text: qsTr("Calendar")
            implicitWidth: Math.max(Theme.touch, contentItem.implicitWidth + 24)
            onClicked: field.openCalendar()
        }
    }

    // The calendar is made when asked for and destroyed when closed, on the window's content.
    function openCalendar() {
        const window = field.Window.window
        const popup = calendarComponent.createObject(window ? window.contentItem : field)
        popup.closed.connect(() => popup.destroy())
        popup.open()
    }
    Component {
        id: calendarComponent
        Popup {
            id: calendar
            modal: true
            focus: true
            padding: Theme.margin
            readonly property date shown: new Date(year, month, 1)
            property int year: new Date().getFullYear()
            property int month: new Date().getMonth()
            onAboutToShow: {
                // Centred on the window's content, where openCalendar() put it.
                x = Math.round((parent.width - implicitWidth) / 2)
                y = Math.round(Math.max(0, (parent.height - implicitHeight) / 2))
                const start = field.value.length > 0 ? field.value : (field.minimum.length > 0 ? field.minimum : DateText.today())
                year = Number(start.substring(0, 4))
                month = Number(start.substring(5, 7)) - 1
            }
            background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.border }
            contentItem: ColumnLayout {
                spacing: Theme.gap
                RowLayout {
                    Layout.fillWidth: true
                    PrimaryButton {
                        secondary: true
                        text: "‹"
                        implicitWidth: Theme.touch * 1.4
                        Accessible.name: qsTr("Previous month")
                        onClicked: { if (calendar.month === 0) { calendar.month = 11; calendar.year -= 1 } else calendar.month -= 1 }
                    }
                    Text {
                        text: Settings.language === "ja" ? calendar.year + "年" + (calendar.month + 1) + "月"
                                                         : Qt.locale("en_GB").standaloneMonthName(calendar.month) + " " + calendar.year
                        font.pixelSize: Theme.large
                        font.bold: true
                        color: Theme.text
                        horizontalAlignment: Text.AlignHCenter
                        Layout.fillWidth: true
                    }
                    PrimaryButton {
                        secondary: true
                        text: "›"
                        implicitWidth: Theme.touch * 1.4
                        Accessible.name: qsTr("Next month")
                        onClicked: { if (calendar.month === 11) { calendar.month = 0; calendar.year += 1 } else calendar.month += 1 }
                    }
                }
                DayOfWeekRow {
                    locale: Qt.locale(Settings.language === "ja" ? "ja_JP" : "en_GB")
                    Layout.fillWidth: true
                    font.pixelSize: Theme.small
                }
                MonthGrid {
                    id: grid
                    objectName: "dateGrid"
                    month: calendar.month
                    year: calendar.year
                    locale: Qt.locale(Settings.language === "ja" ? "ja_JP" : "en_GB")
                    Layout.fillWidth: true
                    implicitWidth: 7 * Theme.touch
                    delegate: Rectangle {
                        required property var model
                        readonly property string iso: Qt.formatDate(model.date, "yyyy-MM-dd")
                        readonly property bool allowed: field.minimum.length === 0 || iso >= field.minimum
                        implicitWidth: Theme.touch
                        implicitHeight: Theme.touch
                        radius: Theme.touch / 2
                        color: iso === field.value ? Theme.primary : (model.today ? Theme.surfaceAlt : "transparent")
                        opacity: model.month === calendar.month ? (allowed ? 1 : 0.35) : 0
                        Text {
                            anchors.centerIn: parent
                            text: model.day
                            font.pixelSize: Theme.body
                            color: parent.iso === field.value ? Theme.primaryText : Theme.text
                        }
                    }
                    onClicked: date => {
                        const iso = Qt.formatDate(date, "yyyy-MM-dd")
                        if (date.getMonth() !== calendar.month || (field.minimum.length > 0 && iso < field.minimum))
                            return
                        field.setValue(iso)
                        field.edited()
                        calendar.close()
                    }
                }
                PrimaryButton {
                    secondary: true
                    text: qsTr("Close")
                    Layout.alignment: Qt.AlignRight
                    onClicked: calendar.close()
                }
            }
        }
    }
}
