import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A record's revisions, oldest first: each one's number, its hash and
// parent, who made it and when (known for the live heads), and which one
// wins, conflicts or withdraws the record.
ColumnLayout {
    id: root

    // RecordDetail.history
    property var revisions: []

    spacing: 4
    Layout.fillWidth: true

    Repeater {
        model: root.revisions

        RowLayout {
            id: item
            required property var modelData
            Layout.fillWidth: true
            spacing: 12

            Rectangle {
                implicitWidth: 40
                implicitHeight: 40
                radius: 20
                color: item.modelData.winner ? "#00695c" : (item.modelData.head ? "#b35c00" : "#9e9e9e")
                Label {
                    anchors.centerIn: parent
                    text: item.modelData.generation
                    color: "white"
                    font.bold: true
                }
            }
            ColumnLayout {
                spacing: 0
                Layout.fillWidth: true
                Label {
                    text: [item.modelData.winner ? qsTr("Current version")
                                                 : (item.modelData.head ? qsTr("Conflicting version") : qsTr("Earlier version")),
                           item.modelData.deleted ? qsTr("withdrawn") : "",
                           item.modelData.author,
                           item.modelData.modifiedAt && !isNaN(item.modelData.modifiedAt)
                               ? Qt.formatDateTime(item.modelData.modifiedAt, "yyyy-MM-dd HH:mm") : ""]
                          .filter(part => part.length > 0).join(" · ")
                    font.pixelSize: 17
                    font.bold: item.modelData.head
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    text: qsTr("revision %1").arg(item.modelData.hash)
                          + (item.modelData.parent ? " · " + qsTr("after %1").arg(item.modelData.parent.split("-")[0]) : "")
                    color: "#555555"
                    font.pixelSize: 14
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                }
            }
        }
    }
}
