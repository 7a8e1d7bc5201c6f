import QtQuick
import QtQuick.Layouts
import Yokoten.Core
import Yokoten.Ui

// Choose catalogue models (the devices a case used, the devices a session shows): one large
// chip per model this device holds; `selected` holds their ids.
ChoiceChips {
    id: picker
    multiple: true
    EquipmentListModel { id: catalogue; bridge: EngineBridge }
    entries: {
        const list = []
        for (let i = 0; i < catalogue.count; ++i) {
            const row = catalogue.get(i)
            list.push({ id: row.modelId, text: row.name })
        }
        return list
    }
}
