import GroundworkAuditModel

/// The catalogue of checks in docs/checks.md, generated from the registry (a test keeps it current).
package enum CheckCatalog {
    /// Markdown: one section per area, one row per check.
    package static func markdown(_ checks: [any Check] = CheckRegistry.all) -> String {
        var lines = [
            "# Checks",
            "",
            "Generated from `CheckRegistry` by `GROUNDWORK_RECORD_DOCS=1 swift test --filter CheckRegistryTests`; do not edit by hand.",
            "",
            "Scores weigh each applicable check by severity (critical 10, high 6, medium 3, low 1, info 0).",
            "A check that does not apply is left out of the score.",
        ]
        for area in Area.allCases {
            let inArea = checks.filter { $0.area == area }
            guard !inArea.isEmpty else { continue }
            lines += ["", "## \(area.title) (`\(area.rawValue)`)", "", "| id | must be true | severity | fixed by | hours | why |", "|---|---|---|---|---|---|"]
            for check in inArea {
                let bricks = check.fixedBy.isEmpty ? "—" : check.fixedBy.map { "`\($0)`" }.joined(separator: ", ")
                let hours = check.effortHours == check.effortHours.rounded() ? String(Int(check.effortHours)) : String(check.effortHours)
                lines.append("| `\(check.id)` | \(check.title) | \(check.severity.rawValue) | \(bricks) | \(hours) | \(check.rationale.replacingOccurrences(of: "|", with: "\\|")) |")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
