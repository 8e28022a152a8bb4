#if Enterprise
import Foundation

/// One CSV row per repository (RFC 4180), for spreadsheets.
struct FleetCSVRenderer {
    static let columns = ["client", "repository", "status", "score", "level", "gates", "failing_checks", "disabled_checks", "effort_hours", "automated_hours", "commit", "message"]

    func render(_ data: FleetReportData) -> String {
        var lines = [Self.columns.joined(separator: ",")]
        for result in data.results {
            let cells = [
                result.repository.client ?? "", result.repository.name, result.status.rawValue,
                result.overallScore.map(String.init) ?? "", result.level ?? "", FleetText.gates(result.gatesPassed),
                String(result.failingChecks.count), result.disabledChecks.joined(separator: " "), Self.number(result.effortHours), Self.number(result.automatedHours),
                result.commit ?? "", result.message ?? "",
            ]
            lines.append(cells.map(Self.field).joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// A field quoted when it holds a comma, quote or line break; a leading `= + - @` (a formula to a
    /// spreadsheet) is neutralised with an apostrophe.
    static func field(_ raw: String) -> String {
        var text = raw
        if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), Double(text) == nil {
            text = "'" + text
        }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        return value == value.rounded() ? String(Int(value)) : String(format: "%.2f", value)
    }
}
#endif
