import Foundation
import GroundworkAuditModel

/// The report for a terminal: header, stack, scores as bars, failing checks by area, top fixes, effort.
/// Colour only when `RenderOptions.color` is set; user text is cleaned of control characters either way.
package struct TextReportRenderer: ReportRenderer {
    /// Evidence lines shown per failing check; JSON and SARIF carry all of them.
    static let evidenceLimit = 5
    static let barWidth = 20

    package init() {}

    package var format: ReportFormat { .text }

    package func render(_ report: AuditReport, options: RenderOptions) -> String {
        var writer = TextWriter(style: TextStyle(enabled: options.color), columns: max(40, options.width))
        let digest = ReportDigest(report)
        writeHeader(report, to: &writer)
        writeStack(digest, to: &writer)
        writeScores(digest, to: &writer)
        writeFindings(digest, to: &writer)
        writeTopFixes(digest, to: &writer)
        writeEffort(report, to: &writer)
        writeProblems(report, to: &writer)
        return writer.text
    }

    private func writeHeader(_ report: AuditReport, to writer: inout TextWriter) {
        let repository = report.repository
        let style = writer.style
        writer.wrapped("groundwork audit — " + TextLayout.clean(repository.source), firstIndent: "", indent: "  ", styling: { style.apply($0, .bold) })
        var facts: [String] = []
        if let commit = repository.commit {
            facts.append("commit " + TextLayout.clean(ReportText.shortCommit(commit)))
            facts.append(repository.branch.map { "branch " + TextLayout.clean($0) } ?? "detached HEAD")
        } else {
            facts.append("empty repository (no commits)")
        }
        if repository.isShallow { facts.append("shallow clone") }
        if repository.isBare { facts.append("bare") }
        if !report.isComplete { facts.append("incomplete audit (see the limits below)") }
        facts.append(ReportText.dateTime(report.generatedAt))
        facts.append(TextLayout.clean(report.tool))
        writer.wrapped(facts.joined(separator: " · "), firstIndent: "", indent: "  ", styling: { style.apply($0, .dim) })
        if let verification = report.secretVerification {
            writer.wrapped(TextLayout.clean(verification), firstIndent: "", indent: "  ", styling: { style.apply($0, .bold) })
        }
    }

    private func writeStack(_ digest: ReportDigest, to writer: inout TextWriter) {
        let report = digest.report
        let stack = report.stack
        writer.heading("Stack")
        var fields: [(String, String)] = []
        let shares = digest.languageShares(limit: 6)
        if !shares.isEmpty {
            fields.append(("Languages", shares.map { "\($0.name) \(ReportText.percent($0.fraction))" }.joined(separator: " · ")))
        }
        for (index, package) in stack.packages.enumerated() {
            fields.append((index == 0 ? "Packages" : "", ReportText.packageLine(package)))
        }
        if let monorepo = stack.monorepo { fields.append(("Monorepo", monorepo)) }
        if let delivery = ReportText.deliveryLine(stack.delivery) { fields.append(("Delivery", delivery)) }
        if !stack.ciSystems.isEmpty { fields.append(("CI", stack.ciSystems.map(\.name).joined(separator: ", "))) }
        fields.append(("Licence", ReportText.licenseLine(stack.license) ?? "none found"))
        if let history = report.history { fields.append(("History", Self.historyLine(history))) }
        if !report.repository.submodules.isEmpty {
            fields.append(("Submodules", report.repository.submodules.joined(separator: ", ") + " (not followed)"))
        }
        let labelWidth = fields.map { TextLayout.width($0.0) }.max() ?? 0
        for (label, value) in fields {
            writer.field(label, TextLayout.clean(value), labelWidth: labelWidth)
        }
    }

    static func historyLine(_ history: HistorySummary) -> String {
        var parts = [
            "\(history.commitCount) commit\(history.commitCount == 1 ? "" : "s")",
            "\(history.authorCount) author\(history.authorCount == 1 ? "" : "s")",
            "bus factor \(history.busFactor) (last 12 months: \(history.recentBusFactor))",
        ]
        if let last = history.lastCommitDate { parts.append("last commit \(ReportText.day(last))") }
        if history.isPartial { parts.append("partial history") }
        return parts.joined(separator: " · ")
    }

    private func writeScores(_ digest: ReportDigest, to writer: inout TextWriter) {
        writer.heading("Scores")
        guard digest.report.scores.overall != nil else {
            writer.line("  No check applied: nothing to score.")
            return
        }
        let rows: [(String, Int?)] = [("Overall", digest.report.scores.overall)] + digest.areaScores.map { (Self.shortTitle($0.area), $0.score) }
        let labelWidth = rows.map { TextLayout.width($0.0) }.max() ?? 0
        // "  label  bar  100": a narrow terminal gets a shorter bar rather than a wrapped line.
        let barWidth = min(Self.barWidth, max(5, writer.columns - labelWidth - 9))
        for (label, score) in rows {
            let name = TextLayout.pad(label, to: labelWidth)
            let styledName = label == "Overall" ? writer.style.apply(name, .bold) : name
            writer.line("  " + styledName + "  " + bar(score, width: barWidth, style: writer.style))
        }
    }

    /// The area's title without its parenthesis: "Delivery (containers, Kubernetes)" → "Delivery".
    static func shortTitle(_ area: Area) -> String {
        let title = area.title
        guard let open = title.firstIndex(of: "(") else { return title }
        return title[..<open].trimmingCharacters(in: .whitespaces)
    }

    private func bar(_ score: Int?, width: Int, style: TextStyle) -> String {
        guard let score else {
            return style.apply("not scored", .dim)
        }
        let clamped = min(100, max(0, score))
        let filled = Int((Double(clamped) / 100 * Double(width)).rounded())
        let full = style.score(String(repeating: "█", count: filled), clamped)
        let empty = style.apply(String(repeating: "░", count: width - filled), .dim)
        let number = String(repeating: " ", count: max(0, 3 - String(clamped).count)) + String(clamped)
        return full + empty + "  " + style.score(number, clamped)
    }

    private func writeEffort(_ report: AuditReport, to writer: inout TextWriter) {
        writer.blank()
        let sentence =
            "Estimated effort to fix: \(ReportText.hours(report.effort.totalHours)), of which "
            + "\(ReportText.hours(report.effort.automatedHours)) automated by groundwork bricks"
        let style = writer.style
        writer.wrapped(sentence, firstIndent: "", indent: "  ", styling: { style.apply($0, .bold) })
    }

    private func writeProblems(_ report: AuditReport, to writer: inout TextWriter) {
        guard !report.problems.isEmpty || report.repository.skippedLargeFiles > 0 || !report.isComplete else { return }
        writer.heading("Limits of this audit")
        if !report.isComplete {
            writer.wrapped("the audit is incomplete: some objects could not be read", firstIndent: "  - ", indent: "    ")
        }
        if report.repository.skippedLargeFiles > 0 {
            writer.wrapped("\(report.repository.skippedLargeFiles) large files skipped by content checks", firstIndent: "  - ", indent: "    ")
        }
        for problem in report.problems {
            writer.wrapped(TextLayout.clean(problem.message), firstIndent: "  - ", indent: "    ")
        }
    }
}
