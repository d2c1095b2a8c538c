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
                placeholderText: qsTr("Server address (https://…)")
                text: page.sync.serverUrl
                inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoPredictiveText
            }
            TextField {
                id: username
                objectName: "usernameField"
                Layout.fillWidth: true
                placeholderText: qsTr("Username")
                text: page.sync.username
                inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
            }
            TextField {
                id: password
                objectName: "passwordField"
                Layout.fillWidth: true
                placeholderText: qsTr("Password")
                echoMode: TextInput.Password
                inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
            }
            TextField {
                id: deviceLabel
                Layout.fillWidth: true
                placeholderText: qsTr("Name of this tablet (e.g. Tablet TAP-03)")
            }
            TextField {
                id: fingerprint
                objectName: "fingerprintField"
                Layout.fillWidth: true
                placeholderText: qsTr("Certificate fingerprint (SHA-256)")
                text: page.sync.fingerprint
                font.family: "monospace"
                inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
            }
            Label {
                visible: page.sync.seenFingerprint.length > 0
                text: qsTr("The server presented this fingerprint; sign in only if it is the one you were given: %1")
                          .arg(page.sync.seenFingerprint)
                font.family: "monospace"
                Layout.fillWidth: true
                wrapMode: Text.WrapAnywhere
            }
            Button {
                visible: page.sync.seenFingerprint.length > 0 && fingerprint.text !== page.sync.seenFingerprint
                text: qsTr("It matches: use this fingerprint")
                onClicked: fingerprint.text = page.sync.seenFingerprint
            }
            FieldIssue {
                text: page.error
            }
            PrimaryButton {
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
