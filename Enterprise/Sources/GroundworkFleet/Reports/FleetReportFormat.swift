#if Enterprise
import Foundation
import GroundworkLicense

/// The formats of `groundwork fleet report`: the registry of fleet renderers, kept exhaustive by the compiler.
package enum FleetReportFormat: String, Sendable, CaseIterable {
    case html, markdown, csv, json, sarif

    /// Renders `data` in this format; the text ends with a newline.
    package func render(_ data: FleetReportData) -> String {
        switch self {
        case .html: FleetHTMLRenderer().render(data)
        case .markdown: FleetMarkdownRenderer().render(data)
        case .csv: FleetCSVRenderer().render(data)
        case .json: FleetJSONRenderer().render(data)
        case .sarif: FleetSARIFRenderer().render(data)
        }
    }

    /// The usual file extension, without the dot.
    package var fileExtension: String {
        switch self {
        case .html: "html"
        case .markdown: "md"
        case .csv: "csv"
        case .json: "json"
        case .sarif: "sarif"
        }
    }
}

/// Formatting shared by the fleet renderers.
enum FleetText {
    /// `72` or `72.5`; `—` without a value.
    static func score(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "—" }
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
    }

    /// `pass`, `fail` or empty without a policy.
    static func gates(_ passed: Bool?) -> String {
        passed.map { $0 ? "pass" : "fail" } ?? ""
    }

    /// The evaluation banner text, or nil for a licensed run.
    static func evaluationBanner(_ run: FleetRun) -> String? {
        run.isEvaluation ? Entitlement.evaluation(warnings: []).reportMarker : nil
    }

    /// A short run label for trend axes: the start day and time.
    static func runLabel(_ summary: FleetRunSummary) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "MM-dd HH:mm"
        return formatter.string(from: summary.startedAt)
    }
}
#endif
