import QtQuick
import QtQuick.Layouts
import Amparo.Controls

// Detention module (APT/UNHCR/IDC manual): capacity vs population that day,
// children present (must be 0), length of detention, access to asylum,
// lawyers and outside contact, conditions and staff.
FormSection {
    id: root

    property QtObject editor
    readonly property string base: "visit.detention."

    title: qsTr("Detention")

    BoundTextField {
        editor: root.editor; path: root.base + "legal_basis"
        label: qsTr("Legal basis of detention")
    }
    GridLayout {
        Layout.fillWidth: true
        columns: root.width > 760 ? 3 : 2 // the card's width, never the grid's own (a layout loop)
        columnSpacing: 16
        CountField { editor: root.editor; path: root.base + "official_capacity"; label: qsTr("Official capacity") }
        CountField { editor: root.editor; path: root.base + "population.total"; label: qsTr("Population today") }
        CountField { editor: root.editor; path: root.base + "population.women"; label: qsTr("Women") }
        CountField { editor: root.editor; path: root.base + "population.men"; label: qsTr("Men") }
        CountField {
            objectName: "detentionGirls"
            editor: root.editor; path: root.base + "population.girls"; label: qsTr("Girls")
        }
        CountField {
            objectName: "detentionBoys"
            editor: root.editor; path: root.base + "population.boys"; label: qsTr("Boys")
        }
        CountField { editor: root.editor; path: root.base + "population.unknown"; label: qsTr("Sex or age not known") }
        CountField { editor: root.editor; path: root.base + "families_present"; label: qsTr("Families present") }
        CountField { editor: root.editor; path: root.base + "longest_detention_days"; label: qsTr("Longest stay (days)") }
        CountField { editor: root.editor; path: root.base + "average_detention_days"; label: qsTr("Average stay (days)") }
        CountField { editor: root.editor; path: root.base + "wishing_to_apply"; label: qsTr("Wishing to apply for asylum") }
        CountField { editor: root.editor; path: root.base + "applications_lodged"; label: qsTr("Applications lodged") }
        CountField { editor: root.editor; path: root.base + "staff_count"; label: qsTr("Staff") }
        CountField { editor: root.editor; path: root.base + "staff_women"; label: qsTr("Women staff") }
        CountField { editor: root.editor; path: root.base + "identified_for_atd"; label: qsTr("Identified for alternatives to detention") }
    }
    SwitchField { editor: root.editor; path: root.base + "asylum_information_displayed"; label: qsTr("Asylum information displayed or handed out") }
    SwitchField { editor: root.editor; path: root.base + "comar_access"; label: qsTr("Access to COMAR") }
    SwitchField { editor: root.editor; path: root.base + "access_to_lawyers"; label: qsTr("Access to lawyers") }
    SwitchField { editor: root.editor; path: root.base + "access_to_interpreters"; label: qsTr("Access to interpreters") }
    SwitchField { editor: root.editor; path: root.base + "access_to_consulate"; label: qsTr("Access to consulate") }
    SwitchField { editor: root.editor; path: root.base + "access_to_telephone"; label: qsTr("Access to a telephone") }
    SwitchField { editor: root.editor; path: root.base + "complaint_channels_available"; label: qsTr("Complaint channels available (CNDH)") }
    MultiChoiceField {
        editor: root.editor; path: root.base + "concerns"
        label: qsTr("Conditions and treatment of concern")
        options: Vocabulary.detentionConcerns
    }
    ChoiceField {
        editor: root.editor; path: root.base + "staff_profile"
        label: qsTr("Staff profile")
        options: Vocabulary.staffProfiles
    }
    BoundTextField {
        editor: root.editor; path: root.base + "vulnerability_screening_practice"
        label: qsTr("Vulnerability screening practice")
    }
    BoundTextField {
        editor: root.editor; path: root.base + "removal_practice"
        label: qsTr("Removal practice")
    }
}
