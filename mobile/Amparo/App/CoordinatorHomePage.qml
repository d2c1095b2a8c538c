import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Amparo.Core
import Amparo.Controls

// The coordinator's workspace: the visit log of their offices, the
// dashboard and the conflicts queue, all read from the server page by page.
// Visits raising an alert that nobody has reviewed show first, on opening.
Page {
    id: page
    objectName: "coordinatorHomePage"

    function showTab(index) {
        tabs.currentIndex = index;
    }

    function showAlerts() {
        tabs.currentIndex = 0;
        visitLog.showAlerts();
    }

    header: ToolBar {
        Material.foreground: "white"
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 16
            Label {
                text: qsTr("Amparo · Coordination") + (AppController.sync.offices.length > 0
                                                        ? " · " + AppController.sync.offices.join(", ") : "")
                font.pixelSize: 22
                font.bold: true
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            ToolButton {
                objectName: "exportButton"
                text: qsTr("Export")
                font.pixelSize: 18
                onClicked: exportDialog.open()
            }
            ToolButton {
                text: AppController.sync.state === SyncClient.Pushing || AppController.sync.state === SyncClient.Pulling
                      ? qsTr("Syncing…") : qsTr("Sync now")
                font.pixelSize: 18
                onClicked: AppController.sync.syncNow()
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

    ExportDialog {
        id: exportDialog
        filters: visitLog.log
    }

    // Unreviewed alerts, whatever the log's filters: what needs a look first.
    VisitLogModel {
        id: openAlerts
        sync: AppController.sync
        store: AppController.store
        kind: 0
        alertsOnly: true
        reviewStatus: "unreviewed"
        pageSize: 200
        // Alerts are few: count them all (pages may stop early across offices).
        onPageLoaded: if (hasMore && count < 2000) loadMore()
    }
    VisitLogModel {
        id: conflicts
        sync: AppController.sync
        kind: 0
        conflictsOnly: true
        pageSize: 200
        onPageLoaded: if (hasMore && count < 2000) loadMore()
    }
    Connections {
        target: AppController.sync
        function onSyncFinished() {
            openAlerts.refresh();
            conflicts.refresh();
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        AlertBanner {
            objectName: "unreviewedAlertsBanner"
            visible: openAlerts.count > 0
            Layout.margins: 12
            text: (openAlerts.hasMore ? qsTr("More than %n records raise an alert and are not reviewed yet.", "", openAlerts.count)
                                      : qsTr("%n record(s) raise an alert and are not reviewed yet.", "", openAlerts.count))
                  + " " + qsTr("Touch to see them.")
            TapHandler { onTapped: page.showAlerts() }
        }

        TabBar {
            id: tabs
            Layout.fillWidth: true
            TabButton {
                text: qsTr("Visit log")
                implicitHeight: 56
                font.pixelSize: 18
            }
            TabButton {
                text: qsTr("Dashboard")
                implicitHeight: 56
                font.pixelSize: 18
            }
            TabButton {
                text: conflicts.count > 0 ? qsTr("Conflicts (%1)").arg(conflicts.count + (conflicts.hasMore ? "+" : ""))
                                          : qsTr("Conflicts")
                implicitHeight: 56
                font.pixelSize: 18
            }
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex

            VisitLogPage {
                id: visitLog
                parentStack: page.StackView.view
                log.active: tabs.currentIndex === 0
            }
            DashboardPage {
                id: dashboard
                showAlertBanner: false
                active: tabs.currentIndex === 1
                onAlertsRequested: page.showAlerts()
            }
            VisitLogPage {
                id: conflictQueue
                conflicts: true
                parentStack: page.StackView.view
                log.active: tabs.currentIndex === 2
            }
        }
    }
}
