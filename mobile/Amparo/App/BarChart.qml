import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Horizontal bars, one per row of a ChartModel (label, value, suppressed,
// note, alert). Suppressed counts (1 to 4) show as "<5" on a hatched stub,
// never as a number; a legend says so. Rows wrap long labels.
ColumnLayout {
    id: root

    property var model: null
    property string title
    property color barColor: "#00695c"
    property color alertColor: "#b00020"
    // Bars past this many are listed under "Show all".
    property int maxBars: 12
    property bool expanded: false
    readonly property int count: model ? model.count : 0
    readonly property real maxValue: model ? model.maxValue : 1
    readonly property bool hasSuppressed: model ? model.hasSuppressed : false

    signal barClicked(int index, string key)

    spacing: 6
    Layout.fillWidth: true

    Label {
        visible: root.title.length > 0
        text: root.title
        font.pixelSize: 20
        font.bold: true
        // One line, elided: a title that wraps differently as the card
        // settles its width made the card's layout loop.
        elide: Text.ElideRight
        Layout.fillWidth: true
    }
    Label {
        visible: root.count === 0
        text: qsTr("Nothing to show for these filters.")
        color: "#444444"
        Layout.fillWidth: true
    }

    Repeater {
        model: root.model

        ItemDelegate {
            id: bar

            required property int index
            required property string label
            required property real value
            required property bool suppressed
            required property string note
            required property bool alert
            required property string key

            objectName: "bar" + index
            visible: root.expanded || index < root.maxBars
            Layout.fillWidth: true
            implicitHeight: Math.max(48, content.implicitHeight + 12)
            padding: 4
            onClicked: root.barClicked(index, key)

            contentItem: ColumnLayout {
                id: content
                spacing: 2
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 8
                    Label {
                        text: bar.label
                        font.pixelSize: 16
                        wrapMode: Text.Wrap
                        Layout.preferredWidth: Math.min(280, root.width * 0.38)
                        color: bar.alert ? root.alertColor : "#111111"
                        font.bold: bar.alert
                    }
                    Item {
                        id: track
                        Layout.fillWidth: true
                        implicitHeight: 28

                        Rectangle {
                            visible: !bar.suppressed
                            height: parent.height
                            width: Math.max(2, track.width * bar.value / root.maxValue)
                            radius: 3
                            color: bar.alert ? root.alertColor : root.barColor
                        }
                        // A fixed stub with stripes: there is a count, but under 5.
                        Rectangle {
                            visible: bar.suppressed
                            height: parent.height
                            width: 36
                            radius: 3
                            color: "#d0d0d0"
                            clip: true
                            Repeater {
                                model: 6
                                Rectangle {
                                    required property int index
                                    x: index * 8 - 8
                                    y: -4
                                    width: 3
                                    height: 40
                                    rotation: 30
                                    color: "#9e9e9e"
                                }
                            }
                        }
                    }
                    Label {
                        objectName: "value"
                        text: bar.suppressed ? "<5" : Number(bar.value).toLocaleString(Qt.locale(), "f", 0)
                        font.pixelSize: 17
                        font.bold: true
                        horizontalAlignment: Text.AlignRight
                        Layout.preferredWidth: 72
                    }
                }
                Label {
                    visible: bar.note.length > 0
                    text: bar.note
                    color: bar.alert ? root.alertColor : "#444444"
                    font.pixelSize: 14
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
        }
    }

    Button {
        visible: root.count > root.maxBars
        flat: true
        text: root.expanded ? qsTr("Show fewer") : qsTr("Show all %1").arg(root.count)
        implicitHeight: 48
        onClicked: root.expanded = !root.expanded
    }
    Label {
        objectName: "suppressedLegend"
        visible: root.hasSuppressed
        text: qsTr("<5: fewer than 5 people; the exact count is withheld to protect them.")
        color: "#444444"
        font.pixelSize: 14
        font.italic: true
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
