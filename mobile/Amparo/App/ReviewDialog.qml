import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Amparo.Core

// A review of one record or of several at once: mark reviewed, flag with a
// comment, or request a follow-up by a date. Each target gets its own Review
// record, stored in the outbox and synced back to the monitor.
Dialog {
    id: root
    objectName: "reviewDialog"

    // [{recordId, revision, officeCode}]
    property var targets: []
    property int verdict: ReviewComposer.Reviewed

    signal reviewed(int count)

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 48 : 640, 680)
    modal: true
    title: root.targets.length > 1 ? qsTr("Review %1 records").arg(root.targets.length) : qsTr("Review this record")
    onOpened: {
        comment.text = "";
        due.text = "";
    }

    ReviewComposer {
        id: composer
        store: AppController.store
        sync: AppController.sync
        language: AppController.language
    }

    ColumnLayout {
        width: parent.width
        spacing: 12

        Flow {
            Layout.fillWidth: true
            spacing: 8
            Repeater {
                model: [{ value: ReviewComposer.Reviewed, text: qsTr("Mark reviewed") },
                        { value: ReviewComposer.Flagged, text: qsTr("Flag") },
                        { value: ReviewComposer.FollowUpRequested, text: qsTr("Request a follow-up") }]
                Button {
                    required property var modelData
                    text: modelData.text
                    checkable: true
                    checked: root.verdict === modelData.value
                    highlighted: checked
                    implicitHeight: 56
                    font.pixelSize: 17
                    Material.accent: "#00695c"
                    onClicked: root.verdict = modelData.value
                }
            }
        }
        Label {
            text: root.verdict === ReviewComposer.Flagged ? qsTr("What is wrong (required)") : qsTr("Comment for the monitor")
            Layout.fillWidth: true
        }
        TextArea {
            id: comment
            objectName: "reviewComment"
            Layout.fillWidth: true
            Layout.preferredHeight: 120
            wrapMode: TextEdit.Wrap
            placeholderText: qsTr("No names or personal details here.")
        }
        TextField {
            id: due
            visible: root.verdict === ReviewComposer.FollowUpRequested
            Layout.fillWidth: true
            implicitHeight: 56
            placeholderText: qsTr("Follow-up by yyyy-mm-dd")
            inputMethodHints: Qt.ImhDate
            validator: RegularExpressionValidator { regularExpression: /\d{4}-\d{2}-\d{2}/ }
        }
        Label {
            visible: composer.lastError.length > 0
            text: composer.lastError
            color: "#b00020"
            wrapMode: Text.Wrap
            Layout.fillWidth: true
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
            objectName: "sendReview"
            text: qsTr("Send review")
            highlighted: true
            implicitHeight: 56
            // Not AcceptRole: the dialog stays open when the review is refused.
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: {
                const ids = composer.submit(root.targets, root.verdict, comment.text, due.text);
                if (ids.length > 0) {
                    root.reviewed(ids.length);
                    root.close();
                }
            }
        }
    }
}
