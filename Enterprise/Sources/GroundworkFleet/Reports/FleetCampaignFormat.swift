#if Enterprise
import Foundation
import GroundworkBasics
import GroundworkReport

/// The formats campaign outcomes are rendered in (`fleet apply --format`, `fleet prs status --format`).
package enum FleetCampaignFormat: String, Sendable, CaseIterable {
    case text, json, csv, markdown

    /// Renders the records of one or more campaigns; the text ends with a newline.
    package func render(_ records: [FleetApplyRecord], evaluationMarker: String? = nil) -> String {
        switch self {
        case .text: Self.textLines(records, evaluationMarker: evaluationMarker)
        case .json: Self.jsonDocument(records, evaluationMarker: evaluationMarker)
        case .csv: Self.csvTable(records)
        case .markdown: Self.markdownTables(records, evaluationMarker: evaluationMarker)
        }
    }

    /// The version of the JSON document; bumped when its shape changes incompatibly.
    package static let jsonSchemaVersion = 1

    /// The JSON document: `{schemaVersion, tool, evaluation, repositories: [FleetApplyRecord]}`.
    struct Document: Codable {
        var schemaVersion: Int
        var tool: String
        var evaluation: String?
        var repositories: [FleetApplyRecord]
    }

    static func jsonDocument(_ records: [FleetApplyRecord], evaluationMarker: String?) -> String {
        let document = Document(schemaVersion: jsonSchemaVersion, tool: "groundwork \(GroundworkVersion.current)", evaluation: evaluationMarker, repositories: records)
        return ((try? FleetStoreCoding.json(document)) ?? "{}") + "\n"
    }

    /// The CSV columns, in order.
    static let columns = ["campaign", "client", "repository", "state", "reason", "branch", "commit", "score_before", "score_after", "files", "hours_saved", "request", "updated_at"]

    static func csvTable(_ records: [FleetApplyRecord]) -> String {
        var lines = [columns.joined(separator: ",")]
        for record in records {
            let cells = [
                record.campaign, record.client ?? "", record.repository, record.state.rawValue, record.reason ?? "", record.branch,
                record.commit ?? "", record.scoreBefore.map(String.init) ?? "", record.scoreAfter.map(String.init) ?? "",
                String(record.files.count), FleetCSVRenderer.number(record.hoursSaved), record.requestURL ?? "",
                ReportText.dateTime(record.updatedAt),
            ]
            lines.append(cells.map(FleetCSVRenderer.field).joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    static func markdownTables(_ records: [FleetApplyRecord], evaluationMarker: String?) -> String {
        var lines: [String] = []
        for campaign in Array(Set(records.map(\.campaign))).sorted() {
            let mine = records.filter { $0.campaign == campaign }
            lines += ["# Campaign \(MarkdownEscaping.text(campaign))", ""]
            if let evaluationMarker { lines += ["> **\(MarkdownEscaping.text(evaluationMarker))**", ""] }
            let counts = FleetApplyState.allCases.compactMap { state -> String? in
                let count = mine.filter { $0.state == state }.count
                return count == 0 ? nil : "\(state.rawValue): \(count)"
            }
            lines += [counts.joined(separator: " · "), ""]
            lines.append(MarkdownEscaping.header(["Client", "Repository", "State", "Score", "Files", "Hours saved", "Request"], numeric: [4, 5]))
            for record in mine {
                let score = record.scoreBefore.map { before in "\(before) → \(record.scoreAfter.map(String.init) ?? "—")" } ?? "—"
                lines.append(
                    MarkdownEscaping.row([
                        MarkdownEscaping.text(record.client ?? ""), MarkdownEscaping.text(record.repository),
                        record.state.rawValue + (record.reason.map { ": " + MarkdownEscaping.text($0) } ?? ""), score,
                        String(record.files.count), ReportText.hours(record.hoursSaved), MarkdownEscaping.text(record.requestURL ?? ""),
                    ]))
            }
            lines.append("")
        }
        return lines.isEmpty ? "No campaign recorded.\n" : lines.joined(separator: "\n")
    }

    static func textLines(_ records: [FleetApplyRecord], evaluationMarker: String?) -> String {
        var lines = evaluationMarker.map { [$0] } ?? []
        for record in records {
            var line = "\(record.campaign)  \(record.repository)  \(record.state.rawValue)"
            if let url = record.requestURL { line += "  \(url)" }
            if let reason = record.reason { line += "  — \(reason)" }
            lines.append(line)
        }
        return lines.isEmpty ? "No campaign recorded.\n" : lines.joined(separator: "\n") + "\n"
    }
}
#endif
