import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Amparo.Controls

// The tool bar of a record form: back (saving first), title, save state and
// sync state.
ToolBar {
    id: root

    property string title
    property QtObject editor
    property Item page

    Material.foreground: "white"
    RowLayout {
        anchors.fill: parent
        ToolButton {
            text: "‹ " + qsTr("Back")
            font.pixelSize: 18
            onClicked: {
                root.editor.save();
                root.page.StackView.view.pop();
            }
        }
        Label {
            text: root.title
            font.pixelSize: 22
            font.bold: true
            Layout.fillWidth: true
            elide: Text.ElideRight
        }
        Label {
            text: root.editor.dirty ? qsTr("Saving…") : (root.editor.revision ? qsTr("Saved") : "")
            font.pixelSize: 16
        }
        SyncStateChip {
            syncState: root.editor.syncState
            visible: root.editor.revision !== ""
        }
        Item { implicitWidth: 8 }
    }
}
