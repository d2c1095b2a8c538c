import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A date and time (a proto Timestamp), typed as "yyyy-MM-dd HH:mm" in local
// time, with a one-touch "Now".
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
        field.text = value ? Qt.formatDateTime(value, "yyyy-MM-dd HH:mm") : "";
        field.invalid = false;
        field.edited = false;
    }

    // Only typed text is written back: the shown value has no seconds.
    function commit() {
        if (!field.edited)
            return;
        const text = field.text.trim();
        const match = /^(\d{4})-(\d{2})-(\d{2})\s+(\d{1,2}):(\d{2})$/.exec(text);
        field.invalid = text.length > 0 && match === null;
        if (text.length === 0)
            editor.setValue(path, null);
        else if (match)
            editor.setValue(path, new Date(match[1], match[2] - 1, match[3], match[4], match[5]));
        field.edited = field.invalid;
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
    }
    RowLayout {
        spacing: 8
        TextField {
            id: field
            property bool invalid: false
            property bool edited: false
            Layout.preferredWidth: 240
            font.pixelSize: 18
            inputMethodHints: Qt.ImhPreferNumbers
            placeholderText: "2026-11-20 15:00"
            onTextEdited: edited = true
            onEditingFinished: root.commit()
            Accessible.name: root.label
        }
        Button {
            text: qsTr("Now")
            implicitHeight: 56
            font.pixelSize: 17
            onClicked: {
                root.editor.setValue(root.path, new Date());
                root.refresh();
            }
        }
    }
    FieldIssue {
        text: field.invalid ? qsTr("Use the form 2026-11-20 15:00") : root.issue
    }
}
