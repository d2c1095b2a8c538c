import QtQuick
import QtQuick.Layouts
import Amparo.Controls

// Border module: direction and size of the flow, how people cross, who is
// present and what was observed.
FormSection {
    id: root

    property QtObject editor
    readonly property string base: "visit.border."

    title: qsTr("Border")

    ChoiceField {
        editor: root.editor; path: root.base + "direction"
        label: qsTr("Direction of movement")
        options: Vocabulary.directions
    }
    GridLayout {
        Layout.fillWidth: true
        columns: root.width > 760 ? 3 : 2 // the card's width, never the grid's own (a layout loop)
        columnSpacing: 16
        CountField { editor: root.editor; path: root.base + "individuals"; label: qsTr("Individuals (estimate)") }
        CountField { editor: root.editor; path: root.base + "family_groups"; label: qsTr("Family groups") }
        CountField { editor: root.editor; path: root.base + "unaccompanied_children"; label: qsTr("Unaccompanied or separated children") }
        CountField { editor: root.editor; path: root.base + "caravans"; label: qsTr("Caravans") }
    }
    MultiChoiceField {
        editor: root.editor; path: root.base + "crossing_methods"
        label: qsTr("How people cross")
        options: Vocabulary.crossingMethods
    }
    MultiChoiceField {
        editor: root.editor; path: root.base + "authorities_present"
        label: qsTr("Authorities present")
        options: Vocabulary.authorities
    }
    MultiChoiceField {
        editor: root.editor; path: root.base + "observations"
        label: qsTr("Incidents observed")
        options: Vocabulary.borderObservations
    }
    SwitchField { editor: root.editor; path: root.base + "information_point_present"; label: qsTr("Information point present") }
}
