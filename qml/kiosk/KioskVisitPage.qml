import QtQuick
import QtQuick.Layouts
import Yokoten.Core
import Yokoten.Ui

// 来場登録: who visited (the name is optional), from what kind of facility, and which areas of
// care technology interest them.
KioskFormPage {
    id: page
    heading: qsTr("Register my visit")
    intro: qsTr("Only the organisation is required. The centre uses this to send you information about the devices you choose.")
    ready: organisation.text.trim().length > 0
    onSend: controller.submitVisit({
        name: name.text, organisation: organisation.text, email: email.text, phone: "",
        facilityType: facility.selected.length > 0 ? facility.selected[0] : 0,
        interests: interests.selected })
    // The screenshots show the on-screen keyboard up for this first field.
    function focusFirstField() { organisation.focusInput() }

    GridLayout {
        columns: 2
        columnSpacing: Theme.gap * 2
        rowSpacing: Theme.gap
        Layout.fillWidth: true
        KioskField { id: organisation; objectName: "organisationField"; label: qsTr("Facility or organisation *") }
        KioskField { id: name; objectName: "nameField"; label: qsTr("Your name (optional)") }
        KioskField {
            id: email
            objectName: "emailField"
            label: qsTr("E-mail (optional, for information)")
            hints: Qt.ImhEmailCharactersOnly
        }
    }
    ChoiceChips {
        id: facility
        objectName: "facilityChips"
        label: qsTr("Type of service")
        entries: Taxonomy.serviceTypes
    }
    ChoiceChips {
        id: interests
        objectName: "interestChips"
        label: qsTr("Areas that interest you (choose any)")
        entries: Taxonomy.equipmentAreas
        multiple: true
    }
}
