import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Amparo.Core
import Amparo.Controls

// The coordinators' reviews of the record shown in a form: verdict, due
// date and comment, newest first. Hidden when there are none.
FormSection {
    id: root

    property string recordId: ""

    title: qsTr("Coordinator reviews")
    visible: reviews.count > 0

    ReviewModel {
        id: reviews
        store: AppController.store
        recordId: root.recordId
    }

    Repeater {
        model: reviews
        delegate: ColumnLayout {
            id: entry
            required property int verdict
            required property string comment
            required property string followUpDue
            required property string reviewer
            required property date reviewedAt
            Layout.fillWidth: true
            spacing: 4
            RowLayout {
                spacing: 8
                ReviewChip {
                    verdict: entry.verdict
                    due: entry.followUpDue
                }
                Label {
                    text: entry.reviewer + " · " + Qt.formatDateTime(entry.reviewedAt, "yyyy-MM-dd HH:mm")
                    color: "#333333"
                    font.pixelSize: 15
                }
            }
            Label {
                visible: text.length > 0
                text: entry.comment
                wrapMode: Text.Wrap
                font.pixelSize: 17
                Layout.fillWidth: true
            }
        }
    }
}
