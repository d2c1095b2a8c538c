pragma Singleton
import QtQuick

// Labels for the closed lists of the schema (proto enums), translated with
// qsTr. Values are the enum numbers of amparo.*.v1.
QtObject {
    readonly property var visitTypes: [
        { value: 1, text: qsTr("Border") },
        { value: 2, text: qsTr("Shelter") },
        { value: 3, text: qsTr("Detention") },
        { value: 4, text: qsTr("Urban point") },
        { value: 5, text: qsTr("Field mission") }
    ]
    readonly property var access: [
        { value: 1, text: qsTr("Yes") },
        { value: 2, text: qsTr("Partial") },
        { value: 3, text: qsTr("Denied") }
    ]
    readonly property var siteTypes: [
        { value: 1, text: qsTr("Border point") },
        { value: 2, text: qsTr("Shelter") },
        { value: 3, text: qsTr("Detention centre") },
        { value: 4, text: qsTr("Urban point") },
        { value: 5, text: qsTr("Field mission") }
    ]
    readonly property var screeningModes: [
        { value: 1, text: qsTr("Anonymous") },
        { value: 2, text: qsTr("Identified (protection case)") }
    ]
    readonly property var legalBases: [
        { value: 1, text: qsTr("Consent") },
        { value: 2, text: qsTr("Vital interest") },
        { value: 3, text: qsTr("Best interests of the child") },
        { value: 4, text: qsTr("Mandate") },
        { value: 5, text: qsTr("Safety of others") }
    ]
    readonly property var sexes: [
        { value: 1, text: qsTr("Female") },
        { value: 2, text: qsTr("Male") },
        { value: 3, text: qsTr("Other") },
        { value: 4, text: qsTr("Prefers not to say") }
    ]
    readonly property var travelModes: [
        { value: 1, text: qsTr("Alone") },
        { value: 2, text: qsTr("With family") },
        { value: 3, text: qsTr("With a group") }
    ]
    readonly property var flightReasons: [
        { value: 1, text: qsTr("Direct violence") },
        { value: 2, text: qsTr("Threats or intimidation") },
        { value: 3, text: qsTr("General violence") },
        { value: 4, text: qsTr("Persecution") },
        { value: 5, text: qsTr("No work or income") },
        { value: 6, text: qsTr("Family reunification") },
        { value: 7, text: qsTr("Health") },
        { value: 8, text: qsTr("Disaster or climate") },
        { value: 9, text: qsTr("Other") }
    ]
    readonly property var answers: [
        { value: 1, text: qsTr("Yes") },
        { value: 2, text: qsTr("No") },
        { value: 3, text: qsTr("Doesn't know") }
    ]
    readonly property var comarStatuses: [
        { value: 1, text: qsTr("Not started") },
        { value: 2, text: qsTr("Constancia de trámite") },
        { value: 3, text: qsTr("Recognised") },
        { value: 4, text: qsTr("Complementary protection") },
        { value: 5, text: qsTr("Refused") },
        { value: 6, text: qsTr("Recurso de revisión") },
        { value: 7, text: qsTr("Abandoned") }
    ]
    readonly property var documents: [
        { value: 1, text: qsTr("Passport") },
        { value: 2, text: qsTr("National ID") },
        { value: 3, text: qsTr("TVRH (humanitarian visitor card)") },
        { value: 4, text: qsTr("COMAR constancia") },
        { value: 5, text: qsTr("Other INM document") },
        { value: 6, text: qsTr("None") }
    ]
    readonly property var informationTopics: [
        { value: 1, text: qsTr("Right to asylum (30 working days)") },
        { value: 2, text: qsTr("COMAR procedure (45 working days)") },
        { value: 3, text: qsTr("Recurso de revisión") },
        { value: 4, text: qsTr("Rights in detention") },
        { value: 5, text: qsTr("Alternatives to detention") },
        { value: 6, text: qsTr("Regularisation (INM / TVRH)") },
        { value: 7, text: qsTr("Local services") },
        { value: 8, text: qsTr("Trafficking risks") },
        { value: 9, text: qsTr("Complaint channels") }
    ]
    readonly property var priorities: [
        { value: 1, text: qsTr("Emergency") },
        { value: 2, text: qsTr("Urgent") },
        { value: 3, text: qsTr("Normal") }
    ]
    readonly property var detentionConcerns: [
        { value: 1, text: qsTr("Overcrowding") },
        { value: 2, text: qsTr("Food") },
        { value: 3, text: qsTr("Water") },
        { value: 4, text: qsTr("Hygiene") },
        { value: 5, text: qsTr("Clothing") },
        { value: 6, text: qsTr("Health care") },
        { value: 7, text: qsTr("Ill-treatment allegations") },
        { value: 8, text: qsTr("Force or restraints") },
        { value: 9, text: qsTr("Solitary confinement") },
        { value: 10, text: qsTr("Transport") }
    ]
    readonly property var staffProfiles: [
        { value: 1, text: qsTr("Civilian") },
        { value: 2, text: qsTr("Military or police") },
        { value: 3, text: qsTr("Mixed") }
    ]
    readonly property var shelterServices: [
        { value: 1, text: qsTr("Lodging") },
        { value: 2, text: qsTr("Food") },
        { value: 3, text: qsTr("Water, sanitation, hygiene") },
        { value: 4, text: qsTr("Health") },
        { value: 5, text: qsTr("Psychosocial") },
        { value: 6, text: qsTr("Legal orientation") },
        { value: 7, text: qsTr("Child-friendly space") },
        { value: 8, text: qsTr("Connectivity") }
    ]
    readonly property var directions: [
        { value: 1, text: qsTr("Northbound") },
        { value: 2, text: qsTr("Southbound") },
        { value: 3, text: qsTr("Both") }
    ]
    readonly property var crossingMethods: [
        { value: 1, text: qsTr("Formal crossing") },
        { value: 2, text: qsTr("Raft") },
        { value: 3, text: qsTr("On foot") },
        { value: 4, text: qsTr("Vehicle") },
        { value: 5, text: qsTr("Returned by the US") }
    ]
    readonly property var authorities: [
        { value: 1, text: qsTr("INM") },
        { value: 2, text: qsTr("Guardia Nacional") },
        { value: 3, text: qsTr("Police") },
        { value: 4, text: qsTr("Military") }
    ]
    readonly property var borderObservations: [
        { value: 1, text: qsTr("Pushbacks") },
        { value: 2, text: qsTr("Extortion") },
        { value: 3, text: qsTr("Violence") }
    ]
    readonly property var notApplyingReasons: [
        { value: 1, text: qsTr("Lack of information") },
        { value: 2, text: qsTr("In transit") },
        { value: 3, text: qsTr("Still deciding") },
        { value: 4, text: qsTr("Procedure too long") }
    ]
    readonly property var atdCriteria: [
        { value: 1, text: qsTr("Asylum seeker") },
        { value: 2, text: qsTr("Shelter place available") },
        { value: 3, text: qsTr("Vulnerability") }
    ]
    readonly property var atdOutcomes: [
        { value: 1, text: qsTr("Released to a shelter") },
        { value: 2, text: qsTr("Still detained") },
        { value: 3, text: qsTr("Deported") }
    ]
    readonly property var durableSolutions: [
        { value: 1, text: qsTr("Voluntary repatriation") },
        { value: 2, text: qsTr("Resettlement") },
        { value: 3, text: qsTr("Local integration") },
        { value: 4, text: qsTr("Internal relocation") }
    ]
    readonly property var resettlementCategories: [
        { value: 1, text: qsTr("Legal and/or physical protection needs") },
        { value: 2, text: qsTr("Survivor of violence and/or torture") },
        { value: 3, text: qsTr("Medical needs") },
        { value: 4, text: qsTr("Women and girls at risk") },
        { value: 5, text: qsTr("Family reunification") },
        { value: 6, text: qsTr("Children and adolescents at risk") },
        { value: 7, text: qsTr("Lack of foreseeable alternative durable solutions") }
    ]

    readonly property var recordKinds: [
        { value: 1, text: qsTr("Site") },
        { value: 2, text: qsTr("Visit") },
        { value: 3, text: qsTr("Screening") },
        { value: 4, text: qsTr("Person") },
        { value: 5, text: qsTr("Referral") },
        { value: 6, text: qsTr("Follow-up") },
        { value: 7, text: qsTr("Incident") }
    ]
    readonly property var consentPurposes: [
        { value: 1, text: qsTr("Interview") },
        { value: 2, text: qsTr("Keeping name and contact") },
        { value: 3, text: qsTr("Referral") },
        { value: 4, text: qsTr("Data sharing") },
        { value: 5, text: qsTr("Child's assent") },
        { value: 6, text: qsTr("Parent or guardian") }
    ]
    readonly property var referralStatuses: [
        { value: 1, text: qsTr("Pending", "referral status") },
        { value: 2, text: qsTr("Sent", "referral status") },
        { value: 3, text: qsTr("Accepted", "referral status") },
        { value: 4, text: qsTr("Rejected", "referral status") },
        { value: 5, text: qsTr("Delivery failed", "referral status") },
        { value: 6, text: qsTr("In progress", "referral status") },
        { value: 7, text: qsTr("Closed", "referral status") }
    ]
    readonly property var referralChannels: [
        { value: 1, text: qsTr("Written") },
        { value: 2, text: qsTr("Phone") },
        { value: 3, text: qsTr("Accompanied") }
    ]
    readonly property var followUpChannels: [
        { value: 1, text: qsTr("Call") },
        { value: 2, text: qsTr("Visit") },
        { value: 3, text: qsTr("In detention") },
        { value: 4, text: qsTr("Remote") }
    ]
    readonly property var caseStatuses: [
        { value: 1, text: qsTr("Open", "case status") },
        { value: 2, text: qsTr("In follow-up", "case status") },
        { value: 3, text: qsTr("Closed", "case status") }
    ]
    readonly property var closureReasons: [
        { value: 1, text: qsTr("Resolved") },
        { value: 2, text: qsTr("Transferred") },
        { value: 3, text: qsTr("Lost contact") },
        { value: 4, text: qsTr("Left the country") },
        { value: 5, text: qsTr("Deported") },
        { value: 6, text: qsTr("Declined") }
    ]
    readonly property var incidentRegions: [
        { value: 1, text: qsTr("Country of origin") },
        { value: 2, text: qsTr("Transit") },
        { value: 3, text: qsTr("Mexico") }
    ]
    readonly property var incidentTypes: [
        { value: 1, text: qsTr("Robbery") },
        { value: 2, text: qsTr("Extortion") },
        { value: 3, text: qsTr("Threat") },
        { value: 4, text: qsTr("Kidnapping") },
        { value: 5, text: qsTr("Physical assault") },
        { value: 6, text: qsTr("Sexual violence (restricted)") },
        { value: 7, text: qsTr("Arbitrary detention") },
        { value: 8, text: qsTr("Pushback at the border") },
        { value: 9, text: qsTr("Denied access to asylum") },
        { value: 10, text: qsTr("Family separation") },
        { value: 11, text: qsTr("Disappearance or death") },
        { value: 12, text: qsTr("Trafficking indicators") }
    ]
    readonly property var perpetrators: [
        { value: 1, text: qsTr("Organised crime") },
        { value: 2, text: qsTr("INM") },
        { value: 3, text: qsTr("Guardia Nacional") },
        { value: 4, text: qsTr("Police") },
        { value: 5, text: qsTr("Smuggler") },
        { value: 6, text: qsTr("Other migrants") },
        { value: 7, text: qsTr("Unknown") }
    ]

    function label(list, value) {
        for (let i = 0; i < list.length; ++i) {
            if (list[i].value === value)
                return list[i].text;
        }
        return "";
    }
}
