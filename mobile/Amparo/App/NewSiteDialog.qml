import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Amparo.Core
import Amparo.Controls

// A site that is not in the list yet: name, type, subtype and municipality.
// Saved as its own record (waiting to sync), then picked for the visit.
Dialog {
    id: root
    objectName: "newSiteDialog"

    signal created(string siteId)

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 48 : 720, 760)
    height: Math.min(parent ? parent.height - 48 : 640, 720)
    modal: true
    title: qsTr("New site")
    onOpened: site.newRecord()

    SiteEditor {
        id: site
        store: AppController.store
        language: AppController.language
    }

    footer: DialogButtonBox {
        Button {
            text: qsTr("Cancel")
            flat: true
            implicitHeight: 56
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
        Button {
            objectName: "saveSiteButton"
            text: qsTr("Save site")
            highlighted: true
            implicitHeight: 56
            DialogButtonBox.buttonRole: DialogButtonBox.ApplyRole
            onClicked: {
                if (site.finalize()) {
                    root.created(site.recordId);
                    root.close();
                }
            }
        }
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: parent.width
            spacing: 12
            BoundTextField {
                editor: site
                path: "site.name"
                label: qsTr("Name")
            }
            ChoiceField {
                editor: site
                path: "site.site_type"
                label: qsTr("Type of site")
                options: Vocabulary.siteTypes
            }
            BoundTextField {
                editor: site
                path: "site.subtype"
                label: qsTr("Subtype (e.g. garita, río, DIF shelter)")
            }
            BoundTextField {
                editor: site
                path: "site.adm2"
                label: qsTr("Municipality")
            }
            FieldIssue {
                text: site.lastError
            }
        }
    }
}
