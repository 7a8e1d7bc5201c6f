import QtQuick
import QtQuick.Layouts
import Yokoten.Core
import Yokoten.Ui

// 展示会アンケート: the prefecture-survey questions, anonymous (only the organisation kind).
KioskFormPage {
    id: page
    heading: qsTr("Exhibition questionnaire")
    intro: qsTr("Anonymous. Questions marked * need an answer.")
    onSend: controller.submitQuestionnaire({
        organisation: "",
        facilityType: facility.selected.length > 0 ? facility.selected[0] : 0,
        answers: form.answers() })

    ChoiceChips {
        id: facility
        objectName: "facilityChips"
        label: qsTr("Type of service")
        entries: Taxonomy.serviceTypes
    }
    QuestionnaireForm {
        id: form
        objectName: "questionnaireForm"
        kind: "exhibition"
    }
}
