import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Amparo.Core
import Amparo.Controls

// A record edited on two devices: the fields that differ side by side, and
// "keep mine" / "keep theirs". The comparison and the resolution are C++
// (ConflictModel); this page only presents them.
Page {
    id: page
    objectName: "conflictPage"

    property string recordId: ""

    header: ToolBar {
        Material.foreground: "white"
        RowLayout {
            anchors.fill: parent
            ToolButton {
                text: "‹ " + qsTr("Back")
                font.pixelSize: 18
                onClicked: page.StackView.view.pop()
            }
            Label {
                text: qsTr("Conflict")
                font.pixelSize: 22
                font.bold: true
                Layout.fillWidth: true
            }
        }
    }

    ConflictModel {
        id: conflict
        store: AppController.store
        recordId: page.recordId
        onResolved: page.StackView.view.pop()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 12

        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.pixelSize: 17
            text: conflict.inConflict
                  ? qsTr("This record was changed on this device and on another one. Choose which version to keep; the other one is closed on the server at the next sync.")
                  : qsTr("This record is not in conflict.")
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            visible: conflict.inConflict
            Label {
                text: qsTr("Field")
                font.bold: true
                Layout.preferredWidth: 1
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("This device")
                font.bold: true
                Layout.preferredWidth: 1
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("Other device")
                font.bold: true
                Layout.preferredWidth: 1
                Layout.fillWidth: true
            }
        }

        ListView {
            id: list
            objectName: "conflictList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: conflict
            ScrollBar.vertical: ScrollBar { }
            delegate: RowLayout {
                id: difference
                required property string path
                required property string mine
                required property string theirs
                width: ListView.view.width
                spacing: 8
                Label {
                    text: difference.path
                    wrapMode: Text.WrapAnywhere
                    color: "#333333"
                    Layout.preferredWidth: 1
                    Layout.fillWidth: true
                }
                Label {
                    text: difference.mine || "—"
                    wrapMode: Text.Wrap
                    Layout.preferredWidth: 1
                    Layout.fillWidth: true
                }
                Label {
                    text: difference.theirs || "—"
                    wrapMode: Text.Wrap
                    Layout.preferredWidth: 1
                    Layout.fillWidth: true
                }
            }
        }

        FieldIssue {
            text: conflict.lastError
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: 12
            visible: conflict.inConflict
            Button {
                objectName: "keepMineButton"
                text: qsTr("Keep mine")
                implicitHeight: 56
                highlighted: true
                Layout.fillWidth: true
                onClicked: conflict.keepMine()
            }
            Button {
                objectName: "keepTheirsButton"
                text: qsTr("Keep theirs")
                implicitHeight: 56
                Layout.fillWidth: true
                onClicked: conflict.keepTheirs()
            }
        }
    }
}
