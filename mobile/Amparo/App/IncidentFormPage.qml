import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Amparo.Core
import Amparo.Controls

// A protection incident, from a visit or a screening: when and where, what,
// who did it and to whom. Sexual violence is recorded as a code only.
Page {
    id: page
    objectName: "incidentFormPage"

    property string recordId: ""
    property string visitId: ""
    property string screeningId: ""
    property alias editor: editor

    IncidentEditor {
        id: editor
        store: AppController.store
        language: AppController.language
        Component.onCompleted: {
            if (page.recordId) {
                load(page.recordId);
            } else {
                visitId = page.visitId;
                screeningId = page.screeningId;
                newRecord();
            }
        }
    }

    header: CaseFormHeader {
        title: qsTr("Incident")
        editor: editor
        page: page
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(parent.width - 32, 1000)
            x: (parent.width - width) / 2
            spacing: 16

            Item { implicitHeight: 4 }
            FindingsCard {
                editor: editor
            }

            FormSection {
                title: qsTr("What happened")
                ChoiceField {
                    objectName: "incidentTypeField"
                    editor: editor
                    path: "incident.incident_type"
                    label: qsTr("Type")
                    options: Vocabulary.incidentTypes
                }
                ChoiceField {
                    editor: editor
                    path: "incident.perpetrator"
                    label: qsTr("Perpetrator")
                    options: Vocabulary.perpetrators
                }
                BoundTextArea {
                    objectName: "descriptionField"
                    enabled: editor.descriptionAllowed
                    editor: editor
                    path: "incident.description"
                    label: editor.descriptionAllowed
                           ? qsTr("Short factual description (no names)")
                           : qsTr("Sexual violence is recorded as a code only: no description.")
                }
            }

            FormSection {
                title: qsTr("When and where")
                GridLayout {
                    Layout.fillWidth: true
                    columns: page.width > 760 ? 2 : 1
                    columnSpacing: 16
                    BoundTextField {
                        editor: editor
                        path: "incident.occurred_on"
                        label: qsTr("Occurred on")
                        placeholderText: AppController.today()
                        inputMethodHints: Qt.ImhDate
                    }
                    BoundTextField {
                        editor: editor
                        path: "incident.reported_on"
                        label: qsTr("Reported on")
                        placeholderText: AppController.today()
                        inputMethodHints: Qt.ImhDate
                    }
                }
                ChoiceField {
                    editor: editor
                    path: "incident.region"
                    label: qsTr("Where")
                    options: Vocabulary.incidentRegions
                }
                CountryField {
                    editor: editor
                    path: "incident.country"
                    label: qsTr("Country")
                }
                BoundTextField {
                    editor: editor
                    path: "incident.adm1"
                    label: qsTr("State")
                }
            }

            FormSection {
                title: qsTr("Victims")
                GridLayout {
                    Layout.fillWidth: true
                    columns: page.width > 760 ? 3 : 2
                    columnSpacing: 16
                    CountField { editor: editor; path: "incident.victims.total"; label: qsTr("Total") }
                    CountField { editor: editor; path: "incident.victims.women"; label: qsTr("Women") }
                    CountField { editor: editor; path: "incident.victims.men"; label: qsTr("Men") }
                    CountField { editor: editor; path: "incident.victims.girls"; label: qsTr("Girls") }
                    CountField { editor: editor; path: "incident.victims.boys"; label: qsTr("Boys") }
                    CountField { editor: editor; path: "incident.unaccompanied_children"; label: qsTr("Unaccompanied children") }
                }
            }

            FieldIssue {
                text: editor.lastError
            }
            PrimaryButton {
                objectName: "finalizeButton"
                text: qsTr("Finalize incident")
                Layout.alignment: Qt.AlignRight
                onClicked: {
                    if (!editor.finalize())
                        scroll.ScrollBar.vertical.position = 0;
                }
            }
            Item { implicitHeight: 24 }
        }
    }
}
