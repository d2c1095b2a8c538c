import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Amparo.Core
import Amparo.Controls

// Several countries (a repeated ISO 3166 alpha-3 field), in order, as
// removable chips, added through the searchable country picker.
ColumnLayout {
    id: root

    property QtObject editor
    property string path
    property string label
    readonly property var codes: editor && editor.generation >= 0 ? (editor.value(path) || []) : []
    readonly property string issue: {
        if (!editor || !editor.validated)
            return "";
        editor.issues;
        return editor.issueFor(path);
    }

    Layout.fillWidth: true
    spacing: 4

    CountryPickerDialog {
        id: picker
        onPicked: code => {
            if (root.codes.indexOf(code) < 0)
                root.editor.setValue(root.path, root.codes.concat([code]));
        }
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
            model: root.codes
            Button {
                required property string modelData
                required property int index
                text: (AppController.language, AppController.countryName(modelData) || modelData) + "  ✕"
                font.pixelSize: 17
                implicitHeight: 56
                Accessible.name: qsTr("Remove %1").arg(text)
                onClicked: {
                    const next = root.codes.slice();
                    next.splice(index, 1);
                    root.editor.setValue(root.path, next);
                }
            }
        }
        Button {
            objectName: "addCountryButton"
            text: qsTr("Add a country…")
            font.pixelSize: 17
            implicitHeight: 56
            onClicked: picker.open()
        }
    }
    FieldIssue {
        text: root.issue
    }
}
