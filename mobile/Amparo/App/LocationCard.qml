import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Amparo.Core
import Amparo.Controls

// Where the visit took place: the current GNSS fix and its accuracy, with a
// warning above 100 m; or a position typed by hand; or "no fix", recorded
// as such.
FormSection {
    id: root

    property QtObject editor
    property string path: "visit.location"
    readonly property int recordedSource: {
        editor.generation; // re-read after every change
        return editor.value(path + ".source") ?? 0;
    }

    function formatFix(latitude, longitude, accuracy) {
        let text = latitude.toFixed(5) + ", " + longitude.toFixed(5);
        if (accuracy > 0)
            text += " ± " + Math.round(accuracy) + " m";
        return text;
    }

    title: qsTr("Location")

    PositionController {
        id: gps
        active: root.visible
    }

    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        font.pixelSize: 18
        text: !gps.available ? qsTr("No position source on this device.")
              : !gps.hasFix ? qsTr("Waiting for a position…")
              : qsTr("Current position: %1").arg(root.formatFix(gps.latitude, gps.longitude, gps.horizontalAccuracy))
    }
    FieldIssue {
        severity: "warning"
        text: gps.accuracyWarning ? qsTr("Accuracy is worse than 100 m: check the position or enter it by hand.") : ""
    }
    Label {
        objectName: "recordedLocation"
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        font.bold: true
        text: {
            root.editor.generation;
            const where = root.formatFix(root.editor.value(root.path + ".latitude") ?? 0,
                                         root.editor.value(root.path + ".longitude") ?? 0,
                                         root.editor.value(root.path + ".horizontal_accuracy_m") ?? 0);
            switch (root.recordedSource) {
            case 1: return qsTr("Recorded (GNSS): %1").arg(where);
            case 2: return qsTr("Recorded (entered by hand): %1").arg(where);
            case 3: return qsTr("Recorded: no fix");
            default: return qsTr("No position recorded yet.");
            }
        }
    }
    Flow {
        Layout.fillWidth: true
        spacing: 8
        Button {
            objectName: "useFixButton"
            text: qsTr("Use this position")
            enabled: gps.hasFix
            implicitHeight: 56
            onClicked: gps.applyTo(root.editor, root.path)
        }
        Button {
            text: qsTr("Enter by hand")
            checkable: true
            checked: manual.visible
            implicitHeight: 56
            onClicked: manual.visible = !manual.visible
        }
        Button {
            text: qsTr("No fix")
            implicitHeight: 56
            onClicked: gps.applyNoFix(root.editor, root.path)
        }
    }
    RowLayout {
        id: manual
        visible: false
        spacing: 8
        TextField {
            id: latitude
            Layout.preferredWidth: 200
            placeholderText: qsTr("Latitude")
            inputMethodHints: Qt.ImhFormattedNumbersOnly
            validator: DoubleValidator { bottom: -90; top: 90; decimals: 6; notation: DoubleValidator.StandardNotation }
        }
        TextField {
            id: longitude
            Layout.preferredWidth: 200
            placeholderText: qsTr("Longitude")
            inputMethodHints: Qt.ImhFormattedNumbersOnly
            validator: DoubleValidator { bottom: -180; top: 180; decimals: 6; notation: DoubleValidator.StandardNotation }
        }
        Button {
            text: qsTr("Save position")
            enabled: latitude.acceptableInput && longitude.acceptableInput
            implicitHeight: 56
            onClicked: {
                if (gps.applyManual(root.editor, root.path, Number(latitude.text), Number(longitude.text)))
                    manual.visible = false;
            }
        }
    }
}
