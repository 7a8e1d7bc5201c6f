import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Yokoten.Core
import Yokoten.Ui

// The questions of a Questionnaire (exhibition or seminar): choices and the 1–5 scale as
// chips, then the comment boxes. `answers()` gives { questionId: { choices, text } } for the
// controller.
ColumnLayout {
    id: form
    property alias kind: questionnaire.kind
    signal edited()
    spacing: Theme.gap * 1.5
    Layout.fillWidth: true

    Questionnaire { id: questionnaire; settings: Settings }

    function answers() {
        const out = {}
        for (let i = 0; i < choiceQuestions.count; ++i) {
            const item = choiceQuestions.itemAt(i)
            out[item.questionId] = { choices: item.selected, text: "" }
        }
        for (let j = 0; j < textQuestions.count; ++j) {
            const box = textQuestions.itemAt(j)
            out[box.questionId] = { choices: [], text: box.text }
        }
        return out
    }

    // Chips straight in this layout (a Flow nested one layout deeper does not get its height).
    Repeater {
        id: choiceQuestions
        model: questionnaire.questions.filter(q => q.type !== "text")
        delegate: ChoiceChips {
            required property var modelData
            readonly property string questionId: modelData.id
            label: modelData.text + (modelData.required ? " *" : "")
            entries: modelData.options
            multiple: modelData.type === "multi"
            onEdited: form.edited()
        }
    }
    Repeater {
        id: textQuestions
        model: questionnaire.questions.filter(q => q.type === "text")
        delegate: ColumnLayout {
            required property var modelData
            readonly property string questionId: modelData.id
            readonly property alias text: box.text
            spacing: 6
            Layout.fillWidth: true
            Text {
                text: modelData.text
                font.pixelSize: Theme.body
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            TextArea {
                id: box
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(Theme.touch * 2, implicitHeight)
                font.pixelSize: Theme.body
                wrapMode: TextEdit.Wrap
                background: Rectangle { color: Theme.surface; border.color: Theme.border; radius: 6 }
                onTextChanged: form.edited()
            }
        }
    }
}
