import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Yokoten.Core
import Yokoten.Ui

// The questions of a Questionnaire (exhibition or seminar) as chips, a 1–5 scale and a
// comment box. `answers()` gives { questionId: { choices, text } } for the controller.
ColumnLayout {
    id: form
    property alias kind: questionnaire.kind
    signal edited()
    spacing: Theme.gap * 1.5
    Layout.fillWidth: true

    Questionnaire { id: questionnaire }

    function answers() {
        const out = {}
        for (let i = 0; i < repeater.count; ++i) {
            const item = repeater.itemAt(i)
            out[item.questionId] = { choices: item.choices(), text: item.textAnswer() }
        }
        return out
    }

    Repeater {
        id: repeater
        model: questionnaire.questions
        delegate: ColumnLayout {
            id: question
            required property var modelData
            readonly property string questionId: modelData.id
            function choices() { return modelData.type === "text" ? [] : chips.selected }
            function textAnswer() { return modelData.type === "text" ? comment.text : "" }
            spacing: 6
            Layout.fillWidth: true
            ChoiceChips {
                id: chips
                visible: question.modelData.type !== "text"
                label: question.modelData.text + (question.modelData.required ? " *" : "")
                entries: question.modelData.options
                multiple: question.modelData.type === "multi"
                onEdited: form.edited()
            }
            Text {
                visible: question.modelData.type === "text"
                text: question.modelData.text
                font.pixelSize: Theme.body
                font.bold: true
                color: Theme.text
            }
            TextArea {
                id: comment
                visible: question.modelData.type === "text"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touch * 2
                font.pixelSize: Theme.body
                wrapMode: TextEdit.Wrap
                background: Rectangle { color: Theme.surface; border.color: Theme.border; radius: 6 }
                onTextChanged: form.edited()
            }
        }
    }
}
