import GroundworkAuditModel

extension MarkdownReportRenderer {
    private static let sparkBlocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// Languages, packages, delivery, CI and licence.
    func stack(_ digest: ReportDigest) -> String {
        let report = digest.report
        let stack = report.stack
        var lines = ["## Stack"]
        let shares = digest.languageShares()
        if !shares.isEmpty {
            let usage = Dictionary(stack.languages.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
            lines += ["", Escape.header(["Language", "Share", "Files", "Lines"], numeric: [1, 2, 3])]
            for share in shares {
                let files = usage[share.name].map { "\($0.files)" } ?? ""
                let lineCount = usage[share.name].map { "\($0.lines)" } ?? ""
                lines.append(Escape.row([Escape.text(share.name), Escape.text(ReportText.percent(share.fraction)), files, lineCount]))
            }
        }
        if !stack.packages.isEmpty {
            lines += ["", Escape.header(["Package", "Path", "Ecosystem", "Frameworks", "Kind"])]
            for package in stack.packages {
                lines.append(
                    Escape.row([
                        Escape.text(package.name),
                        package.path.isEmpty ? "(root)" : Escape.code(package.path, inTable: true),
                        Escape.text("\(package.ecosystem) / \(package.packageManager)" + (package.runtimeVersion.map { " · runtime \($0)" } ?? "")),
                        Escape.text(package.frameworks.joined(separator: ", ")),
                        package.kind.rawValue,
                    ]))
            }
        }
        var facts: [String] = []
        if let monorepo = stack.monorepo { facts.append("- **Monorepo:** " + Escape.text(monorepo)) }
        facts.append("- **Delivery:** " + (ReportText.deliveryLine(stack.delivery).map(Escape.text) ?? "none found"))
        let ci = stack.ciSystems.map { Escape.text($0.name) }.joined(separator: ", ")
        facts.append("- **CI:** " + (ci.isEmpty ? "none found" : ci))
        facts.append(
            "- **Licence:** "
                + (stack.license.map { license in
                    (license.spdx.map(Escape.text) ?? "unrecognised text") + " in " + Escape.code(license.path)
                } ?? "none found"))
        if !report.repository.submodules.isEmpty {
            facts.append("- **Submodules (not followed):** " + report.repository.submodules.map { Escape.code($0) }.joined(separator: ", "))
        }
        if shares.isEmpty && stack.packages.isEmpty { lines += ["", "No code or package manifest was found."] }
        return (lines + [""] + facts).joined(separator: "\n")
    }

    /// Commits, authors, bus factor and activity; nil when history was not walked.
    func history(_ report: AuditReport) -> String? {
        guard let history = report.history else { return nil }
        var lines = ["## History", ""]
        lines.append("- **Commits:** \(history.commitCount)" + (history.isPartial ? " (history is partial)" : ""))
        lines.append("- **Authors:** \(history.authorCount)")
        lines.append("- **Bus factor:** \(history.busFactor) all time, \(history.recentBusFactor) over the last 12 months")
        lines.append("- **Last commit:** " + (history.lastCommitDate.map(ReportText.day) ?? "none"))
        if !history.commitsPerMonth.isEmpty {
            let counts = history.commitsPerMonth.map(String.init).joined(separator: ", ")
            lines.append("- **Commits per month** (oldest first): \(Self.sparkline(history.commitsPerMonth)) \(counts)")
        }
        return lines.joined(separator: "\n")
    }

    /// Checks that passed and checks that did not apply, with why.
    func appendix(_ digest: ReportDigest) -> String? {
        guard !digest.passed.isEmpty || !digest.notApplicable.isEmpty else { return nil }
        var lines = ["## Appendix: other checks"]
        if !digest.passed.isEmpty {
            lines += ["", "Passed:", ""]
            lines += digest.passed.map { "- \(Escape.text($0.title)) (\(Escape.code($0.id)))" }
        }
        if !digest.notApplicable.isEmpty {
            lines += ["", "Did not apply:", ""]
            lines += digest.notApplicable.map { result in
                "- \(Escape.text(result.title)) (\(Escape.code(result.id)))" + (result.reason.map { ": " + Escape.text($0) } ?? "")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// `▁▃█▂`: one block per value, scaled to the largest.
    static func sparkline(_ values: [Int]) -> String {
        let top = max(1, values.max() ?? 1)
        return String(
            values.map { value in
                let level = Int((Double(max(0, value)) / Double(top) * Double(sparkBlocks.count - 1)).rounded())
                return sparkBlocks[min(sparkBlocks.count - 1, max(0, level))]
            })
    }
}
