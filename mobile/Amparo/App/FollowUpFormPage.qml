import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Amparo.Core
import Amparo.Controls

// A follow-up on a case: its own record. The next date puts it on the home
// page's "follow-ups due" when it comes; closing the case asks for a reason.
Page {
    id: page
    objectName: "followUpFormPage"

    property string recordId: ""
    property string screeningId: ""
    property alias editor: editor

    FollowUpEditor {
        id: editor
        store: AppController.store
        language: AppController.language
        Component.onCompleted: {
            if (page.recordId) {
                load(page.recordId);
            } else {
                screeningId = page.screeningId;
                newRecord();
            }
        }
    }

    header: CaseFormHeader {
        title: qsTr("Follow-up")
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
                title: qsTr("Contact")
                BoundTextField {
                    editor: editor
                    path: "follow_up.date"
                    label: qsTr("Date")
                    placeholderText: AppController.today()
                    inputMethodHints: Qt.ImhDate
                }
                ChoiceField {
                    editor: editor
                    path: "follow_up.channel"
                    label: qsTr("Channel")
                    options: Vocabulary.followUpChannels
                }
                SwitchField {
                    editor: editor
                    path: "follow_up.contact_achieved"
                    label: qsTr("Contact achieved")
                }
                BoundTextArea {
                    editor: editor
                    path: "follow_up.outcome"
                    label: qsTr("Outcome")
                }
                ListTextField {
                    editor: editor
                    path: "follow_up.new_risks"
                    label: qsTr("New risks")
                }
            }

            FormSection {
                title: qsTr("Case")
                ChoiceField {
                    objectName: "caseStatusField"
                    editor: editor
                    path: "follow_up.case_status"
                    label: qsTr("Case status")
                    options: Vocabulary.caseStatuses
                }
                ChoiceField {
                    objectName: "closureReasonField"
                    visible: editor.closed
                    editor: editor
                    path: "follow_up.closure_reason"
                    label: qsTr("Closure reason")
                    options: Vocabulary.closureReasons
                }
                BoundTextField {
                    objectName: "nextDateField"
                    visible: !editor.closed
                    editor: editor
                    path: "follow_up.next_date"
                    label: qsTr("Next follow-up on")
                    placeholderText: AppController.today()
                    inputMethodHints: Qt.ImhDate
                }
            }

            FieldIssue {
                text: editor.lastError
            }
            PrimaryButton {
                objectName: "finalizeButton"
                text: qsTr("Finalize follow-up")
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
