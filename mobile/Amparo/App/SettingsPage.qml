import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Amparo.Core
import Amparo.Controls

// Language, auto-lock, how long personal data stays, and passphrase.
Page {
    id: page
    objectName: "settingsPage"

    header: ToolBar {
        Material.foreground: "white"
        RowLayout {
            anchors.fill: parent
            ToolButton {
                text: "‹ " + qsTr("Back")
                font.pixelSize: 18
                onClicked: page.StackView.view.pop()
            }
            Label {
                text: qsTr("Settings")
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
            width: Math.min(parent.width - 32, 800)
            x: (parent.width - width) / 2
            spacing: 16

            Item { implicitHeight: 4 }
            FormSection {
                title: qsTr("Language")
                RowLayout {
                    spacing: 8
                    Button {
                        text: "Español"
                        checkable: true
                        checked: AppController.language === "es"
                        highlighted: checked
                        implicitHeight: 56
                        onClicked: AppController.language = "es"
                    }
                    Button {
                        text: "English"
                        checkable: true
                        checked: AppController.language === "en"
                        highlighted: checked
                        implicitHeight: 56
                        onClicked: AppController.language = "en"
                    }
                }
            }

            FormSection {
                title: qsTr("Automatic lock")
                Label {
                    text: qsTr("Lock after this many minutes without use (0: only when the app goes to the background).")
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                }
                SpinBox {
                    from: 0
                    to: 60
                    value: AppController.idleLockMinutes
                    implicitHeight: 56
                    onValueModified: AppController.idleLockMinutes = value
                }
            }

            FormSection {
                title: qsTr("Personal data on this device")
                Label {
                    text: qsTr("Days that names and contacts stay on this device after the server has them. Then they are removed from the device; the records stay listed.")
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                }
                SpinBox {
                    objectName: "purgeGraceDays"
                    from: 0
                    to: 90
                    value: AppController.store.purgeGraceDays
                    implicitHeight: 56
                    Accessible.name: qsTr("Days before personal data is removed")
                    onValueModified: AppController.store.purgeGraceDays = value
                }
            }

            FormSection {
                title: qsTr("Change passphrase")
                TextField {
                    id: oldPassphrase
                    Layout.fillWidth: true
                    echoMode: TextInput.Password
                    placeholderText: qsTr("Current passphrase")
                }
                TextField {
                    id: newPassphrase
                    Layout.fillWidth: true
                    echoMode: TextInput.Password
                    placeholderText: qsTr("New passphrase")
                }
                TextField {
                    id: confirmation
                    Layout.fillWidth: true
                    echoMode: TextInput.Password
                    placeholderText: qsTr("New passphrase again")
                }
                FieldIssue {
                    text: AppController.lastError
                }
                Label {
                    id: done
                    visible: false
                    text: qsTr("Passphrase changed.")
                    color: "#146c2e"
                    font.bold: true
                }
                Button {
                    text: qsTr("Change passphrase")
                    implicitHeight: 56
                    onClicked: {
                        done.visible = AppController.changePassphrase(oldPassphrase.text, newPassphrase.text,
                                                                      confirmation.text);
                        if (done.visible) {
                            oldPassphrase.clear();
                            newPassphrase.clear();
                            confirmation.clear();
                        }
                    }
                }
            }
            Item { implicitHeight: 24 }
        }
    }
}
