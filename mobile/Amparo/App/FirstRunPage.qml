import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Amparo.Core
import Amparo.Controls

// First run: language, office and the passphrase that protects everything
// stored on this device.
Page {
    id: page
    objectName: "firstRunPage"

    property string language: AppController.language
    property string officeCode: ""

    function submit() {
        if (AppController.setUp(page.language, page.officeCode, passphrase.text, confirmation.text)) {
            passphrase.clear();
            confirmation.clear();
        }
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(parent.width - 48, 720)
            x: (parent.width - width) / 2
            spacing: 20

            Item { implicitHeight: 16 }
            Label {
                text: qsTr("Welcome to Amparo")
                font.pixelSize: 32
                font.bold: true
                Layout.fillWidth: true
                wrapMode: Text.Wrap
            }
            Label {
                text: qsTr("Everything you record stays encrypted on this tablet until it is sent to the server.")
                Layout.fillWidth: true
                wrapMode: Text.Wrap
            }

            FormSection {
                title: qsTr("Language")
                RowLayout {
                    spacing: 8
                    Button {
                        text: "Español"
                        checkable: true
                        checked: page.language === "es"
                        highlighted: checked
                        implicitHeight: 56
                        onClicked: { page.language = "es"; AppController.language = "es"; }
                    }
                    Button {
                        text: "English"
                        checkable: true
                        checked: page.language === "en"
                        highlighted: checked
                        implicitHeight: 56
                        onClicked: { page.language = "en"; AppController.language = "en"; }
                    }
                }
            }

            FormSection {
                title: qsTr("Office")
                Flow {
                    Layout.fillWidth: true
                    spacing: 8
                    Repeater {
                        model: AppController.offices
                        Button {
                            required property var modelData
                            text: modelData.name
                            checkable: true
                            checked: page.officeCode === modelData.code
                            highlighted: checked
                            implicitHeight: 56
                            onClicked: page.officeCode = modelData.code
                        }
                    }
                }
            }

            FormSection {
                title: qsTr("Passphrase")
                Label {
                    text: qsTr("At least %1 characters. Without it nobody, including you, can open the records on this tablet.")
                          .arg(AppController.minPassphraseLength)
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
                }
                TextField {
                    id: confirmation
                    objectName: "confirmationField"
                    Layout.fillWidth: true
                    echoMode: TextInput.Password
                    placeholderText: qsTr("Passphrase again")
                    inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                    onAccepted: page.submit()
                }
                FieldIssue {
                    text: AppController.lastError
                }
            }

            PrimaryButton {
                text: qsTr("Start")
                Layout.alignment: Qt.AlignRight
                onClicked: page.submit()
            }
            Item { implicitHeight: 24 }
        }
    }
}
