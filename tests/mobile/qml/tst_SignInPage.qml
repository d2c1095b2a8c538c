import QtQuick
import QtQuick.Controls
import QtTest
import Amparo.Core
import Amparo.App

// The sign-in page against the app's real SyncClient (no server needed for
// what is checked here): fields, touch targets, the button enabled only
// with what enrollment needs, a malformed fingerprint refused with its
// message, and the "use the fingerprint the server presented" shortcut.
Item {
    id: root
    width: 1280
    height: 800

    Component {
        id: pageComponent
        SignInPage {
            width: root.width
            height: root.height
        }
    }

    TestCase {
        name: "SignInPage"
        when: windowShown

        function type(input, text) {
            input.forceActiveFocus();
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i]);
        }

        function fields(page) {
            return ["serverUrlField", "usernameField", "passwordField", "deviceLabelField", "fingerprintField"]
                .map(name => findChild(page, name));
        }

        function test_fieldsAndTouchTargets() {
            const page = createTemporaryObject(pageComponent, root);
            verify(page);
            for (const field of fields(page)) {
                verify(field, "every field is present");
                verify(field.visible);
                verify(field.height >= 48, field.objectName + " is at least 48 px high");
            }
            const button = findChild(page, "signInButton");
            verify(button);
            verify(button.height >= 48);
            compare(findChild(page, "passwordField").echoMode, TextInput.Password);
        }

        function test_buttonNeedsRequiredFields() {
            const page = createTemporaryObject(pageComponent, root);
            const button = findChild(page, "signInButton");
            const server = findChild(page, "serverUrlField");
            const user = findChild(page, "usernameField");
            const password = findChild(page, "passwordField");
            server.text = "";
            user.text = "";
            verify(!button.enabled);
            type(server, "127.0.0.1:1");
            verify(!button.enabled);
            type(user, "demo-monitor");
            verify(!button.enabled);
            type(password, "secret");
            verify(button.enabled);
            password.text = "";
            verify(!button.enabled);
        }

        function test_badFingerprintShowsTheError() {
            const page = createTemporaryObject(pageComponent, root);
            findChild(page, "serverUrlField").text = "127.0.0.1:1";
            findChild(page, "usernameField").text = "demo-monitor";
            type(findChild(page, "passwordField"), "secret");
            findChild(page, "fingerprintField").text = "12:34:not-hex";
            const button = findChild(page, "signInButton");
            verify(button.enabled);
            mouseClick(button);
            const error = findChild(page, "signInError");
            tryVerify(() => error.visible && error.text.indexOf("64 hexadecimal") >= 0);
            verify(!AppController.sync.enrolled);
            // The password is never kept on the page after an attempt.
            compare(findChild(page, "passwordField").text, "");
        }

        function test_unreachableServerShowsTheError() {
            const page = createTemporaryObject(pageComponent, root);
            findChild(page, "serverUrlField").text = "127.0.0.1:1";
            findChild(page, "usernameField").text = "demo-monitor";
            type(findChild(page, "passwordField"), "secret");
            findChild(page, "fingerprintField").text = "";
            mouseClick(findChild(page, "signInButton"));
            const error = findChild(page, "signInError");
            tryVerify(() => error.visible && error.text.length > 0, 30000);
            verify(!AppController.sync.enrolled);
        }

        function test_usePresentedFingerprint() {
            const page = createTemporaryObject(pageComponent, root);
            const presented = "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89";
            const fingerprint = findChild(page, "fingerprintField");
            const use = findChild(page, "usePresentedFingerprintButton");
            fingerprint.text = "";
            verify(!use.visible || page.presentedFingerprint.length > 0);
            page.presentedFingerprint = presented;
            verify(findChild(page, "presentedFingerprintLabel").visible);
            verify(use.visible);
            verify(use.height >= 48);
            mouseClick(use);
            compare(fingerprint.text, presented);
            verify(!use.visible);  // nothing left to confirm
        }
    }
}
