import Foundation
import GroundworkAuditModel

/// The report as versioned JSON for scripts (schema in docs/audit-json.md): sorted keys, ISO-8601 dates.
package struct JSONReportRenderer: ReportRenderer {
    package init() {}

    package var format: ReportFormat { .json }

    package func render(_ report: AuditReport, options: RenderOptions) -> String {
        do {
            let data = try AuditReportCoding.makeEncoder().encode(report)
            return String(decoding: data, as: UTF8.self) + "\n"
        } catch {
            // Unreachable with the encoder's string strategy for non-finite numbers; still answer with
            // valid JSON naming the bug rather than crash a fleet run.
            let message = String(String(describing: error).unicodeScalars.filter { $0.value >= 0x20 && $0 != "\\" && $0 != "\"" })
            return "{\n  \"error\" : \"internal error encoding the report: \(message)\",\n  \"schemaVersion\" : \(report.schemaVersion)\n}\n"
        }
    }
}
