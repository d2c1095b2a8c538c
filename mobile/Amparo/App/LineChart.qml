import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Lines over time, drawn on a Canvas: chart = {labels: [...], series:
// [{name, values: [...]}], alerts: [bool per label]}. A missing value (not
// recorded) leaves a gap; a label with an alert gets a red marker.
ColumnLayout {
    id: root

    property var chart: ({ labels: [], series: [], alerts: [] })
    property string title
    property var colors: ["#5f6368", "#00695c", "#b00020", "#0b57d0"]
    readonly property int pointCount: chart && chart.labels ? chart.labels.length : 0

    spacing: 6
    Layout.fillWidth: true
    onChartChanged: canvas.requestPaint()

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
        visible: root.pointCount === 0
        text: qsTr("Nothing to show for these filters.")
        color: "#444444"
        Layout.fillWidth: true
    }

    Canvas {
        id: canvas
        visible: root.pointCount > 0
        Layout.fillWidth: true
        Layout.preferredHeight: 260
        onWidthChanged: requestPaint()
        onHeightChanged: requestPaint()

        onPaint: {
            const ctx = getContext("2d");
            ctx.reset();
            const d = root.chart;
            const n = root.pointCount;
            if (n === 0 || width <= 0)
                return;
            let most = 1;
            for (const s of d.series)
                for (const v of s.values)
                    if (v !== undefined && v !== null && v > most)
                        most = v;
            const left = 48, right = 16, top = 12, bottom = 40;
            const w = width - left - right, h = height - top - bottom;
            const xOf = i => left + (n === 1 ? w / 2 : i * w / (n - 1));
            const yOf = v => top + h - v * h / most;

            ctx.font = "14px sans-serif";
            ctx.strokeStyle = "#cccccc";
            ctx.fillStyle = "#444444";
            ctx.lineWidth = 1;
            for (let t = 0; t <= 4; ++t) {
                const v = Math.round(most * t / 4);
                const y = yOf(v);
                ctx.beginPath();
                ctx.moveTo(left, y);
                ctx.lineTo(left + w, y);
                ctx.stroke();
                ctx.fillText(String(v), 4, y + 5);
            }
            // Labels along the bottom, never overlapping (about 100 px each).
            let lastX = -1000;
            for (let i = 0; i < n; ++i) {
                const x = Math.max(0, Math.min(xOf(i) - 40, width - 90));
                if (x - lastX < 100)
                    continue;
                ctx.fillText(String(d.labels[i]), x, height - 12);
                lastX = x;
            }

            for (let i = 0; i < n; ++i) {
                if (d.alerts && d.alerts[i]) {
                    ctx.fillStyle = "rgba(176, 0, 32, 0.15)";
                    ctx.fillRect(xOf(i) - 8, top, 16, h);
                }
            }
            d.series.forEach((s, k) => {
                const color = root.colors[k % root.colors.length];
                ctx.strokeStyle = color;
                ctx.fillStyle = color;
                ctx.lineWidth = 3;
                ctx.beginPath();
                let drawing = false;
                for (let i = 0; i < n; ++i) {
                    const v = s.values[i];
                    if (v === undefined || v === null) {
                        drawing = false;
                        continue;
                    }
                    if (drawing)
                        ctx.lineTo(xOf(i), yOf(v));
                    else
                        ctx.moveTo(xOf(i), yOf(v));
                    drawing = true;
                }
                ctx.stroke();
                for (let i = 0; i < n; ++i) {
                    const v = s.values[i];
                    if (v === undefined || v === null)
                        continue;
                    ctx.beginPath();
                    ctx.arc(xOf(i), yOf(v), 4, 0, 2 * Math.PI);
                    ctx.fill();
                }
            });
        }
    }

    Flow {
        visible: root.pointCount > 0
        Layout.fillWidth: true
        spacing: 16
        Repeater {
            model: root.chart && root.chart.series ? root.chart.series : []
            Row {
                required property var modelData
                required property int index
                spacing: 6
                Rectangle {
                    width: 24
                    height: 6
                    anchors.verticalCenter: parent.verticalCenter
                    color: root.colors[index % root.colors.length]
                }
                Label {
                    text: modelData.name
                    font.pixelSize: 15
                }
            }
        }
        Row {
            visible: !!root.chart && !!root.chart.alerts && root.chart.alerts.indexOf(true) >= 0
            spacing: 6
            Rectangle {
                width: 16
                height: 16
                color: "#f3c6ce"
            }
            Label {
                text: qsTr("Alert raised")
                font.pixelSize: 15
                color: "#b00020"
            }
        }
    }
}
