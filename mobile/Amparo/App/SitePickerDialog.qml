import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Amparo.Core
import Amparo.Controls

// Choose the visited site from the list, searching by name.
Dialog {
    id: root
    objectName: "sitePicker"

    signal picked(string siteId)

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 48 : 640, 720)
    height: Math.min(parent ? parent.height - 48 : 640, 720)
    modal: true
    title: qsTr("Choose a site")
    // Our own button: Qt's standard buttons would need Qt's translations.
    NewSiteDialog {
        id: newSite
        onCreated: siteId => {
            root.picked(siteId);
            root.close();
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "newSiteButton"
            text: qsTr("New site…")
            flat: true
            implicitHeight: 56
            // Not a standard role: opening the form must not close the picker.
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: newSite.open()
        }
        Button {
            text: qsTr("Cancel")
            flat: true
            implicitHeight: 56
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }
    onOpened: search.forceActiveFocus()

    SiteListModel {
        id: sites
        store: AppController.store
        search: search.search
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        SearchField {
            id: search
            placeholderText: qsTr("Search sites")
        }
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: sites
            ScrollBar.vertical: ScrollBar { }
            delegate: SiteDelegate {
                onClicked: {
                    root.picked(siteId);
                    root.close();
                }
            }
            Label {
                anchors.centerIn: parent
                visible: list.count === 0
                text: qsTr("No site matches.")
            }
        }
    }
}
