import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Amparo.Controls

// One record in a list: site, type and time, and where it stands in sync.
ItemDelegate {
    id: root

    required property int index
    required property string recordId
    required property int kind
    required property string siteName
    required property int visitType
    required property date occurredAt
    required property int syncState
    required property string dueDay
    required property int reviewVerdict
    required property string reviewDue

    // Short dates so the line fits a narrow card: the time for today.
    readonly property string when: {
        // Follow-ups and incidents have a day, not a time.
        if (kind === 6 || kind === 7)
            return Qt.formatDate(occurredAt, "yyyy-MM-dd");
        const today = new Date();
        const sameDay = occurredAt.toDateString() === today.toDateString();
        return Qt.formatDateTime(occurredAt, sameDay ? "HH:mm" : (occurredAt.getFullYear() === today.getFullYear()
                                                                  ? "dd/MM HH:mm" : "yyyy-MM-dd"));
    }

    implicitHeight: Math.max(72, row.implicitHeight + 16)
    width: ListView.view ? ListView.view.width : implicitWidth

    // Title on its own line so site names fit narrow cards; state below.
    contentItem: ColumnLayout {
        id: row
        spacing: 2
        Label {
            text: root.kind === 2 ? (root.siteName || qsTr("Site not chosen"))
                                  : Vocabulary.label(Vocabulary.recordKinds, root.kind)
            font.pixelSize: 19
            font.bold: true
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        RowLayout {
            spacing: 8
            Layout.fillWidth: true
            Label {
                text: (root.kind === 2 ? (Vocabulary.label(Vocabulary.visitTypes, root.visitType) || qsTr("Type not chosen")) + " · " : "")
                      + (root.kind === 6 && root.dueDay ? qsTr("next %1").arg(root.dueDay) : root.when)
                color: "#333333"
                font.pixelSize: 16
                elide: Text.ElideRight
                Layout.fillWidth: true
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
}
