import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Amparo.Core
import Amparo.Controls

// The coordinators' dashboard: figures the server computes over the records
// of their offices (DOMAIN.md §4), as bars for breakdowns and lines for
// trends. Counts from 1 to 4 are shown as "<5" (suppressed by the server).
Page {
    id: page
    objectName: "dashboardPage"

    property bool active: true
    // Off where the page holding it shows the alerts already.
    property bool showAlertBanner: true
    readonly property alias stats: stats
    property string detentionSite: ""
    property string shelterSite: ""

    signal alertsRequested()

    // 0 top … 1 bottom (screenshots of the lower charts).
    function scrollToFraction(fraction) {
        const flick = scroll.contentItem;
        flick.contentY = Math.max(0, (flick.contentHeight - flick.height) * fraction);
    }

    StatsModel {
        id: stats
        active: page.active
        sync: AppController.sync
        store: AppController.store
        language: AppController.language
        office: officeBox.currentIndex > 0 ? officeBox.currentValue : ""
        visitType: typeBox.currentValue ?? 0
        dateFrom: fromDay.acceptableInput ? fromDay.text : ""
        dateTo: toDay.acceptableInput ? toDay.text : ""
        onStatsChanged: {
            if (detentionCentres.count > 0 && !page.detentionSite)
                page.detentionSite = detentionCentres.get(0).key;
            if (shelters.count > 0 && !page.shelterSite)
                page.shelterSite = shelters.get(0).key;
        }
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: scroll.availableWidth - 32
            x: 16
            spacing: 16

            Item { implicitHeight: 4 }

            Flow {
                Layout.fillWidth: true
                spacing: 12
                ComboBox {
                    id: officeBox
                    width: 200
                    implicitHeight: 56
                    textRole: "text"
                    valueRole: "value"
                    model: [{ value: "", text: qsTr("All my offices") }].concat(
                               AppController.sync.offices.map(code => ({ value: code, text: code })))
                    Accessible.name: qsTr("Office")
                }
                ComboBox {
                    id: typeBox
                    width: 220
                    implicitHeight: 56
                    textRole: "text"
                    valueRole: "value"
                    model: [{ value: 0, text: qsTr("All types") }].concat(Vocabulary.visitTypes)
                    Accessible.name: qsTr("Visit type")
                }
                TextField {
                    id: fromDay
                    width: 170
                    implicitHeight: 56
                    placeholderText: qsTr("From yyyy-mm-dd")
                    validator: RegularExpressionValidator { regularExpression: /\d{4}-\d{2}-\d{2}/ }
                }
                TextField {
                    id: toDay
                    width: 170
                    implicitHeight: 56
                    placeholderText: qsTr("To yyyy-mm-dd")
                    validator: RegularExpressionValidator { regularExpression: /\d{4}-\d{2}-\d{2}/ }
                }
                Button {
                    flat: true
                    implicitHeight: 56
                    text: qsTr("Refresh")
                    onClicked: stats.refresh()
                }
                BusyIndicator {
                    running: stats.loading
                    visible: running
                    implicitHeight: 56
                }
            }

            Label {
                visible: stats.error.length > 0
                text: stats.error
                color: "#b00020"
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }

            AlertBanner {
                objectName: "openAlertsBanner"
                visible: page.showAlertBanner && stats.openAlerts > 0
                text: qsTr("%n visit(s) with an alert not reviewed yet", "", stats.openAlerts)
                TapHandler { onTapped: page.alertsRequested() }
            }

            // Headline figures.
            Flow {
                Layout.fillWidth: true
                spacing: 12
                visible: stats.loaded
                Repeater {
                    model: [
                        { label: qsTr("Visits"), value: stats.activity.visits, suppressed: false },
                        { label: qsTr("Access denied"), value: stats.activity.accessDenied, suppressed: false },
                        { label: qsTr("Interviews"), value: stats.activity.screenings, suppressed: false },
                        { label: qsTr("People covered"), value: stats.activity.peopleCovered,
                          suppressed: stats.activity.peopleCoveredSuppressed },
                        { label: qsTr("Information sessions"), value: stats.activity.sessions, suppressed: false },
                        { label: qsTr("Participants"), value: stats.activity.participants,
                          suppressed: stats.activity.participantsSuppressed },
                        { label: qsTr("Unaccompanied or separated children"), value: stats.activity.uasc,
                          suppressed: stats.activity.uascSuppressed }
                    ]
                    Pane {
                        required property var modelData
                        width: 220
                        Material.elevation: 1
                        ColumnLayout {
                            width: parent.width
                            spacing: 0
                            Label {
                                text: modelData.suppressed ? "<5" : Number(modelData.value ?? 0).toLocaleString(Qt.locale(), "f", 0)
                                font.pixelSize: 32
                                font.bold: true
                                color: "#004d40"
                            }
                            Label {
                                text: modelData.label
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                            }
                        }
                    }
                }
            }

            Flow {
                id: cards
                readonly property int columns: cards.width >= 1100 ? 2 : 1
                readonly property real cardWidth: (cards.width - (columns - 1) * spacing) / columns
                Layout.fillWidth: true
                spacing: 16
                visible: stats.loaded

                FormSection {
                    width: cards.cardWidth
                    BarChart {
                        objectName: "visitsByTypeChart"
                        title: qsTr("Visits by type")
                        model: stats.visitsByType
                    }
                }
                FormSection {
                    width: cards.cardWidth
                    LineChart {
                        title: qsTr("Activity per month")
                        chart: stats.trendChart
                    }
                }
                FormSection {
                    width: cards.cardWidth
                    BarChart {
                        objectName: "peopleChart"
                        title: qsTr("People covered by nationality, sex and age")
                        model: stats.people
                        barColor: "#0b57d0"
                    }
                }
                FormSection {
                    width: cards.cardWidth
                    BarChart {
                        title: qsTr("Specific needs")
                        model: stats.specificNeeds
                        barColor: "#6a1b9a"
                    }
                }
                FormSection {
                    width: cards.cardWidth
                    BarChart {
                        title: qsTr("Referrals by agency")
                        model: stats.referralAgencies
                        barColor: "#00695c"
                    }
                    BarChart {
                        title: qsTr("Referrals by agency and status")
                        model: stats.referralStatuses
                        barColor: "#5f6368"
                        maxBars: 8
                    }
                }
                FormSection {
                    width: cards.cardWidth
                    BarChart {
                        objectName: "detentionChart"
                        title: qsTr("Detention: population at the last visit (red: children present)")
                        model: stats.detentionCentres
                        onBarClicked: (index, key) => page.detentionSite = key
                    }
                    LineChart {
                        title: qsTr("Capacity, population and children over time: %1").arg(stats.siteName(page.detentionSite))
                        chart: {
                            stats.loaded;
                            return stats.detentionChart(page.detentionSite);
                        }
                        colors: ["#5f6368", "#0b57d0", "#b00020"]
                    }
                }
                FormSection {
                    width: cards.cardWidth
                    BarChart {
                        title: qsTr("Shelters: occupancy at the last visit (red: above capacity)")
                        model: stats.shelters
                        barColor: "#0b57d0"
                        onBarClicked: (index, key) => page.shelterSite = key
                    }
                    LineChart {
                        title: qsTr("Capacity and occupancy over time: %1").arg(stats.siteName(page.shelterSite))
                        chart: {
                            stats.loaded;
                            return stats.shelterChart(page.shelterSite);
                        }
                        colors: ["#5f6368", "#0b57d0"]
                    }
                }
            }

            Label {
                visible: stats.loaded
                text: qsTr("Computed by the server from %n record(s). Counts from 1 to 4 are shown as <5.", "",
                           stats.recordsConsidered)
                color: "#444444"
                font.italic: true
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Item { implicitHeight: 16 }
        }
    }
}
