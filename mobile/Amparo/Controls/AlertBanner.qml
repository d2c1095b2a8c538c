import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A finding coordinators must see (e.g. children in detention): shown at
// the top of the form, impossible to miss.
Rectangle {
    id: root

    property string text

    Layout.fillWidth: true
    implicitHeight: label.implicitHeight + 32
    radius: 4
    color: "#fff3cd"
    border.color: "#b35c00"
    border.width: 3

    Label {
        id: label
        anchors.fill: parent
        anchors.margins: 16
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
        text: "⚠ " + root.text
        color: "#4d2600"
        font.pixelSize: 19
        font.bold: true
    }
}
