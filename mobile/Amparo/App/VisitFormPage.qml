import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Amparo.Core
import Amparo.Controls

// A monitoring visit: type, site, time, access and people interviewed, then
// the module for the type. Saves as you type; "Finalize" runs the shared
// validation and shows every finding on its field.
Page {
    id: page
    objectName: "visitFormPage"

    property string recordId: ""
    property alias editor: editor

    // Brings a section into view: "location", "module" (self-test, screenshots).
    function scrollTo(section) {
        const item = section === "location" ? locationCard
                   : editor.module === "detention" ? detentionCard
                   : editor.module === "shelter" ? shelterCard : borderCard;
        const flickable = scroll.contentItem;
        flickable.contentY = Math.max(0, item.mapToItem(flickable.contentItem, 0, 0).y - 16);
    }

    VisitEditor {
        id: editor
        store: AppController.store
        language: AppController.language
        Component.onCompleted: page.recordId ? load(page.recordId) : newRecord()
    }

    SiteListModel {
        id: sites
        store: AppController.store
    }

    SitePickerDialog {
        id: sitePicker
        onPicked: siteId => editor.siteId = siteId
    }

    header: ToolBar {
        Material.foreground: "white"
        RowLayout {
            anchors.fill: parent
            ToolButton {
                text: "‹ " + qsTr("Back")
                font.pixelSize: 18
                onClicked: { editor.save(); page.StackView.view.pop(); }
            }
            Label {
                text: qsTr("Visit")
                font.pixelSize: 22
                font.bold: true
                Layout.fillWidth: true
            }
            Label {
                objectName: "saveState"
                text: editor.dirty ? qsTr("Saving…") : (editor.revision ? qsTr("Saved") : "")
                font.pixelSize: 16
            }
            SyncStateChip {
                syncState: editor.syncState
                visible: editor.revision !== ""
            }
            Item { implicitWidth: 8 }
        }
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
            Repeater {
                model: editor.alerts
                AlertBanner {
                    objectName: "alertBanner"
                    required property var modelData
                    text: modelData.message
                }
            }
            ReviewsCard {
                recordId: editor.recordId
            }
            FindingsCard {
                editor: editor
            }

            FormSection {
                title: qsTr("Visit")

                ChoiceField {
                    objectName: "visitTypeField"
                    editor: editor
                    path: "visit.visit_type"
                    label: qsTr("Visit type")
                    options: Vocabulary.visitTypes
                }

                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 4
                    Label {
                        text: qsTr("Site")
                        font.pixelSize: 17
                    }
                    Button {
                        objectName: "siteButton"
                        text: (editor.siteId && sites.nameOf(editor.siteId)) || qsTr("Choose a site…")
                        implicitHeight: 56
                        font.pixelSize: 18
                        Layout.fillWidth: true
                        onClicked: sitePicker.open()
                    }
                    FieldIssue {
                        text: editor.validated ? (editor.issues, editor.issueFor("visit.site_id")) : ""
                    }
                }

                DateTimeField {
                    editor: editor
                    path: "visit.started_at"
                    label: qsTr("Start")
                }
                DateTimeField {
                    editor: editor
                    path: "visit.ended_at"
                    label: qsTr("End")
                }
                ChoiceField {
                    id: accessField
                    objectName: "accessField"
                    editor: editor
                    path: "visit.access"
                    label: qsTr("Access obtained")
                    options: Vocabulary.access
                }
                BoundTextField {
                    visible: editor.access === 3
                    editor: editor
                    path: "visit.access_denied_reason"
                    label: qsTr("Why was access denied?")
                }
                CountField {
                    objectName: "peopleInterviewedField"
                    editor: editor
                    path: "visit.people_interviewed"
                    label: qsTr("People interviewed")
                }
                ListTextField {
                    editor: editor
                    path: "visit.co_monitors"
                    label: qsTr("Co-monitors (account names, separated by commas)")
                }
                BoundTextField {
                    editor: editor
                    path: "visit.partner_organisation"
                    label: qsTr("Partner organisation")
                }
            }

            InformationSessionsCard {
                editor: editor
            }

            LocationCard {
                id: locationCard
                editor: editor
            }

            DetentionModuleCard {
                id: detentionCard
                visible: editor.module === "detention"
                editor: editor
            }
            ShelterModuleCard {
                id: shelterCard
                visible: editor.module === "shelter"
                editor: editor
            }
            BorderModuleCard {
                id: borderCard
                visible: editor.module === "border"
                editor: editor
            }

            FormSection {
                title: qsTr("Narrative (restricted)")
                BoundTextArea {
                    editor: editor
                    path: "visit.narrative"
                    label: qsTr("Never shared outside the protection team.")
                }
            }

            FormSection {
                title: qsTr("Screenings in this visit") + " (" + screenings.totalCount + ")"
                RecordListModel {
                    id: screenings
                    store: AppController.store
                    kind: 3
                    parentId: editor.recordId
                }
                Repeater {
                    model: screenings
                    ScreeningDelegate {
                        Layout.fillWidth: true
                        onClicked: page.StackView.view.push("ScreeningFormPage.qml", { recordId: recordId })
                    }
                }
                Button {
                    objectName: "newScreeningButton"
                    text: qsTr("New screening")
                    implicitHeight: 56
                    font.pixelSize: 18
                    onClicked: {
                        // The screening points at the visit, so the visit must exist.
                        editor.ensureSaved();
                        page.StackView.view.push("ScreeningFormPage.qml", { visitId: editor.recordId });
                    }
                }
            }

            FormSection {
                title: qsTr("Incidents reported in this visit") + " (" + incidents.totalCount + ")"
                RecordListModel {
                    id: incidents
                    store: AppController.store
                    kind: 7
                    parentId: editor.recordId
                }
                Repeater {
                    model: incidents
                    VisitDelegate {
                        Layout.fillWidth: true
                        onClicked: page.StackView.view.push("IncidentFormPage.qml", { recordId: recordId })
                    }
                }
                Button {
                    objectName: "newIncidentButton"
                    text: qsTr("Report an incident")
                    implicitHeight: 56
                    font.pixelSize: 18
                    onClicked: {
                        editor.ensureSaved();
                        page.StackView.view.push("IncidentFormPage.qml", { visitId: editor.recordId });
                    }
                }
            }

            FieldIssue {
                text: editor.lastError
            }
            PrimaryButton {
                objectName: "finalizeButton"
                text: qsTr("Finalize visit")
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
