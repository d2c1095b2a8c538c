import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Amparo.Core
import Amparo.Controls

// A protection screening: the mode and the consent items come first, then
// respondent, household, flight, intentions, documents, specific needs, risk
// flags, information given and priority.
Page {
    id: page
    objectName: "screeningFormPage"

    property string recordId: ""
    property string visitId: ""
    property alias editor: editor
    readonly property bool identified: editor.mode === 2
    readonly property bool child: {
        editor.generation; // re-read after every change
        const age = editor.value("screening.respondent.age_years");
        return age !== undefined && age !== null && age < 18;
    }

    // Brings a section to the top: "consents" or "caseWork" (self-test, screenshots).
    function scrollTo(section) {
        const item = section === "consents" ? agencyConsents : caseWork;
        const flickable = scroll.contentItem;
        flickable.contentY = Math.max(0, Math.min(item.mapToItem(flickable.contentItem, 0, 0).y - 16,
                                                  flickable.contentHeight - flickable.height));
    }

    // Referral (5), follow-up (6) or incident (7) of this case: an existing
    // one by id, or a new one ("" id). The screening is saved first, so the
    // new record can point at it.
    function openCaseRecord(kind, id) {
        if (!id)
            editor.ensureSaved();
        const pages = { 5: "ReferralFormPage.qml", 6: "FollowUpFormPage.qml", 7: "IncidentFormPage.qml" };
        const props = id ? { recordId: id } : { screeningId: editor.recordId };
        return StackView.view.push(pages[kind], props);
    }

    ScreeningEditor {
        id: editor
        store: AppController.store
        language: AppController.language
        Component.onCompleted: {
            if (page.recordId) {
                load(page.recordId);
            } else {
                visitId = page.visitId;
                newRecord();
            }
        }
    }

    SpecificNeedModel {
        id: needLabels
        store: AppController.store
        language: AppController.language
    }

    NeedsPickerDialog {
        id: needsPicker
        onPicked: code => editor.addNeed(code)
    }

    WithdrawConsentDialog {
        id: withdrawDialog
        onConfirmed: itemId => editor.withdrawConsent(itemId)
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
                text: qsTr("Screening")
                font.pixelSize: 22
                font.bold: true
                Layout.fillWidth: true
            }
            Label {
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
            FindingsCard {
                editor: editor.person // identified mode: name and contact
            }

            FormSection {
                title: qsTr("Mode and consent")

                ChoiceField {
                    editor: editor
                    path: "screening.mode"
                    label: qsTr("Kind of screening")
                    options: Vocabulary.screeningModes
                }
                Label {
                    text: page.identified
                          ? qsTr("Identified: needed for referrals and follow-up. Name and contact are kept apart, encrypted.")
                          : qsTr("Anonymous: one per household, no name or contact.")
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: "#333333"
                }
                Repeater {
                    model: [
                        { purpose: 1, text: qsTr("Consents to the interview"), show: true },
                        { purpose: 2, text: qsTr("Consents to keeping name and contact"), show: page.identified },
                        { purpose: 5, text: qsTr("The child assents"), show: page.child },
                        { purpose: 6, text: qsTr("A parent or guardian consents"), show: page.child }
                    ]
                    Switch {
                        required property var modelData
                        objectName: "consent" + modelData.purpose
                        visible: modelData.show
                        text: modelData.text
                        font.pixelSize: 18
                        implicitHeight: 56
                        Layout.fillWidth: true
                        checked: editor.generation >= 0 && editor.consentGiven(modelData.purpose)
                        onToggled: editor.setConsent(modelData.purpose, checked)
                    }
                }
                ColumnLayout {
                    id: agencyConsents
                    objectName: "agencyConsents"
                    visible: page.identified
                    Layout.fillWidth: true
                    spacing: 8
                    Label {
                        text: qsTr("Referral and data sharing: one consent per agency")
                        font.pixelSize: 17
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                    }
                    Flow {
                        Layout.fillWidth: true
                        spacing: 8
                        ComboBox {
                            id: consentAgency
                            objectName: "consentAgencyBox"
                            width: Math.min(480, page.width - 64)
                            implicitHeight: 56
                            model: AppController.agencies
                            textRole: "name"
                            valueRole: "code"
                            displayText: currentIndex < 0 ? qsTr("Choose an agency…") : currentText
                            currentIndex: -1
                            Accessible.name: qsTr("Agency")
                        }
                        Button {
                            objectName: "referralConsentButton"
                            enabled: consentAgency.currentIndex >= 0
                            text: qsTr("Consents to a referral")
                            implicitHeight: 56
                            font.pixelSize: 17
                            onClicked: editor.setAgencyConsent(3, consentAgency.currentValue, true)
                        }
                        Button {
                            enabled: consentAgency.currentIndex >= 0
                            text: qsTr("Consents to sharing data")
                            implicitHeight: 56
                            font.pixelSize: 17
                            onClicked: editor.setAgencyConsent(4, consentAgency.currentValue, true)
                        }
                    }
                }
                Repeater {
                    model: editor.consentItems
                    RowLayout {
                        required property var modelData
                        required property int index
                        objectName: "consentItem" + index
                        Layout.fillWidth: true
                        spacing: 8
                        Label {
                            text: Vocabulary.label(Vocabulary.consentPurposes, modelData.purpose)
                                  + (modelData.agencyCode ? " · " + (AppController.language, AppController.agencyName(modelData.agencyCode)) : "")
                                  + " — " + (modelData.withdrawn
                                             ? qsTr("withdrawn %1").arg(Qt.formatDateTime(modelData.withdrawnAt, "yyyy-MM-dd HH:mm"))
                                             : (modelData.given ? qsTr("given %1").arg(Qt.formatDateTime(modelData.recordedAt, "yyyy-MM-dd HH:mm"))
                                                                : qsTr("refused")))
                            color: modelData.withdrawn ? "#b71c1c" : "#222222"
                            font.pixelSize: 16
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                        }
                        Button {
                            objectName: "withdrawButton"
                            visible: modelData.given && !modelData.withdrawn && editor.revision !== ""
                            text: qsTr("Withdraw")
                            implicitHeight: 48
                            font.pixelSize: 16
                            onClicked: withdrawDialog.ask(modelData.id)
                        }
                    }
                }
                FieldIssue {
                    text: editor.validated ? (editor.issues, editor.issueFor("screening.consents")) : ""
                }
                ChoiceField {
                    visible: page.identified
                    editor: editor
                    path: "screening.legal_basis"
                    label: qsTr("Legal basis")
                    options: Vocabulary.legalBases
                }
            }

            FormSection {
                objectName: "identitySection"
                visible: page.identified
                title: qsTr("Identity (kept apart, encrypted)")
                Label {
                    text: qsTr("Only for protection cases. Stored as a separate record; switching back to anonymous withdraws it.")
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: "#333333"
                }
                Label {
                    objectName: "personalDataRemovedNote"
                    visible: editor.recordId !== "" && AppController.store.personalDataRemoved(editor.person.recordId)
                    text: qsTr("Personal data removed from this device")
                    font.bold: true
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                }
                BoundTextField {
                    editor: page.editor.person
                    path: "person.given_names"
                    label: qsTr("Given names")
                    inputMethodHints: Qt.ImhNoPredictiveText
                }
                BoundTextField {
                    editor: page.editor.person
                    path: "person.family_names"
                    label: qsTr("Family names")
                    inputMethodHints: Qt.ImhNoPredictiveText
                }
                BoundTextField {
                    editor: page.editor.person
                    path: "person.date_of_birth"
                    label: qsTr("Date of birth (may be estimated)")
                    placeholderText: "1990-01-31"
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 4
                    Label {
                        text: qsTr("Phone")
                        font.pixelSize: 17
                    }
                    TextField {
                        id: phone
                        Layout.preferredWidth: 320
                        inputMethodHints: Qt.ImhDialableCharactersOnly
                        text: editor.person.phone
                        onTextEdited: editor.person.phone = text
                    }
                    TextField {
                        Layout.fillWidth: true
                        visible: phone.text.length > 0
                        placeholderText: qsTr("When is it safe to call?")
                        text: editor.person.phoneSafetyNote
                        onTextEdited: editor.person.phoneSafetyNote = text
                    }
                }
            }

            FormSection {
                title: qsTr("Respondent")
                ChoiceField {
                    editor: editor
                    path: "screening.respondent.sex"
                    label: qsTr("Sex")
                    options: Vocabulary.sexes
                }
                CountField {
                    editor: editor
                    path: "screening.respondent.age_years"
                    label: qsTr("Age in years")
                }
                CountryField {
                    editor: editor
                    path: "screening.respondent.nationality"
                    label: qsTr("Nationality")
                }
                CountryField {
                    editor: editor
                    path: "screening.respondent.habitual_residence"
                    label: qsTr("Country of habitual residence")
                }
                SwitchField {
                    editor: editor
                    path: "screening.respondent.stateless"
                    label: qsTr("Stateless")
                }
                ListTextField {
                    editor: editor
                    path: "screening.respondent.languages"
                    label: qsTr("Languages (incl. Haitian Creole, indigenous languages, sign language)")
                    placeholderText: qsTr("Spanish, Haitian Creole")
                }
            }

            FormSection {
                title: qsTr("Household on the move")
                ChoiceField {
                    editor: editor
                    path: "screening.household.travel_mode"
                    label: qsTr("Travelling")
                    options: Vocabulary.travelModes
                }
                GridLayout {
                    Layout.fillWidth: true
                    columns: page.width > 760 ? 3 : 2
                    columnSpacing: 16
                    CountField { editor: editor; path: "screening.household.adults"; label: qsTr("Adults") }
                    CountField { editor: editor; path: "screening.household.children"; label: qsTr("Children") }
                    CountField { editor: editor; path: "screening.household.children_under_5"; label: qsTr("Children under 5") }
                }
            }

            FormSection {
                title: qsTr("Flight and intentions")
                MultiChoiceField {
                    editor: editor
                    path: "screening.flight_reasons"
                    label: qsTr("Reasons for leaving")
                    options: Vocabulary.flightReasons
                }
                ChoiceField {
                    editor: editor
                    path: "screening.intentions.risk_if_returned"
                    label: qsTr("Risk if returned")
                    options: Vocabulary.answers
                }
                ChoiceField {
                    editor: editor
                    path: "screening.intentions.intends_to_seek_asylum"
                    label: qsTr("Intends to seek asylum in Mexico")
                    options: Vocabulary.answers
                }
                ChoiceField {
                    editor: editor
                    path: "screening.intentions.comar_status"
                    label: qsTr("COMAR status")
                    options: Vocabulary.comarStatuses
                }
                SwitchField {
                    editor: editor
                    path: "screening.intentions.already_applied_for_protection"
                    label: qsTr("Already applied for protection")
                }
                MultiChoiceField {
                    editor: editor
                    path: "screening.intentions.not_applying_reasons"
                    label: qsTr("Reasons for not applying")
                    options: Vocabulary.notApplyingReasons
                }
                CountryListField {
                    objectName: "countriesCrossed"
                    editor: editor
                    path: "screening.journey.countries_crossed"
                    label: qsTr("Countries crossed")
                }
                CountryField {
                    editor: editor
                    path: "screening.intentions.destination_country"
                    label: qsTr("Destination country")
                }
                ListTextField {
                    editor: editor
                    path: "screening.intentions.destination_reasons"
                    label: qsTr("Reasons for the destination")
                    placeholderText: qsTr("family, work, safety")
                }
                SwitchField {
                    editor: editor
                    path: "screening.journey.paid_smuggler"
                    label: qsTr("Paid a smuggler")
                }
                MultiChoiceField {
                    editor: editor
                    path: "screening.documents"
                    label: qsTr("Documents held")
                    options: Vocabulary.documents
                }
            }

            FormSection {
                title: qsTr("Specific needs")
                ListTextField {
                    editor: editor
                    path: "screening.main_needs"
                    label: qsTr("Main needs (as the person ranks them)")
                    placeholderText: qsTr("shelter, legal advice, health")
                }
                Repeater {
                    model: editor.needCodes
                    RowLayout {
                        required property string modelData
                        Layout.fillWidth: true
                        Label {
                            text: modelData + " · " + needLabels.labelOf(modelData)
                            font.pixelSize: 18
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                        }
                        Button {
                            text: qsTr("Remove")
                            implicitHeight: 48
                            onClicked: editor.removeNeed(modelData)
                        }
                    }
                }
                FieldIssue {
                    text: editor.validated ? (editor.issues, editor.issueFor("screening.specific_needs")) : ""
                }
                Button {
                    objectName: "addNeedButton"
                    text: qsTr("Add a specific need…")
                    implicitHeight: 56
                    font.pixelSize: 18
                    onClicked: needsPicker.open()
                }
            }

            FormSection {
                title: qsTr("Alternatives to detention")
                ChoiceField {
                    editor: editor
                    path: "screening.atd.eligible"
                    label: qsTr("Eligible")
                    options: Vocabulary.answers
                }
                MultiChoiceField {
                    editor: editor
                    path: "screening.atd.criteria"
                    label: qsTr("Criteria")
                    options: Vocabulary.atdCriteria
                }
                ChoiceField {
                    editor: editor
                    path: "screening.atd.outcome"
                    label: qsTr("Outcome")
                    options: Vocabulary.atdOutcomes
                }
            }

            FormSection {
                title: qsTr("Durable solutions")
                MultiChoiceField {
                    editor: editor
                    path: "screening.durable_solutions.interests"
                    label: qsTr("Interest expressed")
                    options: Vocabulary.durableSolutions
                }
                ChoiceField {
                    editor: editor
                    path: "screening.durable_solutions.primary_category"
                    label: qsTr("Resettlement: primary category")
                    options: Vocabulary.resettlementCategories
                }
                MultiChoiceField {
                    editor: editor
                    path: "screening.durable_solutions.secondary_categories"
                    label: qsTr("Resettlement: secondary categories")
                    options: Vocabulary.resettlementCategories
                }
                ChoiceField {
                    editor: editor
                    path: "screening.durable_solutions.priority"
                    label: qsTr("Resettlement priority")
                    options: Vocabulary.priorities
                }
                BoundTextField {
                    editor: editor
                    path: "screening.durable_solutions.rrf_reference"
                    label: qsTr("RRF reference")
                }
            }

            FormSection {
                title: qsTr("Risks, information and priority")
                SwitchField { editor: editor; path: "screening.risk_flags.refoulement"; label: qsTr("At risk of refoulement (LP-RR)") }
                SwitchField { editor: editor; path: "screening.risk_flags.detention"; label: qsTr("Detained (LP-DA)") }
                SwitchField { editor: editor; path: "screening.risk_flags.removal"; label: qsTr("At risk of removal (LP-RD)") }
                SwitchField { editor: editor; path: "screening.risk_flags.gbv_disclosed"; label: qsTr("GBV disclosed (code only, no narrative)") }
                ListTextField {
                    editor: editor
                    path: "screening.risk_flags.trafficking_indicators"
                    label: qsTr("Trafficking indicators (local checklist codes)")
                }
                MultiChoiceField {
                    editor: editor
                    path: "screening.information_given"
                    label: qsTr("Information given")
                    options: Vocabulary.informationTopics
                }
                ChoiceField {
                    editor: editor
                    path: "screening.case_priority"
                    label: qsTr("Case priority")
                    options: Vocabulary.priorities
                }
                SwitchField { editor: editor; path: "screening.follow_up_needed"; label: qsTr("Follow-up needed") }
            }

            FormSection {
                id: caseWork
                objectName: "caseWork"
                title: qsTr("Case work") + " (" + caseRecords.totalCount + ")"
                RecordListModel {
                    id: caseRecords
                    store: AppController.store
                    kind: 0
                    parentId: editor.recordId
                }
                Repeater {
                    model: caseRecords
                    VisitDelegate {
                        Layout.fillWidth: true
                        onClicked: page.openCaseRecord(kind, recordId)
                    }
                }
                Label {
                    visible: !page.identified
                    text: qsTr("Referrals and follow-ups need an identified screening.")
                    color: "#333333"
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: 8
                    Button {
                        objectName: "newReferralButton"
                        enabled: page.identified
                        text: qsTr("New referral")
                        implicitHeight: 56
                        font.pixelSize: 18
                        onClicked: page.openCaseRecord(5, "")
                    }
                    Button {
                        objectName: "newFollowUpButton"
                        enabled: page.identified
                        text: qsTr("New follow-up")
                        implicitHeight: 56
                        font.pixelSize: 18
                        onClicked: page.openCaseRecord(6, "")
                    }
                    Button {
                        objectName: "newIncidentButton"
                        text: qsTr("Report an incident")
                        implicitHeight: 56
                        font.pixelSize: 18
                        onClicked: page.openCaseRecord(7, "")
                    }
                }
            }

            FieldIssue {
                text: editor.lastError
            }
            PrimaryButton {
                text: qsTr("Finalize screening")
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
