import GroundworkAuditModel

/// A report to hand a client: summary, scores, findings per area, what groundwork can fix, stack, history.
/// Every piece of user text is escaped, so a path cannot break a table or inject markup.
package struct MarkdownReportRenderer: ReportRenderer {
    /// Evidence items shown per failing check; JSON and SARIF carry all of them.
    static let evidenceLimit = 10

    package init() {}

    package var format: ReportFormat { .markdown }

    package func render(_ report: AuditReport, options: RenderOptions) -> String {
        let digest = ReportDigest(report)
        let sections = [
            title(report), summary(digest), scores(digest), findings(digest), fixes(digest),
            stack(digest), history(report), appendix(digest), limits(report),
        ]
        return sections.compactMap { $0 }.joined(separator: "\n\n") + "\n"
    }

    typealias Escape = MarkdownEscaping

    private func title(_ report: AuditReport) -> String {
        let repository = report.repository
        var facts: [String] = []
        if let commit = repository.commit {
            facts.append("Commit " + Escape.code(ReportText.shortCommit(commit)))
            facts.append(repository.branch.map { "branch " + Escape.code($0) } ?? "detached HEAD")
        } else {
            facts.append("Empty repository (no commits)")
        }
        if repository.isShallow { facts.append("shallow clone") }
        facts.append("audited \(ReportText.dateTime(report.generatedAt)) by \(Escape.text(report.tool))")
        let verification = report.secretVerification.map { "\n\n> " + Escape.text($0) } ?? ""
        return "# Audit of \(Escape.text(repository.source))\n\n" + facts.joined(separator: " · ") + verification
    }

    private func summary(_ digest: ReportDigest) -> String {
        let report = digest.report
        var lines = ["## Summary", ""]
        if !report.isComplete {
            lines += ["> **Incomplete audit:** some objects could not be read; see the limits at the end.", ""]
        }
        lines.append("- **Overall score:** " + (report.scores.overall.map { "\($0)/100" } ?? "not scored (no check applied)"))
        let bySeverity = digest.severityCounts.map { "\($0.count) \($0.severity.rawValue)" }.joined(separator: ", ")
        lines.append(
            "- **Failing checks:** \(digest.failures.count)" + (bySeverity.isEmpty ? "" : " (\(bySeverity))")
                + " · \(digest.passed.count) passed · \(digest.notApplicable.count) not applicable")
        lines.append(
            "- **Estimated effort to fix:** \(ReportText.hours(report.effort.totalHours)), of which "
                + "\(ReportText.hours(report.effort.automatedHours)) automated by groundwork bricks")
        if let command = digest.applyAllCommand {
            lines.append("- **One command fixes the automated part:** " + Escape.code(command))
        }
        return lines.joined(separator: "\n")
    }

    private func scores(_ digest: ReportDigest) -> String {
        var lines = ["## Scores", "", Escape.header(["Area", "Score", "Failing checks"], numeric: [1, 2])]
        for (area, score) in digest.areaScores {
            let failing = digest.failures.count { $0.area == area }
            lines.append(Escape.row([area.title, score.map { "\($0)/100" } ?? "—", "\(failing)"]))
        }
        lines.append(Escape.row(["**Overall**", digest.report.scores.overall.map { "**\($0)/100**" } ?? "—", "**\(digest.failures.count)**"]))
        return lines.joined(separator: "\n")
    }

    private func findings(_ digest: ReportDigest) -> String {
        var lines = ["## Findings"]
        guard !digest.failures.isEmpty else { return (lines + ["", "No check failed."]).joined(separator: "\n") }
        for group in digest.failuresByArea {
            let score = group.score.map { " — score \($0)/100" } ?? ""
            lines += ["", "### \(group.area.title)\(score)", ""]
            lines.append(Escape.header(["Severity", "Finding", "Evidence", "Fix", "Hours"], numeric: [4]))
            for result in group.failures {
                lines.append(
                    Escape.row([
                        ReportText.severityName(result.severity),
                        "**\(Escape.text(result.title))**<br>\(Escape.text(result.rationale))<br>" + Escape.code(result.id, inTable: true),
                        evidenceCell(result.evidence),
                        ReportText.fixCommand(result).map { Escape.code($0, inTable: true) } ?? "by hand",
                        ReportText.number(result.effortHours),
                    ]))
            }
        }
        return lines.joined(separator: "\n")
    }

    private func evidenceCell(_ evidence: [Evidence]) -> String {
        var items = evidence.prefix(Self.evidenceLimit).map { item in
            let place = ReportText.place(item).map { Escape.code($0, inTable: true) + " " } ?? ""
            // The provider's verdict (`--verify-secrets`) in bold: a live secret is what to rotate first.
            let verdict = item.liveness.map { " **[\(Escape.text($0))]**" } ?? ""
            return place + Escape.text(item.message) + verdict
        }
        if evidence.count > Self.evidenceLimit { items.append("… and \(evidence.count - Self.evidenceLimit) more") }
        return items.joined(separator: "<br>")
    }

    private func fixes(_ digest: ReportDigest) -> String? {
        guard !digest.failures.isEmpty else { return nil }
        var lines = ["## What groundwork can fix", ""]
        if digest.brickFixes.isEmpty {
            lines.append("No groundwork brick fixes what failed; every finding is left to do by hand.")
        } else {
            lines.append("Each brick below is applied as one reviewable commit on a new branch.")
            lines += ["", Escape.header(["Brick", "Fixes", "Hours saved"], numeric: [2])]
            for fix in digest.brickFixes {
                let checks = fix.checks.map { Escape.text($0.title) }.joined(separator: "<br>")
                lines.append(Escape.row([Escape.code("groundwork apply \(fix.brick)", inTable: true), checks, ReportText.number(fix.hours)]))
            }
            lines.append(Escape.row(["**Total**", "", "**\(ReportText.number(digest.report.effort.automatedHours))**"]))
        }
        if !digest.manualFixes.isEmpty {
            let hours = digest.manualFixes.reduce(0) { $0 + $1.effortHours }
            lines += ["", "Left to do by hand (\(ReportText.hours(hours))):", ""]
            lines += digest.manualFixes.map { "- \(Escape.text($0.title)) (\(Escape.code($0.id)), \(ReportText.hours($0.effortHours)))" }
        }
        return lines.joined(separator: "\n")
    }

    private func limits(_ report: AuditReport) -> String? {
        var items = report.problems.map { "- " + Escape.text($0.message) }
        if report.repository.skippedLargeFiles > 0 {
            items.insert("- \(report.repository.skippedLargeFiles) large files were skipped by content checks", at: 0)
        }
        if !report.isComplete {
            items.insert("- The audit is incomplete: some objects could not be read, so some checks saw less than the whole repository.", at: 0)
        }
        return items.isEmpty ? nil : (["## Limits of this audit", ""] + items).joined(separator: "\n")
    }
}
