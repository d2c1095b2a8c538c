import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A one-line text field bound to a record field by path.
ColumnLayout {
    id: root

    property QtObject editor
    property string path
    property string label
    property alias placeholderText: field.placeholderText
    property alias inputMethodHints: field.inputMethodHints
    readonly property string issue: {
        if (!editor || !editor.validated)
            return "";
        editor.issues; // re-evaluate when findings change
        return editor.issueFor(path);
    }

    function refresh() {
        if (editor)
            field.text = editor.value(path) ?? "";
    }

    Layout.fillWidth: true
    spacing: 4
    Component.onCompleted: refresh()

    Connections {
        target: root.editor
        ignoreUnknownSignals: true
        function onRecordChanged() { root.refresh(); }
        // Values set elsewhere (a position, a derived field) show up too.
        function onFieldsChanged() { if (!field.activeFocus) root.refresh(); }
    }

    Label {
        text: root.label
        font.pixelSize: 17
        Layout.fillWidth: true
        wrapMode: Text.Wrap
    }
    TextField {
        id: field
        Layout.fillWidth: true
        font.pixelSize: 18
        onTextEdited: root.editor.setValue(root.path, text)
        Accessible.name: root.label
    }
    FieldIssue {
        text: root.issue
        severity: root.editor && root.issue ? root.editor.severityFor(root.path) : "error"
    }
}
