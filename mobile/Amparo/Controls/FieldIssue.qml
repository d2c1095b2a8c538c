import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// The finding for one field, in the chosen language: errors red, alerts
// and warnings amber, both on a light background for sunlight.
Label {
    id: root

    // "error", "alert" or "warning"
    property string severity: "error"

    visible: text.length > 0
    Layout.fillWidth: true
    wrapMode: Text.Wrap
    font.pixelSize: 17
    font.bold: true
    color: severity === "error" ? "#b00020" : "#7a4b00"
}
