import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Amparo.Core
import Amparo.Controls

// Every visit, newest first, with search and filters. Rows load a page at a
// time as the list scrolls, so 10,000 visits stay smooth.
Page {
    id: page
    objectName: "visitListPage"

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
                text: qsTr("Visits") + " (" + visits.totalCount + ")"
                font.pixelSize: 22
                font.bold: true
                Layout.fillWidth: true
            }
        }
    }

    RecordListModel {
        id: visits
        store: AppController.store
        kind: 2
        search: search.search
        visitType: typeFilter.currentValue ?? 0
        syncStates: stateFilter.currentIndex <= 0 ? [] : [stateFilter.currentValue]
        dayFrom: fromDay.acceptableInput ? fromDay.text : ""
        dayTo: toDay.acceptableInput ? toDay.text : ""
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 12

        Flow {
            Layout.fillWidth: true
            spacing: 12
            SearchField {
                id: search
                width: 320
                placeholderText: qsTr("Search by site")
            }
            ComboBox {
                id: typeFilter
                width: 240
                implicitHeight: 56
                textRole: "text"
                valueRole: "value"
                model: [{ value: 0, text: qsTr("All types") }].concat(Vocabulary.visitTypes)
                Accessible.name: qsTr("Visit type")
            }
            ComboBox {
                id: stateFilter
                width: 240
                implicitHeight: 56
                textRole: "text"
                valueRole: "value"
                model: [{ value: -1, text: qsTr("Any state") }, { value: 0, text: qsTr("Draft") },
                        { value: 1, text: qsTr("Waiting to sync") }, { value: 2, text: qsTr("Synced") },
                        { value: 3, text: qsTr("Conflict") }, { value: 4, text: qsTr("Rejected") }]
                Accessible.name: qsTr("Sync state")
            }
            TextField {
                id: fromDay
                width: 180
                placeholderText: qsTr("From yyyy-mm-dd")
                validator: RegularExpressionValidator { regularExpression: /\d{4}-\d{2}-\d{2}/ }
            }
            TextField {
                id: toDay
                width: 180
                placeholderText: qsTr("To yyyy-mm-dd")
                validator: RegularExpressionValidator { regularExpression: /\d{4}-\d{2}-\d{2}/ }
            }
        }

        ListView {
            id: list
            objectName: "visitList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: visits
            reuseItems: true
            ScrollBar.vertical: ScrollBar { }
            delegate: VisitDelegate {
                // A conflict opens the comparison of both versions first.
                onClicked: page.StackView.view.push(syncState === 3 ? "ConflictPage.qml" : "VisitFormPage.qml",
                                                    { recordId: recordId })
            }
            Label {
                anchors.centerIn: parent
                visible: list.count === 0
                text: qsTr("No visits match.")
            }
        }
    }
}
