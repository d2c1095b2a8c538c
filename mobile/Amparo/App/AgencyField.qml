import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Amparo.Core
import Amparo.Controls

// A referral agency from the shared reference table, named in the chosen
// language, bound to a record field by path. `write` decides how a choice is
// stored (a referral also looks up the case's consent for the agency).
ColumnLayout {
    id: root

    property QtObject editor
    property string path
    property string label
    property var write: code => editor.setValue(path, code)
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
        // Set elsewhere (a form action, a test): the box follows.
        function onFieldsChanged() { if (!box.popup.visible) root.refresh(); }
    }

    Label {
        text: root.label
        font.pixelSize: 17
    }
    ComboBox {
        id: box
        objectName: "agencyBox"
        Layout.fillWidth: true
        Layout.maximumWidth: 640
        implicitHeight: 56
        model: AppController.agencies
        textRole: "name"
        valueRole: "code"
        displayText: currentIndex < 0 ? qsTr("Choose…") : currentText
        onActivated: root.write(currentValue)
        onModelChanged: root.refresh() // names follow the language
        Accessible.name: root.label
    }
    FieldIssue {
        text: root.issue
    }
}
