import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Amparo.Controls

// A screening inside a visit: time, review and sync state (no personal data;
// a note where the person would be once it left the device).
ItemDelegate {
    id: root

    required property string recordId
    required property date occurredAt
    required property int syncState
    required property int reviewVerdict
    required property string reviewDue
    required property bool personalDataRemoved

    implicitHeight: Math.max(64, contentItem.implicitHeight + 16)
    width: ListView.view ? ListView.view.width : implicitWidth

    contentItem: RowLayout {
        spacing: 12
        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true
            Label {
                text: qsTr("Screening") + " · " + Qt.formatDateTime(root.occurredAt, "yyyy-MM-dd HH:mm")
                font.pixelSize: 18
                Layout.fillWidth: true
                elide: Text.ElideRight
            }
            Label {
                visible: root.personalDataRemoved
                text: qsTr("Personal data removed from this device")
                color: "#5f6368"
                font.pixelSize: 15
                Layout.fillWidth: true
                elide: Text.ElideRight
            }
        }
        ReviewChip {
            verdict: root.reviewVerdict
            due: root.reviewDue
        }
        SyncStateChip {
            syncState: root.syncState
        }
    }
}
