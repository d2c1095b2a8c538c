import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One line of a record's content ({label, value, depth}): a section title
// when it has no value, else "label: value", indented by depth.
RowLayout {
    id: root

    required property var modelData

    Layout.fillWidth: true
    Layout.leftMargin: root.modelData.depth * 24
    spacing: 12

    Label {
        text: root.modelData.label
        font.pixelSize: root.modelData.value.length > 0 ? 16 : 18
        font.bold: root.modelData.value.length === 0
        color: root.modelData.value.length > 0 ? "#444444" : "#111111"
        wrapMode: Text.Wrap
        Layout.preferredWidth: root.modelData.value.length > 0 ? 260 : -1
        Layout.fillWidth: root.modelData.value.length === 0
    }
    Label {
        visible: root.modelData.value.length > 0
        text: root.modelData.value
        font.pixelSize: 17
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
