import QtQuick
import QtCharts
import Tableside.Ui

// A score's weeks as a line over the chosen span: each point a week that was rated, the weeks
// along the bottom, oldest on the left in every language (as a calendar's time line reads), the
// score's range up the side.
ChartView {
    id: chart

    // {x: the week's Monday in milliseconds, y: the score}, oldest first.
    required property var points
    required property date firstWeek
    required property date lastWeek
    required property real lowest
    required property real highest
    property int tickCount: 5
    property string labelFormat: "%.0f"
    property string language: "en"

    antialiasing: true
    backgroundColor: Theme.card
    plotAreaColor: Theme.card
    legend.visible: false
    margins.top: 4
    margins.bottom: 4
    margins.left: 4
    margins.right: 4
    localizeNumbers: true
    // Qt 6.4's Qt Charts type information lacks the locale's type and ValueAxis, which it has.
    // qmllint disable
    locale: Qt.locale(chart.language)
    // qmllint enable

    function draw() {
        line.clear()
        dots.clear()
        for (const point of chart.points) {
            line.append(point.x, point.y)
            dots.append(point.x, point.y)
        }
    }
    onPointsChanged: draw()
    Component.onCompleted: draw()

    DateTimeAxis {
        id: weeksAxis
        min: chart.firstWeek
        max: chart.lastWeek
        format: "d MMM"
        tickCount: 4
        labelsColor: Theme.muted
        gridLineColor: Theme.line
        labelsFont.pixelSize: 12
    }
    // qmllint disable
    ValueAxis {
        id: scoreAxis
        min: chart.lowest
        max: chart.highest
        tickCount: chart.tickCount
        labelFormat: chart.labelFormat
        labelsColor: Theme.muted
        gridLineColor: Theme.line
        labelsFont.pixelSize: 12
    }
    LineSeries {
        id: line
        axisX: weeksAxis
        axisY: scoreAxis
        color: Theme.accent
        width: 3
    }
    ScatterSeries {
        id: dots
        axisX: weeksAxis
        axisY: scoreAxis
        color: Theme.accent
        borderColor: Theme.card
        markerSize: 9
    }
    // qmllint enable
}
