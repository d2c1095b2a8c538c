import QtQuick
import QtTest
import Amparo.Core
import Amparo.App

// The dashboard's bars: a suppressed count (1 to 4) shows as "<5", never as
// a number, with a legend; an alert bar is marked; long lists fold.
Item {
    id: root
    width: 900
    height: 700

    ChartModel {
        id: bars
    }

    Component {
        id: chartComponent
        BarChart {
            width: root.width
            title: "People covered"
        }
    }

    TestCase {
        name: "BarChart"
        when: windowShown

        function valueText(chart, index) {
            const bar = findChild(chart, "bar" + index);
            verify(bar, "bar " + index);
            return findChild(bar, "value").text;
        }

        function test_suppressedCountsShowAsLessThanFive() {
            bars.setList([{ label: "Guatemala · Female · 18–59", value: 12 },
                          { label: "Haiti · Male · 0–4", value: 0, suppressed: true },
                          { label: "EM Siglo XXI", value: 320, alert: true, note: "children present: 10" }]);
            const chart = createTemporaryObject(chartComponent, root, { model: bars });
            verify(chart);
            waitForRendering(chart);
            compare(valueText(chart, 0), "12");
            compare(valueText(chart, 1), "<5");
            compare(valueText(chart, 2), "320");
            verify(findChild(chart, "suppressedLegend").visible);
        }

        function test_noLegendWithoutSuppression() {
            bars.setList([{ label: "Border", value: 7 }, { label: "Shelter", value: 5 }]);
            const chart = createTemporaryObject(chartComponent, root, { model: bars });
            waitForRendering(chart);
            verify(!findChild(chart, "suppressedLegend").visible);
        }

        function test_longListsFold() {
            const list = [];
            for (let i = 0; i < 20; ++i)
                list.push({ label: "Code " + i, value: 20 - i });
            bars.setList(list);
            const chart = createTemporaryObject(chartComponent, root, { model: bars, maxBars: 5 });
            waitForRendering(chart);
            verify(findChild(chart, "bar4").visible);
            verify(!findChild(chart, "bar5").visible);
            chart.expanded = true;
            verify(findChild(chart, "bar19").visible);
        }
    }
}
