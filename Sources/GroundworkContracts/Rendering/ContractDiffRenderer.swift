import Foundation

/// Renders a contract diff as text (terminal), JSON (scripts) or Markdown (a pull request comment).
package enum ContractDiffRenderer {
    package enum Format: String, CaseIterable, Sendable {
        case text, json, markdown
    }

    /// The consumers a breaking change affects, when the caller knows them (`orders (node-express)`).
    package static func render(
        _ changes: [ContractChange], old: String, new: String, format: Format, consumers: [String] = []
    ) -> String {
        switch format {
        case .text: text(changes, old: old, new: new, consumers: consumers)
        case .json: json(changes, old: old, new: new, consumers: consumers)
        case .markdown: markdown(changes, old: old, new: new, consumers: consumers)
        }
    }

    static func summary(_ changes: [ContractChange]) -> String {
        let counts = ChangeSeverity.allCases.map { severity in (severity, changes.filter { $0.severity == severity }.count) }
        return counts.map { "\($0.1) \($0.0.rawValue)" }.joined(separator: ", ")
    }

    private static func text(_ changes: [ContractChange], old: String, new: String, consumers: [String]) -> String {
        var out = "Contract diff \(old) → \(new): \(summary(changes))\n"
        if changes.isEmpty { return out + "No differences a consumer would notice.\n" }
        for change in changes {
            out += "\n\(change.severity.rawValue.uppercased())  \(change.rule)\n  \(change.message)\n  at \(change.path)\n"
        }
        if changes.contains(where: { $0.severity == .breaking }), !consumers.isEmpty {
            out += "\nBreaks \(consumers.joined(separator: ", ")).\n"
        }
        return out
    }

    private static func markdown(_ changes: [ContractChange], old: String, new: String, consumers: [String]) -> String {
        var out = "## Contract diff `\(old)` → `\(new)`\n\n\(summary(changes)).\n"
        if changes.contains(where: { $0.severity == .breaking }), !consumers.isEmpty {
            out += "\n**Breaks \(consumers.joined(separator: ", ")).**\n"
        }
        guard !changes.isEmpty else { return out }
        out += "\n| severity | rule | change | where |\n|---|---|---|---|\n"
        for change in changes {
            out += "| \(change.severity.rawValue) | `\(change.rule)` | \(cell(change.message)) | `\(cell(change.path))` |\n"
        }
        return out
    }

    private static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }

    private static func json(_ changes: [ContractChange], old: String, new: String, consumers: [String]) -> String {
        struct Document: Encodable {
            let schema = "groundwork.contract-diff/1"
            let old: String
            let new: String
            let breaking: Int
            let nonBreaking: Int
            let info: Int
            let brokenConsumers: [String]
            let changes: [ContractChange]

            enum CodingKeys: String, CodingKey {
                case schema, old, new, breaking, info, changes
                case nonBreaking = "non_breaking"
                case brokenConsumers = "broken_consumers"
            }
        }
        let breaking = changes.filter { $0.severity == .breaking }.count
        let document = Document(
            old: old, new: new, breaking: breaking,
            nonBreaking: changes.filter { $0.severity == .nonBreaking }.count,
            info: changes.filter { $0.severity == .info }.count,
            brokenConsumers: breaking > 0 ? consumers : [], changes: changes)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
