import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// A titled group of fields in a form.
Pane {
    id: root

    property string title
    default property alias content: column.data

    Layout.fillWidth: true
    Material.elevation: 1
    padding: 20

    ColumnLayout {
        id: column
        width: parent.width
        spacing: 16

        Label {
            text: root.title
            visible: text.length > 0
            font.pixelSize: 24
            font.bold: true
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }
    }
}
