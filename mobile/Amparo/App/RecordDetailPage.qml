import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Amparo.Core
import Amparo.Controls

// One record as the server holds it: what it says, the records made from it,
// its revision history and reviews, and the review actions. Personal data
// only after "Show personal data" with a reason. Pushed on narrow screens;
// the right-hand side of the visit log on wide ones.
Page {
    id: page
    objectName: "recordDetailPage"

    property alias recordId: detail.recordId
    readonly property alias detail: detail
    // Inside the visit log (wide layout): no back button.
    property bool embedded: false

    signal reviewed()
    // Embedded: the page holding it opens the comparison.
    signal conflictRequested(string recordId)

    function openRecord(id) {
        const view = page.StackView.view;
        if (view)
            view.push("RecordDetailPage.qml", { recordId: id });
        else
            detail.recordId = id;
    }

    RecordDetail {
        id: detail
        sync: AppController.sync
        store: AppController.store
        language: AppController.language
    }

    header: ToolBar {
        Material.foreground: "white"
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: page.embedded ? 16 : 0
            ToolButton {
                visible: !page.embedded
                text: "‹ " + qsTr("Back")
                font.pixelSize: 18
                onClicked: page.StackView.view.pop()
            }
            Label {
                text: detail.loaded ? (detail.kind === 2 ? (detail.siteName || qsTr("Visit"))
                                                         : Vocabulary.label(Vocabulary.recordKinds, detail.kind))
                                    : qsTr("Record")
                font.pixelSize: 22
                font.bold: true
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            BusyIndicator {
                running: detail.loading
                visible: running
                implicitHeight: 40
                implicitWidth: 40
            }
            ToolButton {
                text: qsTr("Reload")
                font.pixelSize: 18
                enabled: detail.recordId.length > 0
                onClicked: detail.reload()
            }
        }
    }

    ReviewDialog {
        id: reviewDialog
        onReviewed: {
            page.reviewed();
            reloadLater.start();
        }
    }
    // The review reaches the server with the sync that follows.
    Timer {
        id: reloadLater
        interval: 1500
        onTriggered: detail.reload()
    }
    ShowPersonalDataDialog {
        id: revealDialog
        reasons: {
            AppController.language;  // translated again when the language changes
            return detail.reasonOptions();
        }
        onConfirmed: reason => detail.reveal(reason)
    }

    Label {
        anchors.centerIn: parent
        visible: detail.recordId.length === 0
        text: qsTr("Choose a record in the list.")
        color: "#444444"
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        visible: detail.recordId.length > 0
        contentWidth: availableWidth

        ColumnLayout {
            width: scroll.availableWidth - 32
            x: 16
            spacing: 16

            Item { implicitHeight: 4 }

            Label {
                visible: detail.error.length > 0
                text: detail.error
                color: "#b00020"
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }

            Repeater {
                model: detail.alertMessages
                AlertBanner {
                    required property string modelData
                    text: modelData
                }
            }

            FormSection {
                visible: detail.loaded
                title: [detail.kind === 2 ? Vocabulary.label(Vocabulary.visitTypes, detail.visitType) : "",
                        Qt.formatDateTime(detail.occurredAt, "yyyy-MM-dd HH:mm")].filter(p => p.length > 0).join(" · ")
                Label {
                    text: qsTr("Recorded by %1 · office %2 · last changed %3")
                              .arg(detail.author).arg(detail.officeCode)
                              .arg(Qt.formatDateTime(detail.modifiedAt, "yyyy-MM-dd HH:mm"))
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    visible: detail.deleted
                    text: qsTr("This record was withdrawn.")
                    color: "#b00020"
                    font.bold: true
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: 8
                    Button {
                        objectName: "markReviewed"
                        text: qsTr("Mark reviewed")
                        highlighted: true
                        implicitHeight: 56
                        Material.accent: "#00695c"
                        onClicked: {
                            reviewDialog.targets = [detail.reviewTarget()];
                            reviewDialog.verdict = ReviewComposer.Reviewed;
                            reviewDialog.open();
                        }
                    }
                    Button {
                        text: qsTr("Flag")
                        implicitHeight: 56
                        onClicked: {
                            reviewDialog.targets = [detail.reviewTarget()];
                            reviewDialog.verdict = ReviewComposer.Flagged;
                            reviewDialog.open();
                        }
                    }
                    Button {
                        text: qsTr("Request a follow-up")
                        implicitHeight: 56
                        onClicked: {
                            reviewDialog.targets = [detail.reviewTarget()];
                            reviewDialog.verdict = ReviewComposer.FollowUpRequested;
                            reviewDialog.open();
                        }
                    }
                    Button {
                        visible: detail.inConflict
                        text: qsTr("Resolve the conflict")
                        implicitHeight: 56
                        Material.background: "#b35c00"
                        Material.foreground: "white"
                        onClicked: {
                            if (page.StackView.view)
                                page.StackView.view.push("ConflictComparePage.qml", { recordId: detail.recordId });
                            else
                                page.conflictRequested(detail.recordId);
                        }
                    }
                }
            }

            FormSection {
                objectName: "personalDataSection"
                visible: detail.personalDataWithheld || detail.revealed
                title: qsTr("Personal data")
                Label {
                    visible: !detail.revealed
                    text: qsTr("Names, contacts and exact ages are hidden. Showing them is recorded with your name and reason.")
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Button {
                    visible: !detail.revealed
                    objectName: "showPersonalData"
                    text: qsTr("Show personal data…")
                    implicitHeight: 56
                    onClicked: revealDialog.open()
                }
                Label {
                    visible: detail.revealed
                    text: qsTr("Shown for: %1").arg(detail.reasonOptions().find(r => r.code === detail.revealReason)?.text ?? detail.revealReason)
                    font.bold: true
                    color: "#b35c00"
                    Layout.fillWidth: true
                }
                Repeater {
                    model: detail.personFields
                    FieldLineDelegate {}
                }
                Button {
                    visible: detail.revealed
                    text: qsTr("Hide personal data")
                    implicitHeight: 56
                    onClicked: detail.hidePersonalData()
                }
            }

            FormSection {
                visible: detail.loaded
                title: qsTr("Content")
                Repeater {
                    model: detail.fields
                    FieldLineDelegate {}
                }
            }

            FormSection {
                visible: detail.kind === 2 || detail.kind === 3
                title: qsTr("Linked records (%1)").arg(detail.linked.length)
                BusyIndicator {
                    running: detail.linkedLoading
                    visible: running
                }
                Label {
                    visible: !detail.linkedLoading && detail.linked.length === 0
                    text: detail.kind === 2 ? qsTr("No screenings or incidents from this visit.")
                                            : qsTr("No referrals, follow-ups or incidents for this case.")
                    color: "#444444"
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                }
                Repeater {
                    model: detail.linked
                    ItemDelegate {
                        required property var modelData
                        Layout.fillWidth: true
                        implicitHeight: 56
                        text: Vocabulary.label(Vocabulary.recordKinds, modelData.kind) + " · "
                              + Qt.formatDateTime(modelData.occurredAt, "yyyy-MM-dd HH:mm") + " · " + modelData.author
                              + (modelData.alert ? " · ⚠ " + qsTr("Alert") : "")
                        font.pixelSize: 17
                        onClicked: page.openRecord(modelData.recordId)
                    }
                }
            }

            FormSection {
                visible: detail.loaded
                title: qsTr("Reviews (%1)").arg(detail.reviews.length)
                Label {
                    visible: detail.reviews.length === 0
                    text: qsTr("Not reviewed yet.")
                    color: "#444444"
                }
                Repeater {
                    model: detail.reviews
                    ColumnLayout {
                        required property var modelData
                        spacing: 0
                        Layout.fillWidth: true
                        Label {
                            text: [[qsTr("Reviewed"), qsTr("Reviewed"), qsTr("Flagged"), qsTr("Follow-up requested")][modelData.verdict] ?? "",
                                   modelData.followUpDue ? qsTr("by %1").arg(modelData.followUpDue) : "",
                                   modelData.author, Qt.formatDateTime(modelData.createdAt, "yyyy-MM-dd HH:mm")]
                                  .filter(p => p.length > 0).join(" · ")
                            font.bold: true
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Label {
                            visible: modelData.comment.length > 0
                            text: modelData.comment
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                    }
                }
            }

            FormSection {
                visible: detail.loaded
                title: qsTr("History")
                RevisionHistoryList {
                    revisions: detail.history
                }
            }
            Item { implicitHeight: 16 }
        }
    }
}
