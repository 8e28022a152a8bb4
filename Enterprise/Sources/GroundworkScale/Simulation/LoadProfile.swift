#if Enterprise
import Foundation

/// A day of offered load: requests per second at points in the day, linear between them and wrapping
/// from the last point back to the first at midnight.
package struct LoadProfile: Sendable, Equatable, Codable {
    /// One point: seconds since midnight and the requests per second offered then.
    package struct Point: Sendable, Equatable, Codable {
        package var second: Int
        package var rps: Double

        package init(second: Int, rps: Double) {
            self.second = second
            self.rps = rps
        }
    }

    /// Seconds in the simulated day.
    package static let day = 86_400

    /// The points, sorted by time, at least one.
    package let points: [Point]
    /// Where the profile came from: a file path or "built-in".
    package let source: String

    package init(points: [Point], source: String) {
        self.points = points.sorted { $0.second < $1.second }
        self.source = source
    }

    /// The shape of a business-day service, hour by hour as a fraction of the peak: quiet at night, a morning
    /// ramp, a lunch dip and an evening tail. Used when no `--profile` is given, scaled to the peak asked for.
    package static let businessDayShape: [Double] = [
        0.12, 0.08, 0.06, 0.06, 0.08, 0.14, 0.30, 0.55, 0.80, 0.95, 1.00, 0.95,
        0.85, 0.92, 1.00, 0.96, 0.88, 0.78, 0.66, 0.55, 0.45, 0.34, 0.24, 0.16,
    ]

    /// The built-in business day with its busiest hour at `peak` requests per second.
    package static func businessDay(peak: Double) -> LoadProfile {
        LoadProfile(
            points: businessDayShape.enumerated().map { Point(second: $0.offset * 3600, rps: $0.element * peak) },
            source: "built-in business day"
        )
    }

    /// The load at `second` (taken modulo a day), interpolated linearly.
    package func rps(at second: Int) -> Double {
        let time = ((second % Self.day) + Self.day) % Self.day
        guard let last = points.last, let first = points.first else { return 0 }
        if points.count == 1 { return first.rps }
        if let index = points.firstIndex(where: { $0.second > time }) {
            if index == 0 { return interpolate(from: Point(second: last.second - Self.day, rps: last.rps), to: first, at: time) }
            return interpolate(from: points[index - 1], to: points[index], at: time)
        }
        return interpolate(from: last, to: Point(second: first.second + Self.day, rps: first.rps), at: time)
    }

    /// The highest and lowest load of the day (at the points; the lines between never exceed them).
    package var peak: Double { points.map(\.rps).max() ?? 0 }
    package var trough: Double { points.map(\.rps).min() ?? 0 }

    private func interpolate(from a: Point, to b: Point, at time: Int) -> Double {
        guard b.second > a.second else { return a.rps }
        return a.rps + (b.rps - a.rps) * Double(time - a.second) / Double(b.second - a.second)
    }

    /// Reads a CSV of `time,rps` rows: time as `HH:MM`, `HH:MM:SS` or seconds since midnight; an optional
    /// header row, blank lines and `#` comments are skipped. Errors name the file and line.
    package static func parseCSV(_ text: String, file: String) throws(ScaleError) -> LoadProfile {
        var points: [Point] = []
        var seen = Set<Int>()
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
            let number = offset + 1
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            if points.isEmpty, seen.isEmpty, fields.count == 2, Double(fields[1]) == nil, parseTime(fields[0]) == nil { continue }
            guard fields.count == 2 else {
                throw ScaleError(.badProfile, "expected two columns, time,rps (for example 09:30,120); found \(fields.count)", file: file, line: number)
            }
            guard let second = parseTime(fields[0]) else {
                throw ScaleError(.badProfile, "time \"\(fields[0])\" is not HH:MM, HH:MM:SS or seconds since midnight (0–86399)", file: file, line: number)
            }
            guard let rps = Double(fields[1]), rps.isFinite, rps >= 0 else {
                throw ScaleError(.badProfile, "rps \"\(fields[1])\" is not a number of requests per second ≥ 0", file: file, line: number)
            }
            guard seen.insert(second).inserted else {
                throw ScaleError(.badProfile, "time \(fields[0]) appears twice", file: file, line: number)
            }
            points.append(Point(second: second, rps: rps))
        }
        guard !points.isEmpty else {
            throw ScaleError(.badProfile, "no load points; expected rows of time,rps such as 09:30,120", file: file)
        }
        return LoadProfile(points: points, source: file)
    }

    /// `HH:MM`, `HH:MM:SS` or whole seconds, within one day.
    static func parseTime(_ text: String) -> Int? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        if parts.count == 1 {
            guard let seconds = Int(text), (0..<day).contains(seconds) else { return nil }
            return seconds
        }
        guard parts.count <= 3, let hours = Int(parts[0]), let minutes = Int(parts[1]), (0..<24).contains(hours), (0..<60).contains(minutes) else { return nil }
        let seconds = parts.count == 3 ? Int(parts[2]) : 0
        guard let seconds, (0..<60).contains(seconds) else { return nil }
        return hours * 3600 + minutes * 60 + seconds
    }
}
#endif
