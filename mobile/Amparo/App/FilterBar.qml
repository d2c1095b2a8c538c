import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Amparo.Core

// The visit log's filters: office, site, visit type, dates, monitor, review
// status and alerts. Only presents: the page binds these to its model.
Flow {
    id: root

    // [{value, text}] of the sites offered (VisitLogModel.siteChoices()).
    property var siteChoices: []
    property bool showReviewFilters: true
    readonly property string office: officeBox.currentIndex > 0 ? officeBox.currentValue : ""
    readonly property string siteId: siteBox.currentIndex > 0 ? siteBox.currentValue : ""
    readonly property int visitType: typeBox.currentValue ?? 0
    readonly property string dateFrom: fromDay.acceptableInput ? fromDay.text : ""
    readonly property string dateTo: toDay.acceptableInput ? toDay.text : ""
    readonly property string author: monitor.text.trim()
    readonly property string reviewStatus: reviewBox.currentIndex > 0 ? reviewBox.currentValue : ""
    property alias alertsOnly: alerts.checked
    readonly property int activeCount: [office, siteId, dateFrom, dateTo, author, reviewStatus]
                                           .filter(value => value.length > 0).length
                                       + (visitType > 0 ? 1 : 0) + (alertsOnly ? 1 : 0)

    function showAlerts() {
        alerts.checked = true;
        reviewBox.currentIndex = 1;  // unreviewed
    }

    function clear() {
        officeBox.currentIndex = 0;
        siteBox.currentIndex = 0;
        typeBox.currentIndex = 0;
        fromDay.text = "";
        toDay.text = "";
        monitor.text = "";
        reviewBox.currentIndex = 0;
        alerts.checked = false;
    }

    spacing: 12

    ComboBox {
        id: officeBox
        width: 200
        implicitHeight: 56
        textRole: "text"
        valueRole: "value"
        model: [{ value: "", text: qsTr("All my offices") }].concat(
                   AppController.sync.offices.map(code => ({ value: code, text: code })))
        Accessible.name: qsTr("Office")
    }
    ComboBox {
        id: siteBox
        width: 280
        implicitHeight: 56
        textRole: "text"
        valueRole: "value"
        model: [{ value: "", text: qsTr("All sites") }].concat(root.siteChoices)
        Accessible.name: qsTr("Site")
    }
    ComboBox {
        id: typeBox
        width: 220
        implicitHeight: 56
        textRole: "text"
        valueRole: "value"
        model: [{ value: 0, text: qsTr("All types") }].concat(Vocabulary.visitTypes)
        Accessible.name: qsTr("Visit type")
    }
    TextField {
        id: fromDay
        width: 170
        implicitHeight: 56
        placeholderText: qsTr("From yyyy-mm-dd")
        inputMethodHints: Qt.ImhDate
        validator: RegularExpressionValidator { regularExpression: /\d{4}-\d{2}-\d{2}/ }
    }
    TextField {
        id: toDay
        width: 170
        implicitHeight: 56
        placeholderText: qsTr("To yyyy-mm-dd")
        inputMethodHints: Qt.ImhDate
        validator: RegularExpressionValidator { regularExpression: /\d{4}-\d{2}-\d{2}/ }
    }
    TextField {
        id: monitor
        width: 200
        implicitHeight: 56
        placeholderText: qsTr("Monitor (account)")
        inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
    }
    ComboBox {
        id: reviewBox
        visible: root.showReviewFilters
        width: 240
        implicitHeight: 56
        textRole: "text"
        valueRole: "value"
        model: [{ value: "", text: qsTr("Any review status") },
                { value: "unreviewed", text: qsTr("Not reviewed") },
                { value: "reviewed", text: qsTr("Reviewed") },
                { value: "flagged", text: qsTr("Flagged") },
                { value: "follow_up_requested", text: qsTr("Follow-up requested") }]
        Accessible.name: qsTr("Review status")
    }
    Switch {
        id: alerts
        visible: root.showReviewFilters
        implicitHeight: 56
        text: qsTr("Alerts only")
    }
    Button {
        flat: true
        implicitHeight: 56
        text: qsTr("Clear filters")
        onClicked: root.clear()
    }
}
