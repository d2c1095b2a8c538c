import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Personal data is shown only for a stated reason, which the server writes
// to its audit log with the reader's name.
Dialog {
    id: root
    objectName: "showPersonalDataDialog"

    // RecordDetail.reasonOptions(): [{code, text}]
    property var reasons: []
    property string reason: ""

    signal confirmed(string reason)

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 48 : 640, 620)
    modal: true
    title: qsTr("Show personal data")
    onOpened: root.reason = ""

    ColumnLayout {
        width: parent.width
        spacing: 8

        Label {
            text: qsTr("Why do you need to see this person's data? Your name and the reason are recorded.")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Repeater {
            model: root.reasons
            RadioButton {
                required property var modelData
                text: modelData.text
                checked: root.reason === modelData.code
                implicitHeight: 48
                onClicked: root.reason = modelData.code
            }
        }
    }

    footer: DialogButtonBox {
        Button {
            text: qsTr("Cancel")
            flat: true
            implicitHeight: 56
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
        Button {
            objectName: "confirmReveal"
            text: qsTr("Show")
            enabled: root.reason.length > 0
            highlighted: true
            implicitHeight: 56
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            onClicked: root.confirmed(root.reason)
        }
    }
}
