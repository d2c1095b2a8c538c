import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A multi-line text bound to a record field by path (narratives, notes).
ColumnLayout {
    id: root

    property QtObject editor
    property string path
    property string label
    property alias placeholderText: area.placeholderText
    readonly property string issue: {
        if (!editor || !editor.validated)
            return "";
        editor.issues;
        return editor.issueFor(path);
    }

    function refresh() {
        if (editor)
            area.text = editor.value(path) ?? "";
    }

    Layout.fillWidth: true
    spacing: 4
    Component.onCompleted: refresh()

    Connections {
        target: root.editor
        ignoreUnknownSignals: true
        function onRecordChanged() { root.refresh(); }
        // Values set elsewhere (a position, a derived field) show up too.
        function onFieldsChanged() { if (!area.activeFocus) root.refresh(); }
    }

    Label {
        text: root.label
        font.pixelSize: 17
        Layout.fillWidth: true
        wrapMode: Text.Wrap
    }
    TextArea {
        id: area
        Layout.fillWidth: true
        Layout.minimumHeight: 120
        wrapMode: TextEdit.Wrap
        font.pixelSize: 18
        onTextChanged: if (activeFocus) root.editor.setValue(root.path, text)
        Accessible.name: root.label
    }
    FieldIssue {
        text: root.issue
    }
}
