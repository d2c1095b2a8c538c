import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Amparo.Core
import Amparo.Controls

// A country (ISO 3166 alpha-3) from the shared reference table, named in the
// chosen language, bound to a record field by path.
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
        if (editor)
            box.currentIndex = box.indexOfValue(editor.value(path));
    }

    Layout.fillWidth: true
    spacing: 4
    Component.onCompleted: refresh()

    Connections {
        target: root.editor
        ignoreUnknownSignals: true
        function onRecordChanged() { root.refresh(); }
    }

    Label {
        text: root.label
        font.pixelSize: 17
    }
    ComboBox {
        id: box
        Layout.preferredWidth: 420
        implicitHeight: 56
        model: AppController.countries
        textRole: "name"
        valueRole: "code"
        displayText: currentIndex < 0 ? qsTr("Choose…") : currentText
        onActivated: root.editor.setValue(root.path, currentValue)
        onModelChanged: root.refresh() // names follow the language
        Accessible.name: root.label
    }
    FieldIssue {
        text: root.issue
    }
}
