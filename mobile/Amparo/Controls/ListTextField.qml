import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A list of short texts (a repeated string field), typed comma-separated:
// co-monitors' account names, languages.
ColumnLayout {
    id: root

    property QtObject editor
    property string path
    property string label
    property alias placeholderText: field.placeholderText

    function refresh() {
        if (editor)
            field.text = (editor.value(path) || []).join(", ");
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
        Layout.fillWidth: true
        wrapMode: Text.Wrap
    }
    TextField {
        id: field
        Layout.fillWidth: true
        font.pixelSize: 18
        inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
        onTextEdited: root.editor.setValue(root.path, text.split(",").map(part => part.trim())
                                                          .filter(part => part.length > 0))
        Accessible.name: root.label
    }
}
