import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Amparo.Core
import Amparo.Controls

// Pick a UNHCR specific-needs code: search by code or by label in Spanish
// or English; labels show in the chosen language.
Dialog {
    id: root
    objectName: "needsPicker"

    signal picked(string code)

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 48 : 720, 820)
    height: Math.min(parent ? parent.height - 48 : 640, 760)
    modal: true
    title: qsTr("Add a specific need")
    // Our own button: Qt's standard buttons would need Qt's translations.
    footer: DialogButtonBox {
        Button {
            text: qsTr("Cancel")
            flat: true
            implicitHeight: 56
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }
    onOpened: search.forceActiveFocus()

    SpecificNeedModel {
        id: needs
        store: AppController.store
        search: search.search
        language: AppController.language
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        SearchField {
            id: search
            placeholderText: qsTr("Search by code or description")
        }
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: needs
            ScrollBar.vertical: ScrollBar { }
            section.property: "categoryLabel"
            section.delegate: Label {
                required property string section
                width: ListView.view ? ListView.view.width : implicitWidth
                text: section
                font.bold: true
                font.pixelSize: 17
                padding: 8
                background: Rectangle { color: "#e0f2f1" }
            }
            delegate: NeedDelegate {
                onClicked: {
                    root.picked(code);
                    root.close();
                }
            }
            Label {
                anchors.centerIn: parent
                visible: list.count === 0
                text: qsTr("No code matches.")
            }
        }
    }
}
