import GroundworkAuditModel

/// One self-contained HTML file to hand a client: inline CSS and SVG charts, no script and no external
/// reference of any kind, every piece of user text escaped. Sections live in `HTMLReportRenderer+…` files.
package struct HTMLReportRenderer: ReportRenderer {
    /// Evidence items listed per failing check; JSON and SARIF carry all of them.
    static let evidenceLimit = 100

    package init() {}

    package var format: ReportFormat { .html }

    package func render(_ report: AuditReport, options: RenderOptions) -> String {
        let digest = ReportDigest(report)
        let sections = [
            header(report), summaryCards(digest), scores(digest), findings(digest), fixes(digest),
            stack(digest), history(report), otherChecks(digest), limits(report), footer(report),
        ]
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="\(HTMLEscaping.text(report.tool))">
            <title>Audit of \(HTMLEscaping.text(report.repository.source))</title>
            <style>
            \(HTMLStyleSheet.css)
            </style>
            </head>
            <body>
            <main>
            \(sections.compactMap { $0 }.joined(separator: "\n"))
            </main>
            </body>
            </html>

            """
    }

    private func header(_ report: AuditReport) -> String {
        let repository = report.repository
        var facts: [String] = []
        if let commit = repository.commit {
            facts.append("commit " + HTMLEscaping.code(ReportText.shortCommit(commit)))
            facts.append(repository.branch.map { "branch " + HTMLEscaping.code($0) } ?? "detached HEAD")
        } else {
            facts.append("empty repository (no commits)")
        }
        if repository.isShallow { facts.append("shallow clone") }
        if !report.isComplete { facts.append("<strong class=\"poor\">incomplete audit</strong>") }
        facts.append("audited \(ReportText.dateTime(report.generatedAt))")
        return """
            <header>
            <p class="eyebrow">Repository audit</p>
            <h1>\(HTMLEscaping.text(repository.source))</h1>
            <p class="meta">\(facts.joined(separator: " · "))</p>
            \(report.secretVerification.map { "<p class=\"meta\"><strong>\(HTMLEscaping.text($0))</strong></p>" } ?? "")
            </header>
            """
    }

    private func summaryCards(_ digest: ReportDigest) -> String {
        let report = digest.report
        let overall: String
        if let score = report.scores.overall {
            overall = "<div class=\"value \(HTMLCharts.scoreClass(score))\">\(score)<small>/100</small></div>"
        } else {
            overall = "<div class=\"value muted\">—</div><div class=\"note\">no check applied</div>"
        }
        let severities = digest.severityCounts.map { "\($0.count) \($0.severity.rawValue)" }.joined(separator: " · ")
        let automatedShare = report.effort.totalHours > 0 ? report.effort.automatedHours / report.effort.totalHours : 0
        return """
            <section class="cards" aria-label="Summary">
            <div class="card"><div class="label">Overall score</div>\(overall)</div>
            <div class="card"><div class="label">Failing checks</div><div class="value">\(digest.failures.count)</div><div class="note">\(severities.isEmpty ? "\(digest.passed.count) passed" : severities)</div></div>
            <div class="card"><div class="label">Effort to fix</div><div class="value">\(ReportText.number(report.effort.totalHours))<small> h</small></div><div class="note">estimated, by hand</div></div>
            <div class="card"><div class="label">Automated by groundwork</div><div class="value">\(ReportText.number(report.effort.automatedHours))<small> h</small></div><div class="note">\(ReportText.percent(automatedShare)) of the effort, by bricks</div></div>
            </section>
            <p class="meta">Estimated effort to fix: \(ReportText.hours(report.effort.totalHours)), of which \(ReportText.hours(report.effort.automatedHours)) automated by groundwork bricks.</p>
            """
    }

    private func scores(_ digest: ReportDigest) -> String {
        let rows = digest.areaScores.map { (label: $0.area.title, score: $0.score) }
        return """
            <section id="scores">
            <h2>Scores by area</h2>
            <div class="panel">\(HTMLCharts.scoreBars(rows, title: "Score per area, out of 100"))</div>
            </section>
            """
    }

    private func limits(_ report: AuditReport) -> String? {
        var items = report.problems.map { "<li>\(HTMLEscaping.text($0.message))</li>" }
        if report.repository.skippedLargeFiles > 0 {
            items.insert("<li>\(report.repository.skippedLargeFiles) large files were skipped by content checks</li>", at: 0)
        }
        if !report.isComplete {
            items.insert("<li><strong>The audit is incomplete:</strong> some objects could not be read, so some checks saw less than the whole repository.</li>", at: 0)
        }
        guard !items.isEmpty else { return nil }
        return "<section id=\"limits\">\n<h2>Limits of this audit</h2>\n<ul class=\"plain\">\(items.joined())</ul>\n</section>"
    }

    private func footer(_ report: AuditReport) -> String {
        "<footer>Generated by \(HTMLEscaping.text(report.tool)) on \(ReportText.dateTime(report.generatedAt)). "
            + "Scores weigh each applicable check by severity; checks that did not apply are left out.</footer>"
    }
}
