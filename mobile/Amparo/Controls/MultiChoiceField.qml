import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// Several values out of a list (a repeated proto enum), as check buttons.
ColumnLayout {
    id: root

    property QtObject editor
    property string path
    property string label
    property var options: []
    property int revision: 0 // bumped to re-read the checks
    readonly property string issue: {
        if (!editor || !editor.validated)
            return "";
        editor.issues;
        return editor.issueFor(path);
    }

    Layout.fillWidth: true
    spacing: 4

    Connections {
        target: root.editor
        ignoreUnknownSignals: true
        function onRecordChanged() { root.revision++; }
        function onFieldsChanged() { root.revision++; }
    }

    Label {
        text: root.label
        font.pixelSize: 17
        Layout.fillWidth: true
        wrapMode: Text.Wrap
    }
    Flow {
        Layout.fillWidth: true
        spacing: 8

        Repeater {
            model: root.options

            Button {
                required property var modelData
                text: modelData.text
                checkable: true
                checked: root.revision >= 0 && root.editor !== null && root.editor.hasItem(root.path, modelData.value)
                highlighted: checked
                font.pixelSize: 17
                implicitHeight: 56
                Material.accent: "#00695c"
                onToggled: root.editor.setItem(root.path, modelData.value, checked)
            }
        }
    }
    FieldIssue {
        text: root.issue
    }
}
