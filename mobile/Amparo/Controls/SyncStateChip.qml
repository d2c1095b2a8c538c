import QtQuick
import QtQuick.Controls

// Where a record stands: draft, waiting to sync, synced, conflict, rejected
// (LocalStore.SyncState values).
Rectangle {
    id: root

    property int syncState: 0
    readonly property var names: [qsTr("Draft"), qsTr("Waiting to sync"), qsTr("Synced"), qsTr("Conflict"),
                                  qsTr("Rejected")]
    readonly property var colors: ["#5f6368", "#0b57d0", "#146c2e", "#b35c00", "#b00020"]

    implicitWidth: label.implicitWidth + 20
    implicitHeight: 32
    radius: 16
    color: colors[syncState] ?? colors[0]

    Label {
        id: label
        anchors.centerIn: parent
        text: root.names[root.syncState] ?? ""
        color: "white"
        font.pixelSize: 15
        font.bold: true
    }
}
