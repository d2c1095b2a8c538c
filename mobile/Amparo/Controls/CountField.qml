import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A count of people or days. Empty means "not counted", which differs from 0.
ColumnLayout {
    id: root

    property QtObject editor
    property string path
    property string label
    readonly property string issue: {
        if (!editor || !editor.validated)
            return "";
        editor.issues;
        return editor.issueFor(path);
    }

    function refresh() {
        if (!editor)
            return;
        const value = editor.value(path);
        field.text = value === undefined || value === null ? "" : String(value);
    }

    Layout.fillWidth: true
    Layout.preferredWidth: 240 // equal columns in a grid
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
        objectName: "countInput"
        Layout.preferredWidth: 200
        font.pixelSize: 20
        inputMethodHints: Qt.ImhDigitsOnly
        validator: IntValidator { bottom: 0; top: 1000000 }
        placeholderText: qsTr("Not counted")
        onTextEdited: root.editor.setValue(root.path, text.length > 0 ? parseInt(text) : null)
        Accessible.name: root.label
    }
    FieldIssue {
        text: root.issue
        severity: root.editor && root.issue ? root.editor.severityFor(root.path) : "error"
    }
}
