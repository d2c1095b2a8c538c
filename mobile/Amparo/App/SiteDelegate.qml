import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A site in the picker: name, type and office.
ItemDelegate {
    id: root

    required property string siteId
    required property string name
    required property int siteType
    required property string office
    required property string subtype

    width: ListView.view ? ListView.view.width : implicitWidth
    implicitHeight: Math.max(64, column.implicitHeight + 16)

    contentItem: ColumnLayout {
        id: column
        spacing: 2
        Label {
            text: root.name
            font.pixelSize: 19
            font.bold: true
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Label {
            text: [Vocabulary.label(Vocabulary.siteTypes, root.siteType), root.subtype, root.office]
                  .filter(part => part).join(" · ")
            color: "#333333"
            font.pixelSize: 16
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
    }
}
