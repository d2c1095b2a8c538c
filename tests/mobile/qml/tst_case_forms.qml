import QtQuick
import QtQuick.Controls
import QtTest
import Amparo.Core
import Amparo.App

// Case work from a screening: the referral's consent follows the agency
// chosen, withdrawal is its own confirmed action, closing a follow-up asks
// for a reason, sexual violence disables the description, and countries
// crossed come from a searchable picker.
Item {
    id: root
    width: 1280
    height: 800

    Component {
        id: screeningComponent
        ScreeningFormPage {
            width: root.width
            height: root.height
            visitId: "01900000-0000-7000-8000-000000000001"
        }
    }
    Component {
        id: referralComponent
        ReferralFormPage {
            width: root.width
            height: root.height
        }
    }
    Component {
        id: followUpComponent
        FollowUpFormPage {
            width: root.width
            height: root.height
            screeningId: "01900000-0000-7000-8000-00000000000a"
        }
    }
    Component {
        id: incidentComponent
        IncidentFormPage {
            width: root.width
            height: root.height
            visitId: "01900000-0000-7000-8000-000000000001"
        }
    }

    TestCase {
        name: "CaseForms"
        when: windowShown

        function findAll(item, predicate, out, seen) {
            seen = seen || new Set();
            if (!item || seen.has(item))
                return out;
            seen.add(item);
            if (predicate(item))
                out.push(item);
            const children = item.children || [];
            for (let i = 0; i < children.length; ++i)
                findAll(children[i], predicate, out, seen);
            if (item.contentItem)
                findAll(item.contentItem, predicate, out, seen);
            return out;
        }

        function identifiedCase() {
            const screening = createTemporaryObject(screeningComponent, root);
            const editor = screening.editor;
            editor.mode = 2;
            editor.setConsent(1, true);
            editor.setAgencyConsent(3, "PARTNER_LEGAL", true);
            verify(editor.ensureSaved());
            return screening;
        }

        function test_referralConsentFollowsAgency() {
            const screening = identifiedCase();
            const consentId = screening.editor.consentItems.find(it => it.purpose === 3).id;
            const page = createTemporaryObject(referralComponent, root, { screeningId: screening.editor.recordId });
            const editor = page.editor;
            compare(editor.screeningId, screening.editor.recordId);
            compare(editor.revision, ""); // opening the form stores nothing

            const box = findChild(page, "agencyBox");
            box.currentIndex = box.indexOfValue("PARTNER_LEGAL");
            box.activated(box.currentIndex);
            compare(editor.agencyCode, "PARTNER_LEGAL");
            compare(editor.consentState, "given");
            compare(editor.value("referral.consent_reference"), consentId);
            verify(findChild(page, "consentStateLabel").visible);

            box.currentIndex = box.indexOfValue("DIF");
            box.activated(box.currentIndex);
            compare(editor.consentState, "missing");
            findChild(page, "finalizeButton").clicked();
            verify(editor.issueFor("referral.consent_reference") !== "");
            compare(editor.syncState, 0);
        }

        function test_withdrawalIsConfirmed() {
            const screening = identifiedCase();
            const editor = screening.editor;
            const buttons = findAll(screening, it => it.objectName === "withdrawButton" && it.visible, []);
            compare(buttons.length, 2); // interview and the referral consent
            buttons[1].clicked();
            const dialog = findChild(screening, "withdrawConsentDialog");
            tryVerify(() => dialog.opened, 2000);
            dialog.accept();
            tryVerify(() => editor.consentItems.find(it => it.purpose === 3).withdrawn, 2000);
            verify(!editor.agencyConsentGiven(3, "PARTNER_LEGAL"));
            verify(editor.consentGiven(1)); // the others stand
        }

        function test_countriesCrossedPicker() {
            const screening = createTemporaryObject(screeningComponent, root);
            const editor = screening.editor;
            const picker = findChild(screening, "countryPicker");
            verify(picker);
            findChild(screening, "addCountryButton").clicked();
            tryVerify(() => picker.opened, 2000);
            const search = findChild(picker.contentItem, "countrySearch");
            search.text = "guate"; // English or Spanish, accents optional
            const list = findChild(picker.contentItem, "countryList");
            tryCompare(list, "count", 1);
            list.itemAtIndex(0).clicked();
            tryVerify(() => !picker.visible, 2000);
            compare(editor.value("screening.journey.countries_crossed"), ["GTM"]);
        }

        function test_followUpClosureAsksForReason() {
            const page = createTemporaryObject(followUpComponent, root);
            const editor = page.editor;
            compare(editor.value("follow_up.date"), AppController.today());
            const reason = findChild(page, "closureReasonField");
            const next = findChild(page, "nextDateField");
            verify(!reason.visible);
            verify(next.visible);
            editor.caseStatus = 3;
            verify(reason.visible);
            verify(!next.visible);
            findChild(page, "finalizeButton").clicked();
            verify(editor.issueFor("follow_up.closure_reason") !== "");
        }

        function test_sexualViolenceIsCodeOnly() {
            const page = createTemporaryObject(incidentComponent, root);
            const editor = page.editor;
            compare(editor.visitId, "01900000-0000-7000-8000-000000000001");
            const description = findChild(page, "descriptionField");
            verify(description.enabled);
            editor.setValue("incident.description", "At the river");
            const types = findAll(findChild(page, "incidentTypeField"), it => it.checkable && it.text.startsWith("Sexual"), []);
            compare(types.length, 1);
            mouseClick(types[0]);
            compare(editor.incidentType, 6);
            verify(!description.enabled);
            compare(editor.value("incident.description"), "");
        }
    }
}
