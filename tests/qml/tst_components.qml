import QtQuick
import QtTest
import Yokoten.Core
import Yokoten.Ui

TestCase {
    id: testCase
    name: "Components"
    when: windowShown
    width: 800
    height: 600

    Component { id: chartComponent; MetricChart { width: 600 } }
    Component { id: chipComponent; StatusChip {} }
    Component { id: indicatorComponent; SyncIndicator { width: 400 } }

    // Overtime went down and lower is better: improved, −40 %.
    function test_metricChartLowerIsBetter() {
        const chart = createTemporaryObject(chartComponent, testCase,
            { label: "残業時間", unit: "時間/月", before: 20, after: 12, lowerIsBetter: true })
        verify(chart.improved)
        compare(chart.changePercent, -40)
    }

    function test_metricChartHigherIsBetter() {
        const chart = createTemporaryObject(chartComponent, testCase,
            { label: "満足度", unit: "点", before: 3, after: 2, lowerIsBetter: false })
        verify(!chart.improved)
        compare(chart.changePercent, -33)
    }

    function test_metricChartWithoutBaseline() {
        const chart = createTemporaryObject(chartComponent, testCase, { label: "x", before: 0, after: 5 })
        compare(chart.changePercent, 0)
    }

    function test_statusChipHidesWhenEmpty() {
        const chip = createTemporaryObject(chipComponent, testCase, { text: "" })
        verify(!chip.shown, "hidden while empty")
        chip.text = "送信待ち"
        verify(chip.shown, "shown with a text")
        verify(chip.implicitWidth > 20)
    }

    // Without a store the indicator says so, instead of pretending to be up to date.
    function test_syncIndicatorWithoutServer() {
        const indicator = createTemporaryObject(indicatorComponent, testCase)
        verify(indicator.stateText.length > 0)
        compare(Sync.state, Sync.NotConnected)
        verify(indicator.height >= Theme.touch)
    }

    // Text grows with the chosen size, and touch targets stay at least 48 px.
    function test_themeScalesText() {
        const before = Theme.body
        Settings.textScale = 1.5
        verify(Theme.body > before)
        Settings.textScale = 1.0
        compare(Theme.body, before)
        verify(Theme.touch >= 48)
    }
}
