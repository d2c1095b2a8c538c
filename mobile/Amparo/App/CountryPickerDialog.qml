import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Amparo.Core
import Amparo.Controls

// Pick a country (ISO 3166 alpha-3): search by name in Spanish or English,
// accents optional, or by code; names show in the chosen language.
Dialog {
    id: root
    objectName: "countryPicker"

    signal picked(string code)

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 48 : 720, 720)
    height: Math.min(parent ? parent.height - 48 : 640, 760)
    modal: true
    title: qsTr("Add a country")
    footer: DialogButtonBox {
        Button {
            text: qsTr("Cancel")
            flat: true
            implicitHeight: 56
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }
    onOpened: {
        search.text = "";
        search.forceActiveFocus();
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        SearchField {
            id: search
            objectName: "countrySearch"
            placeholderText: qsTr("Search by name or code")
        }
        ListView {
            id: list
            objectName: "countryList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: AppController.searchCountries(search.search)
            ScrollBar.vertical: ScrollBar { }
            delegate: ItemDelegate {
                required property var modelData
                width: ListView.view ? ListView.view.width : implicitWidth
                implicitHeight: 56
                text: modelData.name + "  ·  " + modelData.code
                font.pixelSize: 18
                onClicked: {
                    root.picked(modelData.code);
                    root.close();
                }
            }
            Label {
                anchors.centerIn: parent
                visible: list.count === 0
                text: qsTr("No country matches.")
            }
        }
    }
}
