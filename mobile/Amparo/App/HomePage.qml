import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Amparo.Core
import Amparo.Controls

// Start of the day: today's visits, drafts to finish, follow-ups due,
// records waiting to sync, and the one obvious action, a new visit.
Page {
    id: page
    objectName: "homePage"

    function openRecord(kind, recordId) {
        const pages = { 3: "ScreeningFormPage.qml", 5: "ReferralFormPage.qml", 6: "FollowUpFormPage.qml",
                        7: "IncidentFormPage.qml" };
        StackView.view.push(pages[kind] ?? "VisitFormPage.qml", { recordId: recordId });
    }

    header: ToolBar {
        Material.foreground: "white"
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 16
            Label {
                text: qsTr("Amparo") + (AppController.officeCode ? " · " + AppController.officeCode : "")
                font.pixelSize: 22
                font.bold: true
                Layout.fillWidth: true
            }
            ToolButton {
                text: qsTr("All visits")
                font.pixelSize: 18
                onClicked: page.StackView.view.push("VisitListPage.qml")
            }
            ToolButton {
                text: qsTr("Settings")
                font.pixelSize: 18
                onClicked: page.StackView.view.push("SettingsPage.qml")
            }
            ToolButton {
                text: qsTr("Lock")
                font.pixelSize: 18
                onClicked: AppController.lock()
            }
        }
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: parent.width - 32
            x: 16
            spacing: 16

            Item { implicitHeight: 4 }
            PrimaryButton {
                objectName: "newVisitButton"
                text: qsTr("New visit")
                Layout.fillWidth: true
                implicitHeight: 80
                font.pixelSize: 24
                onClicked: page.StackView.view.push("VisitFormPage.qml")
            }

            SyncStatusCard {
                Layout.fillWidth: true
                onSignInRequested: page.StackView.view.push("SignInPage.qml")
            }

            Flow {
                id: cards
                // Three or four columns in landscape, one in portrait. A Flow, not a
                // GridLayout: switching a GridLayout's columns on rotation
                // loops in Qt 6.4's layout engine.
                readonly property int columns: page.width > 1500 ? 4 : (page.width > 900 ? 3 : 1)
                Layout.fillWidth: true
                spacing: 16

                Repeater {
                    model: [
                        { title: qsTr("Today's visits"), kind: 2, states: [], today: true,
                          empty: qsTr("No visits today yet.") },
                        { title: qsTr("Follow-ups due"), kind: 6, states: [], today: false, due: true,
                          empty: qsTr("No follow-ups due.") },
                        { title: qsTr("Drafts"), kind: 0, states: [0], today: false,
                          empty: qsTr("No drafts.") },
                        { title: qsTr("Waiting to sync"), kind: 0, states: [1], today: false,
                          empty: qsTr("Nothing waiting.") }
                    ]

                    FormSection {
                        id: card
                        required property var modelData
                        title: modelData.title + " (" + records.totalCount + ")"
                        width: (cards.width - (cards.columns - 1) * cards.spacing) / cards.columns

                        RecordListModel {
                            id: records
                            store: AppController.store
                            kind: card.modelData.kind
                            syncStates: card.modelData.states
                            dayFrom: card.modelData.today ? AppController.today() : ""
                            dayTo: card.modelData.today ? AppController.today() : ""
                            dueBy: card.modelData.due ? AppController.today() : ""
                            pageSize: 20
                        }
                        Label {
                            visible: records.totalCount === 0
                            text: card.modelData.empty
                            color: "#444444"
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                        }
                        Repeater {
                            model: records
                            VisitDelegate {
                                Layout.fillWidth: true
                                visible: index < 8
                                onClicked: page.openRecord(kind, recordId)
                            }
                        }
                    }
                }
            }
            Item { implicitHeight: 16 }
        }
    }
}
