import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Amparo.Core

// A record with two surviving versions, side by side, field by field. The
// coordinator keeps one version or merges, choosing each differing field;
// the server writes the result as a new revision and closes the other branch.
Page {
    id: page
    objectName: "conflictComparePage"

    property alias recordId: detail.recordId
    readonly property alias detail: detail
    // Fields taken from the right-hand version when merging.
    property var fromRight: ({})
    property bool embedded: false

    signal resolved()

    function chooseRight(field, on) {
        const next = Object.assign({}, page.fromRight);
        if (on)
            next[field] = true;
        else
            delete next[field];
        page.fromRight = next;
    }

    RecordDetail {
        id: detail
        sync: AppController.sync
        store: AppController.store
        language: AppController.language
        onResolved: {
            page.fromRight = {};
            page.resolved();
            if (page.StackView.view && !page.embedded)
                page.StackView.view.pop();
        }
    }

    header: ToolBar {
        Material.foreground: "white"
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: page.embedded ? 16 : 0
            ToolButton {
                visible: !page.embedded
                text: "‹ " + qsTr("Back")
                font.pixelSize: 18
                onClicked: page.StackView.view.pop()
            }
            Label {
                text: qsTr("Resolve a conflict")
                      + (detail.loaded && detail.siteName ? " · " + detail.siteName : "")
                font.pixelSize: 22
                font.bold: true
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            BusyIndicator {
                running: detail.loading || detail.resolving
                visible: running
                implicitHeight: 40
                implicitWidth: 40
            }
        }
    }

    footer: ToolBar {
        visible: detail.inConflict
        implicitHeight: 80
        Material.background: "#e8e8e8"
        Flow {
            anchors.fill: parent
            anchors.margins: 12
            spacing: 12
            Button {
                objectName: "keepLeft"
                text: qsTr("Keep the left version")
                implicitHeight: 56
                enabled: !detail.resolving
                onClicked: detail.resolveChoose(detail.leftHead.revision)
            }
            Button {
                objectName: "keepRight"
                text: qsTr("Keep the right version")
                implicitHeight: 56
                enabled: !detail.resolving
                onClicked: detail.resolveChoose(detail.rightHead.revision)
            }
            Button {
                objectName: "merge"
                text: qsTr("Merge: %n field(s) from the right", "", Object.keys(page.fromRight).length)
                highlighted: true
                implicitHeight: 56
                Material.accent: "#00695c"
                enabled: !detail.resolving && Object.keys(page.fromRight).length > 0
                onClicked: detail.resolveMerge(Object.keys(page.fromRight))
            }
        }
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: scroll.availableWidth - 32
            x: 16
            spacing: 12

            Item { implicitHeight: 4 }
            Label {
                visible: detail.error.length > 0
                text: detail.error
                color: "#b00020"
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                visible: detail.loaded && !detail.inConflict
                text: qsTr("This record is not in conflict (any more).")
                font.pixelSize: 20
                Layout.fillWidth: true
            }

            RowLayout {
                visible: detail.inConflict
                Layout.fillWidth: true
                spacing: 12
                Item { Layout.preferredWidth: 200 }
                Repeater {
                    model: [{ title: qsTr("Left: the version that wins for now"), head: detail.leftHead, color: "#00695c" },
                            { title: qsTr("Right: the other version"), head: detail.rightHead, color: "#b35c00" }]
                    Rectangle {
                        required property var modelData
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        implicitHeight: headColumn.implicitHeight + 16
                        radius: 4
                        color: modelData.color
                        ColumnLayout {
                            id: headColumn
                            anchors.fill: parent
                            anchors.margins: 8
                            spacing: 0
                            Label {
                                text: modelData.title
                                color: "white"
                                font.bold: true
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                            }
                            Label {
                                text: (modelData.head.author ?? "") + " · "
                                      + (modelData.head.modifiedAt ? Qt.formatDateTime(modelData.head.modifiedAt, "yyyy-MM-dd HH:mm") : "")
                                color: "white"
                                Layout.fillWidth: true
                                elide: Text.ElideRight
                            }
                        }
                    }
                }
            }

            Repeater {
                model: detail.conflictFields

                Pane {
                    id: row
                    required property var modelData
                    readonly property bool takesRight: page.fromRight[modelData.field] === true
                    Layout.fillWidth: true
                    padding: 8
                    Material.elevation: modelData.differs ? 2 : 0
                    background: Rectangle {
                        color: row.modelData.differs ? "#fff8e1" : "transparent"
                        radius: 4
                    }

                    RowLayout {
                        width: parent.width
                        spacing: 12
                        Label {
                            text: row.modelData.label + (row.modelData.differs ? " ≠" : "")
                            font.bold: row.modelData.differs
                            wrapMode: Text.Wrap
                            Layout.preferredWidth: 200
                        }
                        Repeater {
                            model: [{ side: "left", text: row.modelData.left }, { side: "right", text: row.modelData.right }]
                            ItemDelegate {
                                id: side
                                required property var modelData
                                readonly property bool chosen: modelData.side === "right" ? row.takesRight : !row.takesRight
                                Layout.fillWidth: true
                                Layout.preferredWidth: 1
                                enabled: row.modelData.differs
                                highlighted: row.modelData.differs && chosen
                                implicitHeight: Math.max(48, sideText.implicitHeight + 16)
                                onClicked: page.chooseRight(row.modelData.field, modelData.side === "right")
                                contentItem: Label {
                                    id: sideText
                                    text: side.modelData.text.length > 0 ? side.modelData.text : qsTr("(empty)")
                                    color: side.modelData.text.length > 0 ? "#111111" : "#777777"
                                    font.pixelSize: 16
                                    wrapMode: Text.Wrap
                                }
                            }
                        }
                    }
                }
            }
            Label {
                visible: detail.inConflict
                text: qsTr("Touch the value to keep in each highlighted field, then merge; or keep one version whole.")
                color: "#444444"
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Item { implicitHeight: 16 }
        }
    }
}
