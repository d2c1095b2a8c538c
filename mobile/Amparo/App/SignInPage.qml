import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Amparo.Core
import Amparo.Controls

// Sign this tablet in to the sync server: address, account and the server
// certificate's fingerprint (as amparo-server prints it), confirmed before
// anything is sent. The device token is kept inside the encrypted store.
Page {
    id: page
    objectName: "signInPage"

    readonly property SyncClient sync: AppController.sync
    property string error: ""
    // The fingerprint the server presented on the last attempt (shown for
    // confirmation when none was typed or it differs).
    property string presentedFingerprint: page.sync.seenFingerprint

    function submit() {
        page.error = "";
        page.sync.enroll(serverUrl.text, username.text, password.text, deviceLabel.text, fingerprint.text);
    }

    Connections {
        target: page.sync
        function onEnrollFinished(ok, error) {
            password.clear();
            if (ok)
                page.StackView.view.pop();
            else
                page.error = error;
        }
    }

    header: ToolBar {
        Material.foreground: "white"
        RowLayout {
            anchors.fill: parent
            ToolButton {
                text: qsTr("Back")
                font.pixelSize: 18
                onClicked: page.StackView.view.pop()
            }
            Label {
                text: qsTr("Sign in to the server")
                font.pixelSize: 22
                font.bold: true
                Layout.fillWidth: true
            }
        }
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(parent.width - 48, 640)
            x: (parent.width - width) / 2
            spacing: 16

            Item { implicitHeight: 8 }
            Label {
                text: qsTr("Ask your coordinator for the server address and its certificate fingerprint.")
                Layout.fillWidth: true
                wrapMode: Text.Wrap
            }
            TextField {
                id: serverUrl
                objectName: "serverUrlField"
                Layout.fillWidth: true
                Layout.minimumHeight: 56 // touch target
                placeholderText: qsTr("Server address (https://…)")
                text: page.sync.serverUrl
                inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoPredictiveText
            }
            TextField {
                id: username
                objectName: "usernameField"
                Layout.fillWidth: true
                Layout.minimumHeight: 56 // touch target
                placeholderText: qsTr("Username")
                text: page.sync.username
                inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
            }
            TextField {
                id: password
                objectName: "passwordField"
                Layout.fillWidth: true
                Layout.minimumHeight: 56 // touch target
                placeholderText: qsTr("Password")
                echoMode: TextInput.Password
                inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
            }
            TextField {
                id: deviceLabel
                objectName: "deviceLabelField"
                Layout.fillWidth: true
                Layout.minimumHeight: 56 // touch target
                placeholderText: qsTr("Name of this tablet (e.g. Tablet TAP-03)")
            }
            TextField {
                id: fingerprint
                objectName: "fingerprintField"
                Layout.fillWidth: true
                Layout.minimumHeight: 56 // touch target
                placeholderText: qsTr("Certificate fingerprint (SHA-256)")
                text: page.sync.fingerprint
                font.family: "monospace"
                inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
            }
            Label {
                objectName: "presentedFingerprintLabel"
                visible: page.presentedFingerprint.length > 0
                text: qsTr("The server presented this fingerprint; sign in only if it is the one you were given: %1")
                          .arg(page.presentedFingerprint)
                font.family: "monospace"
                Layout.fillWidth: true
                wrapMode: Text.WrapAnywhere
            }
            Button {
                objectName: "usePresentedFingerprintButton"
                visible: page.presentedFingerprint.length > 0 && fingerprint.text !== page.presentedFingerprint
                text: qsTr("It matches: use this fingerprint")
                implicitHeight: 56
                onClicked: fingerprint.text = page.presentedFingerprint
            }
            FieldIssue {
                objectName: "signInError"
                text: page.error
            }
            PrimaryButton {
                objectName: "signInButton"
                text: page.sync.state === SyncClient.Enrolling ? qsTr("Signing in…") : qsTr("Sign in")
                enabled: page.sync.state !== SyncClient.Enrolling && serverUrl.text.length > 0
                         && username.text.length > 0 && password.text.length > 0
                Layout.fillWidth: true
                onClicked: page.submit()
            }
            Item { implicitHeight: 16 }
        }
    }
}
