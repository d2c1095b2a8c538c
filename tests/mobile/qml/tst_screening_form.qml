import QtQuick
import QtQuick.Controls
import QtTest
import Amparo.Core
import Amparo.App

// The screening form: consent comes first, identified mode opens the
// separate identity section, and the needs picker adds a UNHCR code.
Item {
    id: root
    width: 1280
    height: 800

    Component {
        id: pageComponent
        ScreeningFormPage {
            width: root.width
            height: root.height
            visitId: "01900000-0000-7000-8000-000000000001"
        }
    }

    TestCase {
        name: "ScreeningForm"
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

        function test_consentFirstThenIdentity() {
            const page = createTemporaryObject(pageComponent, root);
            const editor = page.editor;
            compare(editor.visitId, "01900000-0000-7000-8000-000000000001");
            compare(editor.mode, 1); // anonymous by default
            compare(editor.revision, ""); // opening the form stores nothing

            // The first switch on the page is the interview consent.
            const switches = findAll(page, it => it.objectName && it.objectName.startsWith("consent") && it.visible, []);
            verify(switches.length >= 1);
            compare(switches[0].objectName, "consent1");
            mouseClick(switches[0]);
            verify(editor.consentGiven(1));

            const identity = findChild(page, "identitySection");
            verify(!identity.visible);
            editor.mode = 2;
            verify(identity.visible);
            verify(findChild(page, "consent2").visible); // keeping name and contact

            editor.person.setValue("person.given_names", "Ana");
            tryVerify(() => editor.value("screening.person_id") === editor.person.recordId, 5000);
            editor.mode = 1;
            verify(!identity.visible);
            compare(editor.value("screening.person_id"), "");
        }

        function test_needsPickerAddsCode() {
            const page = createTemporaryObject(pageComponent, root);
            const editor = page.editor;
            const picker = findChild(page, "needsPicker");
            verify(picker);
            findChild(page, "addNeedButton").clicked();
            tryVerify(() => picker.opened, 2000);
            keyClick(Qt.Key_S); keyClick(Qt.Key_C); keyClick(Qt.Key_Minus); keyClick(Qt.Key_U); keyClick(Qt.Key_C);
            const delegates = findAll(picker.contentItem, it => it.code === "SC-UC" && it.visible, []);
            compare(delegates.length, 1);
            delegates[0].clicked();
            tryVerify(() => !picker.visible, 2000);
            compare(editor.needCodes, ["SC-UC"]);
        }
    }
}
