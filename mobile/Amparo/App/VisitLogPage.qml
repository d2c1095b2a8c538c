import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Amparo.Core
import Amparo.Controls

// The visit log of the coordinator's offices, from the server a page at a
// time, with filters. Select rows to review several at once. Wide screens
// show the chosen record on the right (master–detail); narrow ones open it.
// With `conflicts`, the queue of records with two surviving versions.
Page {
    id: page
    objectName: conflicts ? "conflictQueuePage" : "visitLogPage"

    property bool conflicts: false
    readonly property bool wide: width >= 1100
    readonly property alias log: log
    property string currentId: ""

    function showAlerts() {
        filters.showAlerts();
        filters.visible = true;
    }

    function showFilters(on) {
        filters.visible = on;
    }

    function open(recordId) {
        page.currentId = recordId;
        if (page.wide) {
            detailLoader.active = true;
            return;
        }
        const view = page.StackView.view ?? page.parentStack;
        const file = page.conflicts ? "ConflictComparePage.qml" : "RecordDetailPage.qml";
        if (view)
            view.push(file, { recordId: recordId });
    }

    // The StackView to push on when this page sits inside another page.
    property StackView parentStack: null

    VisitLogModel {
        id: log
        sync: AppController.sync
        store: AppController.store
        kind: page.conflicts ? 0 : 2
        conflictsOnly: page.conflicts
        office: filters.office
        siteId: filters.siteId
        visitType: filters.visitType
        dateFrom: filters.dateFrom
        dateTo: filters.dateTo
        author: filters.author
        reviewStatus: page.conflicts ? "" : filters.reviewStatus
        alertsOnly: !page.conflicts && filters.alertsOnly
    }

    ReviewDialog {
        id: reviewDialog
        onReviewed: {
            log.clearSelection();
            refreshLater.start();
        }
    }
    // Reviews reach the server with the sync the dialog starts.
    Timer {
        id: refreshLater
        interval: 2000
        onTriggered: log.refresh()
    }

    // Plain anchors, not a RowLayout: the detail page's implicit size follows
    // its width, which a layout would feed back (a polish loop).
    Item {
        id: master
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.left: parent.left
        // The comparison needs the room more than the queue.
        width: page.wide ? Math.max(480, Math.round(page.width * (page.conflicts ? 0.34 : 0.45))) : page.width

        ColumnLayout {
            anchors.fill: parent
            anchors.margins: 16
            spacing: 12

            // Folded by default so the list gets the room; the count says what applies.
            Button {
                objectName: "filtersButton"
                flat: true
                implicitHeight: 48
                text: (filters.visible ? "▴ " : "▾ ") + (filters.activeCount > 0
                                                           ? qsTr("Filters (%1)").arg(filters.activeCount)
                                                           : qsTr("Filters"))
                onClicked: filters.visible = !filters.visible
            }
            FilterBar {
                id: filters
                visible: false
                Layout.fillWidth: true
                // Again when the office changes or pages arrive (sites synced meanwhile).
                siteChoices: {
                    log.office;
                    log.count;
                    return log.siteChoices();
                }
                showReviewFilters: !page.conflicts
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: 12
                Label {
                    text: page.conflicts ? qsTr("%n record(s) in conflict", "", log.count) + (log.hasMore ? "+" : "")
                                         : qsTr("%n record(s)", "", log.count) + (log.hasMore ? "+" : "")
                    font.pixelSize: 18
                    font.bold: true
                    Layout.fillWidth: true
                }
                Button {
                    visible: !page.conflicts
                    flat: true
                    implicitHeight: 48
                    text: log.selectedCount > 0 ? qsTr("Clear selection") : qsTr("Select all loaded")
                    onClicked: log.selectedCount > 0 ? log.clearSelection() : log.selectAll()
                }
                Button {
                    flat: true
                    implicitHeight: 48
                    text: qsTr("Refresh")
                    onClicked: log.refresh()
                }
            }

            Label {
                visible: log.error.length > 0
                text: log.error
                color: "#b00020"
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }

            ListView {
                id: list
                objectName: "visitLogList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: log
                reuseItems: true
                ScrollBar.vertical: ScrollBar {}
                delegate: VisitLogDelegate {
                    selectable: !page.conflicts
                    current: page.wide && recordId === page.currentId
                    onClicked: page.open(recordId)
                    onToggled: on => log.setSelected(index, on)
                }
                footer: Item {
                    width: list.width
                    height: log.loading || log.hasMore ? 64 : 0
                    BusyIndicator {
                        anchors.centerIn: parent
                        running: log.loading
                        visible: running
                    }
                    Button {
                        anchors.centerIn: parent
                        visible: !log.loading && log.hasMore
                        flat: true
                        text: qsTr("Load more")
                        onClicked: log.loadMore()
                    }
                }
                Label {
                    anchors.centerIn: parent
                    visible: list.count === 0 && !log.loading && log.error.length === 0
                    text: page.conflicts ? qsTr("No conflicts to resolve.") : qsTr("No records match.")
                    color: "#444444"
                }
            }

            // Several rows chosen: one review for all of them.
            Pane {
                visible: log.selectedCount > 0
                Layout.fillWidth: true
                Material.elevation: 4
                padding: 8
                RowLayout {
                    width: parent.width
                    spacing: 12
                    Label {
                        text: qsTr("%n selected", "", log.selectedCount)
                        font.pixelSize: 18
                        font.bold: true
                        Layout.fillWidth: true
                    }
                    PrimaryButton {
                        objectName: "reviewSelected"
                        text: qsTr("Review selected")
                        implicitHeight: 56
                        onClicked: {
                            reviewDialog.targets = log.selectedTargets();
                            reviewDialog.verdict = ReviewComposer.Reviewed;
                            reviewDialog.open();
                        }
                    }
                }
            }
        }

    }

    Rectangle {
        id: divider
        visible: page.wide
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.left: master.right
        width: 1
        color: "#cccccc"
    }

    Loader {
        id: detailLoader
        visible: page.wide
        active: page.wide
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.left: divider.right
        anchors.right: parent.right
        sourceComponent: page.conflicts ? compareComponent : detailComponent
    }


    Component {
        id: detailComponent
        RecordDetailPage {
            embedded: true
            recordId: page.currentId
            onReviewed: refreshLater.start()
            onConflictRequested: id => {
                if (page.parentStack)
                    page.parentStack.push("ConflictComparePage.qml", { recordId: id });
            }
        }
    }
    Component {
        id: compareComponent
        ConflictComparePage {
            embedded: true
            recordId: page.currentId
            onResolved: refreshLater.start()
        }
    }
}
