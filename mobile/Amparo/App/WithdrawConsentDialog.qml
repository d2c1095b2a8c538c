import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Confirms a withdrawal of consent: its own act, recorded with the time, and
// it blocks any further sharing under that consent.
Dialog {
    id: root
    objectName: "withdrawConsentDialog"

    property string itemId
    signal confirmed(string itemId)

    function ask(id) {
        itemId = id;
        open();
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 48 : 600, 600)
    modal: true
    title: qsTr("Withdraw consent?")
    footer: DialogButtonBox {
        Button {
            text: qsTr("Cancel")
            flat: true
            implicitHeight: 56
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
        Button {
            objectName: "confirmWithdrawButton"
            text: qsTr("Withdraw")
            implicitHeight: 56
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
        }
    }
    onAccepted: confirmed(itemId)

    Label {
        width: parent.width
        text: qsTr("The withdrawal is recorded with today's date. Nothing more is shared under this consent; data already shared must be recalled by the manual procedure.")
        wrapMode: Text.Wrap
        font.pixelSize: 18
    }
}
