import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// The one obvious action on a screen: large, high contrast.
Button {
    highlighted: true
    font.pixelSize: 20
    font.bold: true
    implicitHeight: 64
    leftPadding: 32
    rightPadding: 32
    Material.accent: "#00695c"
}
