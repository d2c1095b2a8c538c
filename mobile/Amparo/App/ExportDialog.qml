import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Amparo.Core

// Export what the visit log shows (its office, site, type, dates, monitor)
// as an Excel workbook (every kind of record, one sheet each) or a CSV file
// of one kind, with HXL hashtags, into Downloads.
Dialog {
    id: root
    objectName: "exportDialog"

    // The visit log whose filters apply (null: everything in my offices).
    property VisitLogModel filters: null

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 48 : 640, 640)
    modal: true
    title: qsTr("Export")

    ExportController {
        id: exporter
        sync: AppController.sync
    }

    ColumnLayout {
        width: parent.width
        spacing: 8

        RadioButton {
            text: qsTr("Excel workbook: every kind of record, one sheet each")
            checked: exporter.format === "xlsx"
            implicitHeight: 48
            onClicked: exporter.format = "xlsx"
        }
        RadioButton {
            text: qsTr("CSV file: one kind of record")
            checked: exporter.format === "csv"
            implicitHeight: 48
            onClicked: exporter.format = "csv"
        }
        ComboBox {
            visible: exporter.format === "csv"
            Layout.fillWidth: true
            implicitHeight: 56
            textRole: "text"
            valueRole: "value"
            model: Vocabulary.recordKinds.filter(k => k.value !== 4)
            Component.onCompleted: currentIndex = indexOfValue(exporter.kind)
            onActivated: exporter.kind = currentValue
            Accessible.name: qsTr("Kind of record")
        }
        Switch {
            text: qsTr("HXL hashtags on a second header row")
            checked: exporter.hxl
            implicitHeight: 48
            onToggled: exporter.hxl = checked
        }
        Label {
            text: root.filters ? qsTr("With the visit log's filters. Names and contacts are never exported.")
                               : qsTr("Everything in your offices. Names and contacts are never exported.")
            color: "#444444"
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        ProgressBar {
            visible: exporter.running
            Layout.fillWidth: true
            indeterminate: exporter.progress < 0
            value: Math.max(0, exporter.progress)
        }
        Label {
            objectName: "savedPath"
            visible: exporter.savedPath.length > 0
            text: qsTr("Saved to %1").arg(exporter.savedPath)
            color: "#146c2e"
            font.bold: true
            wrapMode: Text.WrapAnywhere
            Layout.fillWidth: true
        }
        Label {
            visible: exporter.error.length > 0
            text: exporter.error
            color: "#b00020"
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }

    footer: DialogButtonBox {
        Button {
            text: exporter.running ? qsTr("Cancel") : qsTr("Close")
            flat: true
            implicitHeight: 56
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: exporter.running ? exporter.cancel() : root.close()
        }
        Button {
            objectName: "startExport"
            text: qsTr("Export")
            highlighted: true
            enabled: !exporter.running
            implicitHeight: 56
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: exporter.start(root.filters)
        }
    }
}
