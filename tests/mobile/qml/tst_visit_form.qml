import QtQuick
import QtQuick.Controls
import QtTest
import Amparo.Core
import Amparo.App

// The visit form: choosing a type shows its module, typing saves drafts,
// finalizing shows findings inline and the children-in-detention alert.
Item {
    id: root
    width: 1280
    height: 800

    Component {
        id: pageComponent
        VisitFormPage {
            width: root.width
            height: root.height
        }
    }

    TestCase {
        name: "VisitForm"
        when: windowShown

        // Every item under `item` (children and controls' contentItem) that matches.
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

        function buttonWithText(item, text) {
            const found = findAll(item, it => it.text === text && typeof it.checkable === "boolean", []);
            return found.length > 0 ? found[0] : null;
        }

        function type(input, text) {
            input.forceActiveFocus();
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i]);
        }

        function test_newVisitDefaults() {
            const page = createTemporaryObject(pageComponent, root);
            verify(page);
            const editor = page.editor;
            verify(editor.recordId.length === 36);
            compare(editor.revision, "");           // nothing saved until something is typed
            verify(editor.startedAt.getTime() > Date.now() - 60000); // defaults to now
            compare(editor.module, "");
        }

        function test_detentionShowsModuleAndAlert() {
            const page = createTemporaryObject(pageComponent, root);
            const editor = page.editor;
            const detention = buttonWithText(page, "Detention");
            verify(detention);
            mouseClick(detention);
            compare(editor.visitType, 3);
            compare(editor.module, "detention");

            const girls = findChild(page, "detentionGirls");
            verify(girls);
            verify(girls.visible);
            type(findChild(girls, "countInput"), "2");
            compare(editor.value("visit.detention.population.girls"), 2);

            findChild(page, "finalizeButton").clicked();
            verify(editor.validated);
            verify(editor.errorCount > 0);             // site, access, total still missing
            compare(editor.syncState, LocalStore.Draft);
            verify(editor.issueFor("visit.site_id").length > 0);
            // The finding is shown on the field, in the chosen language (English here).
            const shown = findAll(page, it => it.visible && typeof it.wrapMode === "number"
                                  && it.text === editor.issueFor("visit.access"), []);
            verify(shown.length > 0, "access finding shown inline");
            compare(editor.alerts.length, 1);
            const banners = findAll(page, it => it.objectName === "alertBanner", []);
            compare(banners.length, 1);
            verify(banners[0].text.indexOf("2 children") >= 0, banners[0].text);
        }

        function test_finalizeWhenComplete() {
            const page = createTemporaryObject(pageComponent, root);
            const editor = page.editor;
            mouseClick(buttonWithText(page, "Shelter"));
            editor.siteId = "01900000-0000-7000-8000-000000000005";
            // Below the fold of the test window: press it the way a scrolled list would.
            buttonWithText(findChild(page, "accessField"), "Yes").clicked();
            compare(editor.access, 1);
            type(findChild(findChild(page, "peopleInterviewedField"), "countInput"), "12");
            findChild(page, "finalizeButton").clicked();
            compare(editor.errorCount, 0, JSON.stringify(editor.issues));
            compare(editor.syncState, LocalStore.Waiting);
            compare(findChild(page, "siteButton").text, "Albergue Belén");
        }

        function test_savesAsYouType() {
            const page = createTemporaryObject(pageComponent, root);
            const editor = page.editor;
            type(findChild(findChild(page, "peopleInterviewedField"), "countInput"), "7");
            verify(editor.dirty);
            tryVerify(() => !editor.dirty, 5000, "autosaved");
            verify(editor.revisionCount >= 1);
            compare(editor.syncState, LocalStore.Draft);
        }
    }
}
