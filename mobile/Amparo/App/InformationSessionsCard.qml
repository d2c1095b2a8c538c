import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Amparo.Core
import Amparo.Controls

// Information sessions given during the visit: topics and participants by
// sex and age, as many as were held.
FormSection {
    id: root

    property QtObject editor
    readonly property string path: "visit.information_sessions"
    readonly property int sessionCount: {
        editor.generation; // re-read after every change
        return editor.count(path);
    }

    title: qsTr("Information sessions")

    Repeater {
        model: root.sessionCount

        ColumnLayout {
            id: session
            required property int index
            readonly property string base: root.path + "[" + index + "]"
            Layout.fillWidth: true
            spacing: 8

            RowLayout {
                Layout.fillWidth: true
                Label {
                    text: qsTr("Session %1").arg(session.index + 1)
                    font.pixelSize: 19
                    font.bold: true
                    Layout.fillWidth: true
                }
                Button {
                    text: qsTr("Remove")
                    implicitHeight: 48
                    onClicked: root.editor.removeAt(root.path, session.index)
                }
            }
            MultiChoiceField {
                editor: root.editor
                path: session.base + ".topics"
                label: qsTr("Topics")
                options: Vocabulary.informationTopics
            }
            GridLayout {
                Layout.fillWidth: true
                columns: root.width > 760 ? 3 : 2
                columnSpacing: 16
                CountField { editor: root.editor; path: session.base + ".participants.total"; label: qsTr("Participants") }
                CountField { editor: root.editor; path: session.base + ".participants.women"; label: qsTr("Women") }
                CountField { editor: root.editor; path: session.base + ".participants.men"; label: qsTr("Men") }
                CountField { editor: root.editor; path: session.base + ".participants.girls"; label: qsTr("Girls") }
                CountField { editor: root.editor; path: session.base + ".participants.boys"; label: qsTr("Boys") }
            }
        }
    }
    Button {
        objectName: "addSessionButton"
        text: qsTr("Add an information session")
        implicitHeight: 56
        font.pixelSize: 18
        // Writing one past the end appends a new session.
        onClicked: root.editor.setValue(root.path + "[" + root.sessionCount + "].topics", [])
    }
}
