import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Yokoten.Ui

// One self-assessment question with its guidance: levels as big buttons with their
// labels, yes / no, a number with its unit, or free notes. Every answer is saved at once.
ColumnLayout {
    id: question
    required property var item // {id, text, guidance, kind, unit, scale}
    property var answer
    signal answered(var value)
    spacing: 6
    Layout.fillWidth: true

    Text { text: question.item.id + "  " + question.item.text; font.pixelSize: Theme.body; font.bold: true; wrapMode: Text.Wrap; Layout.fillWidth: true; color: Theme.text }
    Text { visible: question.item.guidance.length > 0; text: question.item.guidance; font.pixelSize: Theme.small; wrapMode: Text.Wrap; Layout.fillWidth: true; color: Theme.textMuted }
    Flow {
        visible: question.item.kind === 1
        spacing: 8
        Layout.fillWidth: true
        Repeater {
            model: question.item.kind === 1 ? question.item.scale : []
            delegate: PrimaryButton {
                required property var modelData
                text: modelData.value + ": " + modelData.label
                secondary: question.answer !== modelData.value
                onClicked: question.answered(modelData.value)
            }
        }
    }
    RowLayout {
        visible: question.item.kind === 2
        spacing: 8
        PrimaryButton { text: qsTr("Yes"); secondary: question.answer !== true; onClicked: question.answered(true) }
        PrimaryButton { text: qsTr("No"); secondary: question.answer !== false; onClicked: question.answered(false) }
    }
    RowLayout {
        visible: question.item.kind === 3
        spacing: 8
        TextField {
            text: question.answer === undefined ? "" : String(question.answer)
            placeholderText: qsTr("Number")
            implicitHeight: Theme.touch
            implicitWidth: 200
            font.pixelSize: Theme.body
            inputMethodHints: Qt.ImhFormattedNumbersOnly
            onEditingFinished: if (text !== (question.answer === undefined ? "" : String(question.answer))) question.answered(text)
        }
        Text { text: question.item.unit; font.pixelSize: Theme.body; color: Theme.textMuted }
    }
    TextArea {
        visible: question.item.kind === 4
        text: question.answer === undefined ? "" : question.answer
        placeholderText: qsTr("Notes")
        wrapMode: TextEdit.Wrap
        font.pixelSize: Theme.body
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touch * 2
        onEditingFinished: if (text !== (question.answer === undefined ? "" : question.answer)) question.answered(text)
    }
}
