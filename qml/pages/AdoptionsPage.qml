import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Yokoten.Core
import Yokoten.Ui

// 定着フォロー. A facility: what it adopted, the next check-in of each and how it stands,
// record a new adoption, and the yearly effect report (PDF and CSV). Centre staff: the
// stalled adoptions of the prefecture (no longer used, or a check-in overdue), each with a
// one-tap follow-up consultation that then opens.
Page {
    id: page
    property string viewAs: "" // "centre" or "facility" for the screenshot tour; empty: the account decides
    readonly property bool centre: viewAs === "centre" || (viewAs === "" && Session.centreStaff)
    title: centre ? qsTr("Stalled adoptions") : qsTr("Follow-up after adoption")
    background: Rectangle { color: Theme.background }

    AdoptionListModel { id: adoptions; bridge: EngineBridge; sessionManager: Session; scope: page.centre ? "stalled" : "facility" }
    AdoptionController {
        id: controller
        bridge: EngineBridge
        sessionManager: Session
        onConsultationOpened: id => {
            page.ApplicationWindow.window.notify(qsTr("Follow-up consultation opened. It is sent at the next sync."))
            page.ApplicationWindow.window.openConsultation(id)
        }
        onReportWritten: (pdf, csv) => page.ApplicationWindow.window.notify(qsTr("Effect report saved: %1 and %2").arg(pdf).arg(csv))
    }
    function firstAdoptionId() { return adoptions.count > 0 ? adoptions.get(0).adoptionId : "" }
    function firstDueAdoptionId() {
        for (let i = 0; i < adoptions.count; ++i)
            if (adoptions.get(i).answerNow)
                return adoptions.get(i).adoptionId
        return firstAdoptionId()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap
        Text {
            text: page.centre ? qsTr("Devices a facility no longer uses, or whose check-in is more than 30 days late. One tap opens a follow-up consultation with the facility.")
                              : qsTr("A two-minute check-in 1, 3 and 6 months after adoption, then yearly for three years. Subsidies ask for these effect reports.")
            font.pixelSize: Theme.body; color: Theme.textMuted; wrapMode: Text.Wrap; Layout.fillWidth: true
        }
        Flow {
            visible: !page.centre
            Layout.fillWidth: true
            spacing: Theme.gap
            PrimaryButton { text: qsTr("Record an adoption"); onClicked: page.ApplicationWindow.window.newAdoption() }
            PrimaryButton {
                secondary: true
                enabled: !controller.busy
                text: qsTr("FY%1 effect report").arg(controller.currentFiscalYear)
                onClicked: controller.writeEffectReport(controller.currentFiscalYear)
            }
        }
        Text { visible: controller.errorText.length > 0; text: "⚠ " + controller.errorText; color: Theme.danger; font.pixelSize: Theme.body; wrapMode: Text.Wrap; Layout.fillWidth: true }
        ListView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 8
            model: adoptions
            delegate: AdoptionDelegate {
                centre: page.centre
                onOpened: id => page.ApplicationWindow.window.openAdoption(id)
                onFollowUp: id => { controller.adoptionId = id; controller.startFollowUp("") }
            }
            EmptyState {
                anchors.centerIn: parent
                width: parent.width
                message: adoptions.count > 0 ? "" : page.centre ? qsTr("No stalled adoptions.") : qsTr("No adoptions recorded yet.")
            }
        }
    }
}
