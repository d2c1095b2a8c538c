import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One row of the coordinator's visit log: a check box for reviewing several
// at once, site and type, when, who and which office, and an alert chip.
ItemDelegate {
    id: root

    required property int index
    required property string recordId
    required property int kind
    required property string siteName
    required property int visitType
    required property date occurredAt
    required property string author
    required property string officeCode
    required property bool alert
    required property bool selected
    required property bool deleted
    required property int peopleInterviewed
    property bool current: false
    // Check boxes for reviewing several at once (not in the conflicts queue).
    property bool selectable: true

    signal toggled(bool on)

    width: ListView.view ? ListView.view.width : implicitWidth
    implicitHeight: Math.max(72, row.implicitHeight + 16)
    highlighted: current

    contentItem: RowLayout {
        id: row
        spacing: 12
        CheckBox {
            visible: root.selectable
            checked: root.selected
            implicitWidth: 48
            implicitHeight: 48
            Accessible.name: qsTr("Select for review")
            onToggled: root.toggled(checked)
        }
        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true
            Label {
                text: root.kind === 2 ? (root.siteName || qsTr("Unknown site"))
                                      : Vocabulary.label(Vocabulary.recordKinds, root.kind)
                font.pixelSize: 19
                font.bold: true
                font.strikeout: root.deleted
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                text: [root.kind === 2 ? (Vocabulary.label(Vocabulary.visitTypes, root.visitType) || qsTr("Type not chosen")) : "",
                       Qt.formatDateTime(root.occurredAt, "yyyy-MM-dd HH:mm"),
                       root.author, root.officeCode,
                       root.kind === 2 && root.peopleInterviewed > 0 ? qsTr("%n interviewed", "", root.peopleInterviewed) : ""]
                      .filter(part => part.length > 0).join(" · ")
                color: "#333333"
                font.pixelSize: 16
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }
        Rectangle {
            visible: root.alert
            implicitWidth: alertLabel.implicitWidth + 20
            implicitHeight: 32
            radius: 16
            color: "#b00020"
            Label {
                id: alertLabel
                anchors.centerIn: parent
                text: qsTr("Alert")
                color: "white"
                font.pixelSize: 15
                font.bold: true
            }
        }
    }
}
