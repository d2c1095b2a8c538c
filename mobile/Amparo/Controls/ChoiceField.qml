import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// One value out of a few (a proto enum), as large toggle buttons that wrap.
// options: [{value: 1, text: "..."}, ...]
ColumnLayout {
    id: root

    property QtObject editor
    property string path
    property string label
    property var options: []
    property int current: 0
    readonly property string issue: {
        if (!editor || !editor.validated)
            return "";
        editor.issues;
        return editor.issueFor(path);
    }

    signal activated(int value)

    function refresh() {
        if (editor)
            current = editor.value(path) ?? 0;
    }

    Layout.fillWidth: true
    spacing: 4
    Component.onCompleted: refresh()

    Connections {
        target: root.editor
        ignoreUnknownSignals: true
        function onRecordChanged() { root.refresh(); }
        // Values set elsewhere (a position, a derived field) show up too.
        function onFieldsChanged() { root.refresh(); }
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
                checked: root.current === modelData.value
                highlighted: checked
                font.pixelSize: 17
                implicitHeight: 56
                Material.accent: "#00695c"
                onClicked: {
                    root.current = modelData.value;
                    root.editor.setValue(root.path, modelData.value);
                    root.activated(modelData.value);
                }
            }
        }
    }
    FieldIssue {
        text: root.issue
        severity: root.editor && root.issue ? root.editor.severityFor(root.path) : "error"
    }
}
