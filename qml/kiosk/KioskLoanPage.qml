import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Yokoten.Core
import Yokoten.Ui

// 試用貸出の希望: a device shown here, the wished period and how the centre reaches the visitor.
// The centre confirms the loan itself; the visitor leaves with a clear next step.
KioskFormPage {
    id: page
    heading: qsTr("Borrow a device for a trial")
    intro: qsTr("Choose the device and when you would like it. The centre will contact you to arrange the loan.")
    ready: model.selected.length > 0 && organisation.text.trim().length > 0
        && (email.text.trim().length > 0 || phone.text.trim().length > 0)
    onSend: controller.submitLoanWish({
        name: name.text, organisation: organisation.text, email: email.text, phone: phone.text,
        facilityType: facility.selected.length > 0 ? facility.selected[0] : 0,
        modelId: model.selected.length > 0 ? model.selected[0] : "",
        from: from.valid ? from.value : from.typedText(), to: to.valid ? to.value : to.typedText() })

    // Two weeks from today in Japan, for two weeks: a sensible wish the visitor may change.
    Component.onCompleted: {
        from.setValue(DateText.addDays(DateText.today(), 14))
        to.setValue(DateText.addDays(DateText.today(), 27))
    }

    EquipmentListModel { id: devices; bridge: EngineBridge }
    ModelListController { id: onShow; bridge: EngineBridge; sessionId: page.controller.sessionId }
    ChoiceChips {
        id: model
        objectName: "modelChips"
        label: qsTr("Device *")
        entries: {
            // The devices centre staff put on show at this exhibition; else the models of the
            // areas it shows (all when it names none).
            if (onShow.models.length > 0)
                return onShow.models.map(m => ({ id: m.modelId, text: m.name + " · " + m.maker }))
            const areas = page.controller.exhibitionAreas
            const list = []
            for (let i = 0; i < devices.count; ++i) {
                const row = devices.get(i)
                if (areas.length === 0 || areas.indexOf(row.area) >= 0)
                    list.push({ id: row.modelId, text: row.name + " · " + row.maker })
            }
            return list
        }
    }
    // What other facilities achieved with the chosen device: public cases only, read here,
    // nothing kept and nothing personal shown.
    ModelCasesController {
        id: deviceCases
        bridge: EngineBridge
        publicOnly: true
        limit: 3
        modelId: model.selected.length > 0 ? model.selected[0] : ""
    }
    ColumnLayout {
        objectName: "kioskDeviceCases"
        visible: model.selected.length > 0 && deviceCases.cases.length > 0
        spacing: 8
        Layout.fillWidth: true
        Text {
            text: qsTr("What other facilities achieved with it")
            font.pixelSize: Theme.large
            font.bold: true
            color: Theme.primary
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Repeater {
            model: deviceCases.cases
            delegate: ModelCaseCard {
                required property var modelData
                entry: modelData
                openable: false
                showOrganisation: false
            }
        }
    }
    GridLayout {
        columns: 2
        columnSpacing: Theme.gap * 2
        rowSpacing: Theme.gap
        Layout.fillWidth: true
        DateField { id: from; objectName: "fromField"; label: qsTr("From"); minimum: DateText.today() }
        DateField { id: to; objectName: "toField"; label: qsTr("To"); minimum: from.valid ? from.value : DateText.today() }
        KioskField { id: organisation; objectName: "organisationField"; label: qsTr("Facility or organisation *") }
        KioskField { id: name; objectName: "nameField"; label: qsTr("Your name") }
        KioskField { id: email; objectName: "emailField"; label: qsTr("E-mail"); hints: Qt.ImhEmailCharactersOnly }
        KioskField { id: phone; objectName: "phoneField"; label: qsTr("Phone"); hints: Qt.ImhDialableCharactersOnly }
    }
    Text {
        text: qsTr("* required. Give an e-mail address or a phone number.")
        font.pixelSize: Theme.small
        color: Theme.textMuted
    }
    ChoiceChips {
        id: facility
        label: qsTr("Type of service")
        entries: Taxonomy.serviceTypes
    }
}
