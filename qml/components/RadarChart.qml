import QtQuick
import Yokoten.Ui

// A radar chart over the assessment areas: rings at 25/50/75/100, one polygon per series
// ({label, values: [0..100 or -1 for none], color}), the area labels around it and a legend.
Item {
    id: chart
    property var labels: []
    property var series: []
    implicitWidth: 480
    implicitHeight: 420
    onLabelsChanged: canvas.requestPaint()
    onSeriesChanged: canvas.requestPaint()

    readonly property real radius: Math.max(10, Math.min(width, height - legend.height) / 2 - 70)
    readonly property point centre: Qt.point(width / 2, (height - legend.height) / 2)
    function pointAt(i, value) {
        const angle = -Math.PI / 2 + 2 * Math.PI * i / Math.max(1, labels.length)
        const r = radius * Math.max(0, value) / 100
        return Qt.point(centre.x + r * Math.cos(angle), centre.y + r * Math.sin(angle))
    }

    Canvas {
        id: canvas
        anchors.fill: parent
        onPaint: {
            const ctx = getContext("2d")
            ctx.reset()
            const n = chart.labels.length
            if (n < 3)
                return
            ctx.strokeStyle = Theme.border
            ctx.lineWidth = 1
            for (let ring = 1; ring <= 4; ++ring) {
                ctx.beginPath()
                for (let i = 0; i <= n; ++i) {
                    const p = chart.pointAt(i % n, ring * 25)
                    i === 0 ? ctx.moveTo(p.x, p.y) : ctx.lineTo(p.x, p.y)
                }
                ctx.stroke()
            }
            for (let i = 0; i < n; ++i) {
                const p = chart.pointAt(i, 100)
                ctx.beginPath(); ctx.moveTo(chart.centre.x, chart.centre.y); ctx.lineTo(p.x, p.y); ctx.stroke()
            }
            for (const s of chart.series) {
                ctx.strokeStyle = s.color
                ctx.fillStyle = s.color
                ctx.lineWidth = 3
                ctx.beginPath()
                for (let i = 0; i <= n; ++i) {
                    const v = s.values[i % n]
                    const p = chart.pointAt(i % n, v === undefined ? 0 : v)
                    i === 0 ? ctx.moveTo(p.x, p.y) : ctx.lineTo(p.x, p.y)
                }
                ctx.globalAlpha = 0.18
                ctx.fill()
                ctx.globalAlpha = 1
                ctx.stroke()
                ctx.fillStyle = s.color
                for (let i = 0; i < n; ++i) {
                    if (s.values[i] === undefined || s.values[i] < 0)
                        continue // not answered: no dot
                    const p = chart.pointAt(i, s.values[i])
                    ctx.beginPath(); ctx.arc(p.x, p.y, 5, 0, 2 * Math.PI); ctx.fill()
                }
            }
        }
    }
    Repeater {
        model: chart.labels
        delegate: Text {
            required property string modelData
            required property int index
            readonly property point at: chart.pointAt(index, 118)
            // Left of the centre the label ends at its point, right of it it starts there,
            // straight above or below it is centred: neighbours never run into each other.
            readonly property int side: Math.abs(at.x - chart.centre.x) < 8 ? 0 : (at.x < chart.centre.x ? -1 : 1)
            x: Math.max(0, Math.min(chart.width - width, side === 0 ? at.x - width / 2 : (side < 0 ? at.x - width : at.x)))
            y: Math.max(0, Math.min(chart.height - height, at.y - height / 2 + (side === 0 ? 0 : (at.y > chart.centre.y ? height / 3 : 0))))
            width: Math.min(implicitWidth, Math.max(110, side === 0 ? chart.width * 0.5 : (side < 0 ? at.x : chart.width - at.x)))
            text: (index + 1) + ". " + modelData
            wrapMode: Text.Wrap
            horizontalAlignment: side < 0 ? Text.AlignRight : (side > 0 ? Text.AlignLeft : Text.AlignHCenter)
            font.pixelSize: Theme.small
            color: Theme.text
        }
    }
    Row {
        id: legend
        anchors.bottom: parent.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        spacing: Theme.gap
        Repeater {
            model: chart.series
            delegate: Row {
                required property var modelData
                spacing: 6
                Rectangle { width: 16; height: 16; radius: 3; color: modelData.color; anchors.verticalCenter: parent.verticalCenter }
                Text { text: modelData.label; font.pixelSize: Theme.small; color: Theme.text }
            }
        }
    }
}
