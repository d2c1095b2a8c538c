import QtQuick
import QtQuick.Controls

// A coordinator's latest verdict on a record (records.v1.ReviewVerdict):
// reviewed ✓, flagged, or follow-up requested with its due date.
Rectangle {
    id: root

    property int verdict: 0
    property string due: ""
    readonly property var colors: ["transparent", "#146c2e", "#b00020", "#8a4b00"]
    readonly property string text: verdict === 1 ? qsTr("Reviewed ✓")
                                 : verdict === 2 ? qsTr("Flagged")
                                 : verdict === 3 ? (due ? qsTr("Follow-up by %1").arg(due) : qsTr("Follow-up requested"))
                                 : ""

    visible: verdict > 0
    implicitWidth: label.implicitWidth + 20
    implicitHeight: 32
    radius: 16
    color: "white"
    border.color: colors[verdict] ?? "#5f6368"
    border.width: 2
    Accessible.role: Accessible.StaticText
    Accessible.name: text

    Label {
        id: label
        anchors.centerIn: parent
        text: root.text
        color: root.border.color
        font.pixelSize: 15
        font.bold: true
    }
}
