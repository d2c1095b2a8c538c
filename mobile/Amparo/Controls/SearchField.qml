import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A search box; `search` follows the text as it is typed.
TextField {
    readonly property string search: text.trim()

    Layout.fillWidth: true
    placeholderText: qsTr("Search")
    inputMethodHints: Qt.ImhNoPredictiveText
    font.pixelSize: 18
}
