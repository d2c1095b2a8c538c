import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Amparo.Controls

// After finalizing: how many fields still need an answer. Each message is
// also shown inline on its field.
Rectangle {
    id: root

    property QtObject editor

    Layout.fillWidth: true
    visible: editor !== null && editor.validated && editor.errorCount > 0
    implicitHeight: column.implicitHeight + 32
    radius: 4
    color: "#fde7e9"
    border.color: "#b00020"
    border.width: 2

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: 16
        spacing: 6
        Label {
            text: qsTr("%n field(s) need attention before this record can be finalized.", "",
                       root.editor ? root.editor.errorCount : 0)
            font.pixelSize: 19
            font.bold: true
            color: "#7a0014"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }
        Repeater {
            model: root.editor ? root.editor.issues.filter(issue => issue.severity === "error").slice(0, 6) : []
            Label {
                required property var modelData
                text: "• " + modelData.message
                color: "#7a0014"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
            }
        }
    }
}
