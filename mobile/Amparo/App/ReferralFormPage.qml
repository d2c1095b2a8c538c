import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Amparo.Core
import Amparo.Controls

// A referral of an identified case to an agency. The consent it relies on is
// the case's own referral consent for that agency, recorded in the screening.
Page {
    id: page
    objectName: "referralFormPage"

    property string recordId: ""
    property string screeningId: ""
    property alias editor: editor

    ReferralEditor {
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
        title: qsTr("Referral")
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
                title: qsTr("Agency and consent")
                AgencyField {
                    editor: editor
                    path: "referral.agency_code"
                    label: qsTr("Destination agency")
                    write: code => editor.agencyCode = code
                }
                Label {
                    objectName: "consentStateLabel"
                    visible: editor.consentState !== ""
                    text: editor.consentState === "given"
                          ? qsTr("The case consents to a referral to this agency.")
                          : editor.consentState === "withdrawn"
                            ? qsTr("The case withdrew consent for this agency: nothing more may be shared.")
                            : qsTr("The case has no referral consent for this agency. Record it in the screening first.")
                    color: editor.consentState === "given" ? "#1b5e20" : "#b71c1c"
                    font.pixelSize: 17
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                }
                FieldIssue {
                    text: editor.validated ? (editor.issues, editor.issueFor("referral.consent_reference")) : ""
                }
                BoundTextField {
                    visible: editor.signoffRequired
                    editor: editor
                    path: "referral.supervisor_signoff_by"
                    label: qsTr("Supervisor who signed off (required for INM and COMAR)")
                }
                BoundTextField {
                    editor: editor
                    path: "referral.service_provider"
                    label: qsTr("Service provider")
                }
            }

            FormSection {
                title: qsTr("Referral")
                BoundTextField {
                    editor: editor
                    path: "referral.referral_type"
                    label: qsTr("Type (legal, health, shelter…)")
                }
                BoundTextArea {
                    editor: editor
                    path: "referral.reason"
                    label: qsTr("Reason")
                }
                ChoiceField {
                    editor: editor
                    path: "referral.urgency"
                    label: qsTr("Urgency")
                    options: Vocabulary.priorities
                }
                ChoiceField {
                    editor: editor
                    path: "referral.channel"
                    label: qsTr("Channel")
                    options: Vocabulary.referralChannels
                }
                ListTextField {
                    editor: editor
                    path: "referral.fields_shared"
                    label: qsTr("Fields shared (only what the agency needs)")
                    placeholderText: "respondent.nationality, intentions.intends_to_seek_asylum"
                }
            }

            FormSection {
                title: qsTr("Status")
                ChoiceField {
                    objectName: "statusField"
                    editor: editor
                    path: "referral.status"
                    label: qsTr("Status")
                    options: Vocabulary.referralStatuses
                    onActivated: value => editor.status = value
                }
                BoundTextField {
                    editor: editor
                    path: "referral.sent_on"
                    label: qsTr("Sent on")
                    placeholderText: AppController.today()
                }
                BoundTextField {
                    editor: editor
                    path: "referral.answered_on"
                    label: qsTr("Answered on")
                    placeholderText: AppController.today()
                }
                BoundTextField {
                    visible: editor.status === 4 || editor.status === 7
                    editor: editor
                    path: "referral.status_reason"
                    label: editor.status === 4 ? qsTr("Reason for the rejection") : qsTr("Outcome")
                }
            }

            FieldIssue {
                text: editor.lastError
            }
            PrimaryButton {
                objectName: "finalizeButton"
                text: qsTr("Finalize referral")
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
