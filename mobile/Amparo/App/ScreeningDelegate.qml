import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Amparo.Controls

// A screening inside a visit: time and sync state (no personal data).
ItemDelegate {
    id: root

    required property string recordId
    required property date occurredAt
    required property int syncState

    implicitHeight: 64
    width: ListView.view ? ListView.view.width : implicitWidth

    contentItem: RowLayout {
        spacing: 12
        Label {
            text: qsTr("Screening") + " · " + Qt.formatDateTime(root.occurredAt, "yyyy-MM-dd HH:mm")
            font.pixelSize: 18
            Layout.fillWidth: true
            elide: Text.ElideRight
        }
        SyncStateChip {
            syncState: root.syncState
        }
    }
}
