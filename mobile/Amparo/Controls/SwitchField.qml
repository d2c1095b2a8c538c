import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A yes/no record field, bound by path.
ColumnLayout {
    id: root

    property QtObject editor
    property string path
    property string label

    function refresh() {
        if (editor)
            toggle.checked = editor.value(path) === true;
    }

    Layout.fillWidth: true
    spacing: 0
    Component.onCompleted: refresh()

    Connections {
        target: root.editor
        ignoreUnknownSignals: true
        function onRecordChanged() { root.refresh(); }
        // Values set elsewhere (a position, a derived field) show up too.
        function onFieldsChanged() { if (!toggle.activeFocus) root.refresh(); }
    }

    Switch {
        id: toggle
        Layout.fillWidth: true
        implicitHeight: 56
        text: root.label
        font.pixelSize: 18
        onToggled: root.editor.setValue(root.path, checked)
    }
}
