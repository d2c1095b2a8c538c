import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A specific-needs code and its label.
ItemDelegate {
    id: root

    required property string code
    required property string label

    width: ListView.view ? ListView.view.width : implicitWidth
    implicitHeight: Math.max(56, row.implicitHeight + 12)

    contentItem: RowLayout {
        id: row
        spacing: 12
        Label {
            text: root.code
            font.pixelSize: 18
            font.bold: true
            Layout.preferredWidth: 80
        }
        Label {
            text: root.label
            font.pixelSize: 18
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
