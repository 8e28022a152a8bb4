#if Enterprise
import Foundation
import GroundworkReport

/// An inline SVG line chart of values per run, one line per series, with axes and a legend.
package enum FleetTrendChart {
    /// One line; a nil value leaves a gap (the client had no repository in that run).
    package struct Series {
        package var label: String
        package var values: [Double?]
        package var emphasised = false

        package init(label: String, values: [Double?], emphasised: Bool = false) {
            self.label = label
            self.values = values
            self.emphasised = emphasised
        }
    }

    /// Colours of the client lines, in order; the fleet line is the accent colour.
    static let palette = ["#2f855a", "#b7791f", "#6b46c1", "#c05621", "#2c7a7b", "#97266d", "#4a5568", "#b83280"]

    /// The chart: `yMax` fixes the top of the scale (100 for scores), otherwise the largest value sets it.
    package static func render(_ series: [Series], xLabels: [String], title: String, yMax: Double?) -> String {
        let width = 480.0, height = 240.0, left = 40.0, right = 12.0, top = 12.0, bottom = 36.0
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        let largest = series.flatMap(\.values).compactMap { $0 }.max() ?? 0
        let ceiling = yMax ?? niceCeiling(largest)
        let count = max(xLabels.count, 1)
        func x(_ index: Int) -> Double { left + (count > 1 ? plotWidth * Double(index) / Double(count - 1) : plotWidth / 2) }
        func y(_ value: Double) -> Double { top + plotHeight - plotHeight * min(max(value, 0), ceiling) / max(ceiling, 1) }

        var svg = "<svg class=\"trend\" viewBox=\"0 0 \(n(width)) \(n(height))\" role=\"img\" aria-label=\"\(HTMLEscaping.text(title))\"><title>\(HTMLEscaping.text(title))</title>"
        for step in 0...4 {
            let value = ceiling * Double(step) / 4
            svg += "<line class=\"grid\" x1=\"\(n(left))\" x2=\"\(n(width - right))\" y1=\"\(n(y(value)))\" y2=\"\(n(y(value)))\"/>"
            svg += "<text class=\"axis\" x=\"\(n(left - 6))\" y=\"\(n(y(value) + 4))\" text-anchor=\"end\">\(FleetText.score(value))</text>"
        }
        // At most four labels and the last one, never closer to the last than a step: run labels
        // ("12-03 10:25") are as wide as a sixth of the plot, so more of them overlap.
        let last = xLabels.count - 1
        let labelEvery = max(1, Int((Double(xLabels.count) / 4).rounded(.up)))
        for (index, label) in xLabels.enumerated() where (index % labelEvery == 0 && last - index >= labelEvery) || index == last {
            // The outer labels hug the plot's edges so that they are not cut off.
            let anchor = xLabels.count == 1 ? "middle" : index == 0 ? "start" : index == xLabels.count - 1 ? "end" : "middle"
            svg += "<text class=\"axis\" x=\"\(n(x(index)))\" y=\"\(n(height - bottom + 18))\" text-anchor=\"\(anchor)\">\(HTMLEscaping.text(label))</text>"
        }
        var legend = "<ul class=\"legend trend-legend\">"
        for (index, line) in series.enumerated() {
            let color = line.emphasised ? "#2c5282" : palette[(index - 1 + palette.count) % palette.count]
            let widthAttribute = line.emphasised ? "3" : "1.75"
            for segment in segments(line.values) {
                let points = segment.map { "\(n(x($0.index))),\(n(y($0.value)))" }.joined(separator: " ")
                if segment.count > 1 {
                    svg += "<polyline fill=\"none\" stroke=\"\(color)\" stroke-width=\"\(widthAttribute)\" stroke-linejoin=\"round\" points=\"\(points)\"/>"
                }
                for point in segment {
                    svg +=
                        "<circle cx=\"\(n(x(point.index)))\" cy=\"\(n(y(point.value)))\" r=\"\(line.emphasised ? 3.5 : 2.5)\" fill=\"\(color)\">"
                        + "<title>\(HTMLEscaping.text(line.label)) \(HTMLEscaping.text(xLabels.indices.contains(point.index) ? xLabels[point.index] : "")): \(FleetText.score(point.value))</title></circle>"
                }
            }
            legend += "<li><span class=\"swatch\" style=\"background:\(color)\"></span>\(HTMLEscaping.text(line.label))</li>"
        }
        return svg + "</svg>" + legend + "</ul>"
    }

    /// Runs of consecutive present values.
    private static func segments(_ values: [Double?]) -> [[(index: Int, value: Double)]] {
        var result: [[(index: Int, value: Double)]] = [[]]
        for (index, value) in values.enumerated() {
            if let value, value.isFinite {
                result[result.count - 1].append((index, value))
            } else if !(result.last?.isEmpty ?? true) {
                result.append([])
            }
        }
        return result.filter { !$0.isEmpty }
    }

    /// The top of a count scale: four whole grid steps reaching at least `value`.
    static func niceCeiling(_ value: Double) -> Double {
        guard value.isFinite, value > 4 else { return 4 }
        return (value / 4).rounded(.up) * 4
    }

    private static func n(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let text = String(format: "%.1f", value)
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }
}

#endif
