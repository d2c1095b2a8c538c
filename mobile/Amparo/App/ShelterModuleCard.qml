import QtQuick
import QtQuick.Layouts
import Amparo.Controls

// Shelter module: capacity vs occupancy, services and gaps, refusals,
// security.
FormSection {
    id: root

    property QtObject editor
    readonly property string base: "visit.shelter."

    title: qsTr("Shelter")

    GridLayout {
        Layout.fillWidth: true
        columns: root.width > 760 ? 3 : 2 // the card's width, never the grid's own (a layout loop)
        columnSpacing: 16
        CountField { editor: root.editor; path: root.base + "capacity"; label: qsTr("Capacity") }
        CountField { editor: root.editor; path: root.base + "occupancy.total"; label: qsTr("Occupancy today") }
        CountField { editor: root.editor; path: root.base + "occupancy.women"; label: qsTr("Women") }
        CountField { editor: root.editor; path: root.base + "occupancy.men"; label: qsTr("Men") }
        CountField { editor: root.editor; path: root.base + "occupancy.girls"; label: qsTr("Girls") }
        CountField { editor: root.editor; path: root.base + "occupancy.boys"; label: qsTr("Boys") }
        CountField { editor: root.editor; path: root.base + "unaccompanied_children"; label: qsTr("Unaccompanied children") }
        CountField { editor: root.editor; path: root.base + "families"; label: qsTr("Families") }
        CountField { editor: root.editor; path: root.base + "maximum_stay_days"; label: qsTr("Maximum stay (days)") }
        CountField { editor: root.editor; path: root.base + "refusals_of_entry"; label: qsTr("Refusals of entry") }
    }
    BoundTextField { editor: root.editor; path: root.base + "refusal_reasons"; label: qsTr("Reasons for refusals") }
    MultiChoiceField {
        editor: root.editor; path: root.base + "services"
        label: qsTr("Services offered")
        options: Vocabulary.shelterServices
    }
    MultiChoiceField {
        editor: root.editor; path: root.base + "service_gaps"
        label: qsTr("Service gaps")
        options: Vocabulary.shelterServices
    }
    SwitchField { editor: root.editor; path: root.base + "security_incidents"; label: qsTr("Security incidents") }
    SwitchField { editor: root.editor; path: root.base + "criminal_groups_present"; label: qsTr("Criminal groups present") }
}
