#if Enterprise
import Foundation
import GroundworkAudit
import GroundworkAuditModel
import GroundworkFormats
import GroundworkLicense
import GroundworkRecipes

/// Reads the YAML of a policy file, with `file:line` errors and close matches for unknown check ids.
package enum PolicyParser {
    static let topKeys = ["version", "levels", "gates", "campaigns", "exemptions"]

    /// Every check id an Enterprise audit runs: the check registry and the scale checks.
    package static var registeredCheckIDs: [String] { ScaleChecks.enterpriseAudit.map(\.id) }

    static func parse(_ document: StrictYAMLMapping, file: String, knownChecks: [String]) throws(FormatError) -> Policy {
        guard let version = try document.int("version") else {
            throw document.error("version", "the policy needs `version: \(Policy.currentVersion)`")
        }
        guard version == Policy.currentVersion else {
            throw document.error("version", "unsupported version \(version); this groundwork reads version \(Policy.currentVersion)")
        }
        let reader = CheckIDReader(known: knownChecks)
        var policy = Policy(file: file)
        for node in try document.sequence("levels") ?? [] {
            let entry = try node.mapping(allowed: ["name", "checks", "min_score"])
            let name = try entry.requiredString("name")
            guard !policy.levels.contains(where: { $0.name == name }) else { throw entry.error("name", "level `\(name)` is defined twice") }
            let checks = try reader.ids(entry, key: "checks") ?? []
            let minScore = try score(entry)
            guard !checks.isEmpty || minScore != nil else {
                throw entry.error("level `\(name)` needs `checks` or `min_score`")
            }
            policy.levels.append(Policy.Level(name: name, checks: checks, minScore: minScore, line: entry.line))
        }
        for node in try document.sequence("gates") ?? [] {
            let entry = try node.mapping(allowed: ["check", "severity", "min_score"])
            guard entry.keys.count == 1, let key = entry.keys.first else {
                throw entry.error("needs exactly one of check, severity, min_score")
            }
            switch key {
            case "check":
                policy.gates.append(Policy.Gate(.check(try reader.id(entry, key: "check")), line: entry.line))
            case "severity":
                let text = try entry.requiredString("severity")
                guard let severity = Severity(rawValue: text.lowercased()) else {
                    throw entry.error("severity", "unknown severity `\(text)`; expected one of \(Severity.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                policy.gates.append(Policy.Gate(.severity(severity), line: entry.line))
            default:
                policy.gates.append(Policy.Gate(.minScore(try score(entry) ?? 0), line: entry.line))
            }
        }
        for node in try document.sequence("campaigns") ?? [] {
            let entry = try node.mapping(allowed: ["name", "checks", "due"])
            guard let checks = try reader.ids(entry, key: "checks"), !checks.isEmpty else {
                throw entry.error("needs `checks`, a list of check ids")
            }
            policy.campaigns.append(Policy.Campaign(name: try entry.requiredString("name"), checks: checks, due: try date(entry, key: "due"), line: entry.line))
        }
        for node in try document.sequence("exemptions") ?? [] {
            let entry = try node.mapping(allowed: ["repo", "check", "reason", "ticket", "expires"])
            policy.exemptions.append(
                Policy.Exemption(
                    repository: try entry.requiredString("repo"), check: try reader.id(entry, key: "check"),
                    reason: try entry.requiredString("reason"), ticket: try entry.string("ticket"),
                    expires: try date(entry, key: "expires"), line: entry.line
                ))
        }
        return policy
    }

    private static func score(_ entry: StrictYAMLMapping) throws(FormatError) -> Int? {
        guard let score = try entry.int("min_score") else { return nil }
        guard (0...100).contains(score) else { throw entry.error("min_score", "must be between 0 and 100") }
        return score
    }

    private static func date(_ entry: StrictYAMLMapping, key: String) throws(FormatError) -> LicenseDate {
        // YAML reads 2026-06-30 as a timestamp; the scalar's text is what was written.
        guard let text = try entry.string(key) else { throw entry.error("needs `\(key)`: a date written YYYY-MM-DD") }
        guard let date = LicenseDate(text) else { throw entry.error(key, "expected a date written YYYY-MM-DD, found \"\(text)\"") }
        return date
    }
}

/// Reads check ids and refuses unknown ones, naming close matches.
struct CheckIDReader {
    let known: [String]

    func id(_ entry: StrictYAMLMapping, key: String) throws(FormatError) -> String {
        let id = try entry.requiredString(key)
        try check(id, line: entry.line(of: key), entry: entry)
        return id
    }

    func ids(_ entry: StrictYAMLMapping, key: String) throws(FormatError) -> [String]? {
        guard let ids = try entry.strings(key) else { return nil }
        let lines = (try entry.sequence(key) ?? []).map(\.line)
        for (offset, id) in ids.enumerated() {
            try check(id, line: offset < lines.count ? lines[offset] : entry.line(of: key), entry: entry)
        }
        return ids
    }

    private func check(_ id: String, line: Int, entry: StrictYAMLMapping) throws(FormatError) {
        guard !known.isEmpty, !known.contains(id) else { return }
        let matches = CloseMatches.find(id, in: known)
        let hint = matches.isEmpty ? "; run `groundwork audit` to see the check ids" : "; did you mean \(matches.joined(separator: ", "))?"
        throw FormatError(file: entry.file, line: line, field: entry.field, "unknown check id `\(id)`\(hint)")
    }
}
#endif
