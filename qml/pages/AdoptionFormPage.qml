import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Yokoten.Core
import Yokoten.Ui

// A facility records what it adopted: what and how many, when, with which funding, and what
// for. The server writes the check-in schedule (1, 3, 6, 12, 24, 36 months); this device shows
// the same schedule at once.
Page {
    id: page
    readonly property bool unsavedChanges: what.text.length > 0 || adopted.typed || funding.text.length > 0 || purpose.text.length > 0
    title: qsTr("Record an adoption")
    background: Rectangle { color: Theme.background }

    AdoptionController {
        id: controller
        bridge: EngineBridge
        sessionManager: Session
        onRecorded: {
            draft.clear()
            what.text = ""; funding.text = ""; purpose.text = ""; fundingYear.text = ""; adopted.setValue("")
            page.ApplicationWindow.window.notify(qsTr("Adoption saved. Its check-ins are scheduled."))
            if (page.StackView.view)
                page.StackView.view.pop()
        }
    }
    FormDraft {
        id: draft
        bridge: EngineBridge
        key: "adoption:new"
        onLoadedChanged: if (loaded) {
            what.text = values.label || ""
            adopted.setValue(values.adoptedOn || "")
            funding.text = values.funding || ""
            fundingYear.text = values.fundingYear || ""
            purpose.text = values.purpose || ""
        }
    }
    function keep() {
        if (draft.loaded)
            draft.save({ label: what.text, adoptedOn: adopted.value, funding: funding.text, fundingYear: fundingYear.text, purpose: purpose.text })
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            x: Theme.margin
            width: Math.min(parent.width - 2 * Theme.margin, 900)
            spacing: Theme.gap
            Item { implicitHeight: 4 }
            FormField {
                label: qsTr("What was adopted"); required: true
                hint: qsTr("The device and how many, e.g. bed sensors, 20 units")
                TextField { id: what; implicitHeight: Theme.touch; font.pixelSize: Theme.body; Layout.fillWidth: true; onTextChanged: page.keep() }
            }
            DateField { id: adopted; label: qsTr("Adopted on"); required: true; onEdited: page.keep() }
            FormField {
                label: qsTr("Funding")
                hint: qsTr("e.g. the prefecture's ICT subsidy, own funds")
                TextField { id: funding; implicitHeight: Theme.touch; font.pixelSize: Theme.body; Layout.fillWidth: true; onTextChanged: page.keep() }
            }
            FormField {
                label: qsTr("Subsidy's fiscal year")
                TextField { id: fundingYear; inputMethodHints: Qt.ImhDigitsOnly; implicitHeight: Theme.touch; font.pixelSize: Theme.body; Layout.preferredWidth: 200; onTextChanged: page.keep() }
            }
            FormField {
                label: qsTr("What it is for")
                TextField { id: purpose; implicitHeight: Theme.touch; font.pixelSize: Theme.body; Layout.fillWidth: true; onTextChanged: page.keep() }
            }
            Text { visible: controller.errorText.length > 0; text: "⚠ " + controller.errorText; color: Theme.danger; font.pixelSize: Theme.body; wrapMode: Text.Wrap; Layout.fillWidth: true }
            PrimaryButton {
                text: qsTr("Save the adoption")
                enabled: !controller.busy
                onClicked: controller.record({ label: what.text, adoptedOn: adopted.value, fundingSource: funding.text,
                    fundingFiscalYear: parseInt(fundingYear.text) || 0, purpose: purpose.text })
            }
            Item { implicitHeight: Theme.margin }
        }
    }
}
