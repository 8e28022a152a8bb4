import Foundation

/// Inline SVG charts for the HTML report: no script, no external file, readable when printed.
package enum HTMLCharts {
    /// Horizontal bars of scores from 0 to 100; rows without a score say so instead of a bar.
    package static func scoreBars(_ rows: [(label: String, score: Int?)], title: String) -> String {
        let rowHeight = 30, top = 4, labelRight = 290, barLeft = 302, barWidth = 520
        let height = top * 2 + rowHeight * rows.count
        var svg = "<svg class=\"chart\" viewBox=\"0 0 880 \(height)\" role=\"img\" aria-label=\"\(HTMLEscaping.text(title))\">"
        svg += "<title>\(HTMLEscaping.text(title))</title>"
        for (index, row) in rows.enumerated() {
            let y = top + index * rowHeight
            svg += "<text x=\"\(labelRight)\" y=\"\(y + 20)\" text-anchor=\"end\" class=\"chart-label\">\(HTMLEscaping.text(row.label))</text>"
            svg += "<rect x=\"\(barLeft)\" y=\"\(y + 7)\" width=\"\(barWidth)\" height=\"16\" rx=\"3\" class=\"chart-track\"/>"
            guard let score = row.score else {
                svg += "<text x=\"\(barLeft + 8)\" y=\"\(y + 19)\" class=\"chart-none\">not scored</text>"
                continue
            }
            let clamped = min(100, max(0, score))
            let width = Double(barWidth) * Double(clamped) / 100
            svg += "<rect x=\"\(barLeft)\" y=\"\(y + 7)\" width=\"\(number(width))\" height=\"16\" rx=\"3\" class=\"fill-\(scoreClass(clamped))\">"
            svg += "<title>\(HTMLEscaping.text(row.label)): \(clamped)/100</title></rect>"
            svg += "<text x=\"\(barLeft + barWidth + 10)\" y=\"\(y + 20)\" class=\"chart-value\">\(clamped)</text>"
        }
        return svg + "</svg>"
    }

    /// A donut of shares (fractions summing to 1) with its legend; the largest share is written in the middle.
    package static func donut(_ slices: [(label: String, fraction: Double, color: String)], title: String) -> String {
        let circle = "cx=\"21\" cy=\"21\" r=\"15.91549\" fill=\"none\" stroke-width=\"6\""
        var svg = "<svg viewBox=\"0 0 42 42\" role=\"img\" aria-label=\"\(HTMLEscaping.text(title))\"><title>\(HTMLEscaping.text(title))</title>"
        svg += "<circle \(circle) stroke=\"#edf0f4\"/>"
        // The circumference is 100, so a slice's dash length is its percentage; an offset of 25 starts at the top.
        var start = 0.0
        for slice in slices {
            let length = max(0, min(100, slice.fraction * 100))
            svg +=
                "<circle \(circle) stroke=\"\(slice.color)\" stroke-dasharray=\"\(number(length)) \(number(100 - length))\" "
                + "stroke-dashoffset=\"\(number(25 - start))\"><title>\(HTMLEscaping.text(slice.label)) \(ReportText.percent(slice.fraction))</title></circle>"
            start += length
        }
        if let first = slices.first {
            svg += "<text x=\"21\" y=\"23\" text-anchor=\"middle\" class=\"donut-center\">\(ReportText.percent(first.fraction))</text>"
        }
        svg += "</svg>"
        var legend = "<ul class=\"legend\">"
        for slice in slices {
            legend +=
                "<li><span class=\"swatch\" style=\"background:\(slice.color)\"></span>"
                + "\(HTMLEscaping.text(slice.label)) <span class=\"muted\">\(ReportText.percent(slice.fraction))</span></li>"
        }
        return "<div class=\"language-mix\">" + svg + legend + "</ul></div>"
    }

    /// A line of counts over time, oldest first, with the area under it shaded and the last point marked.
    /// It stretches to the width of its box (CSS gives the height), its strokes keeping their width.
    package static func sparkline(_ values: [Int], title: String) -> String {
        guard !values.isEmpty else { return "" }
        let width = 600.0, height = 100.0, pad = 6.0
        let top = Double(max(1, values.max() ?? 1))
        let step = values.count > 1 ? (width - 2 * pad) / Double(values.count - 1) : 0
        let points = values.enumerated().map { index, value in
            (x: pad + Double(index) * step, y: height - pad - Double(max(0, value)) / top * (height - 2 * pad))
        }
        let line = points.map { "\(number($0.x)),\(number($0.y))" }.joined(separator: " ")
        var svg = "<svg class=\"sparkline\" viewBox=\"0 0 \(number(width)) \(number(height))\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"\(HTMLEscaping.text(title))\">"
        svg += "<title>\(HTMLEscaping.text(title)): \(values.map(String.init).joined(separator: ", "))</title>"
        if let first = points.first, let last = points.last, points.count > 1 {
            let floor = number(height - pad)
            svg += "<polygon class=\"spark-area\" points=\"\(number(first.x)),\(floor) \(line) \(number(last.x)),\(floor)\"/>"
            svg += "<polyline class=\"spark-line\" points=\"\(line)\"/>"
        }
        if let last = points.last {
            // A zero-length line with round caps stays a circle however the box stretches.
            let point = "\(number(last.x)),\(number(last.y))"
            svg += "<polyline class=\"spark-dot\" points=\"\(point) \(point)\"/>"
        }
        return svg + "</svg>"
    }

    /// `good` from 80, `fair` from 50, `poor` below: the class of a score's colour.
    package static func scoreClass(_ score: Int) -> String {
        switch score {
        case 80...: "good"
        case 50..<80: "fair"
        default: "poor"
        }
    }

    /// A coordinate with at most two decimals, in the C locale SVG expects.
    private static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let text = String(format: "%.2f", value)
        return text.hasSuffix(".00") ? String(text.dropLast(3)) : text
    }
}
