#if Enterprise
import Foundation

/// Number formatting shared by the capacity sheet's renderers.
package enum CapacityText {
    /// `12.3 ms`, `250 ms`.
    package static func milliseconds(_ value: Double) -> String {
        value >= 100 ? String(format: "%.0f ms", value) : value >= 10 ? String(format: "%.1f ms", value) : String(format: "%.2f ms", value)
    }

    /// `1,234` for counts and rates of at least 100, `12.3` below.
    package static func rate(_ value: Double) -> String {
        guard value.isFinite else { return "—" }
        if value >= 100 {
            let formatter = NumberFormatter()
            formatter.numberStyle = .decimal
            formatter.locale = Locale(identifier: "en_US")
            formatter.maximumFractionDigits = 0
            return formatter.string(from: NSNumber(value: value.rounded())) ?? String(Int(value.rounded()))
        }
        return String(format: "%.1f", value)
    }

    /// `0.42` milliseconds per request.
    package static func cpu(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "—" }
        return value >= 10 ? String(format: "%.1f", value) : String(format: "%.3f", value)
    }

    /// `48.2 MiB`.
    package static func mebibytes(_ bytes: Int) -> String {
        String(format: "%.1f MiB", Double(bytes) / 1_048_576)
    }

    /// `HH:MM` of a second of the day.
    package static func timeOfDay(_ second: Int) -> String {
        String(format: "%02d:%02d", second / 3600, (second % 3600) / 60)
    }
}
#endif
