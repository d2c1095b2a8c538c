import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Amparo.Core
import Amparo.Controls

// Every start and every lock end here: nothing is readable until the
// passphrase unwraps the data key.
Page {
    id: page
    objectName: "unlockPage"

    function submit() {
        if (AppController.unlock(passphrase.text))
            passphrase.clear();
        else
            passphrase.selectAll();
    }

    ColumnLayout {
        width: Math.min(parent.width - 48, 560)
        anchors.centerIn: parent
        spacing: 20

        Label {
            text: qsTr("Amparo is locked")
            font.pixelSize: 32
            font.bold: true
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }
        Label {
            text: qsTr("Enter your passphrase to open the records on this tablet.")
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }
        TextField {
            id: passphrase
            objectName: "passphraseField"
            Layout.fillWidth: true
            echoMode: TextInput.Password
            placeholderText: qsTr("Passphrase")
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
            focus: true
            onAccepted: page.submit()
        }
        FieldIssue {
            text: AppController.lastError
        }
        PrimaryButton {
            text: qsTr("Unlock")
            Layout.fillWidth: true
            onClicked: page.submit()
        }
    }
}
