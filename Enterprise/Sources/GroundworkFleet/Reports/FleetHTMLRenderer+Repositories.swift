#if Enterprise
import GroundworkAuditModel
import GroundworkReport

extension FleetHTMLRenderer {
    /// Evidence items listed per failing check in the drill-down.
    static let evidenceLimit = 20

    /// One collapsible panel per repository: its scores and failing checks with evidence from the stored report.
    func drillDown(_ data: FleetReportData) -> String {
        var html = "<h2>Repositories in detail</h2>\n"
        for (index, result) in data.results.enumerated() {
            html +=
                "<details class=\"repo\" id=\"repo-\(index)\"><summary><span class=\"repo-name\">\(HTMLEscaping.text(result.repository.name))</span>"
                + "<span class=\"muted\">\(HTMLEscaping.text(result.repository.client ?? ""))</span>"
                + "<span class=\"repo-score\">\(scoreCell(result.overallScore.map(Double.init)))</span>"
                + (result.status == .audited ? levelBadge(result.level) : "<span class=\"status status-\(result.status.rawValue)\">\(result.status.rawValue)</span>") + "</summary>\n"
            html += "<div class=\"repo-body\">" + repositoryBody(result) + "</div></details>\n"
        }
        return html
    }

    private func repositoryBody(_ result: FleetRepositoryResult) -> String {
        var facts = "<dl class=\"facts\"><dt>Location</dt><dd>\(HTMLEscaping.code(result.repository.location))</dd>"
        facts += "<dt>Status</dt><dd>\(result.status.rawValue)\(result.message.map { ": " + HTMLEscaping.text($0) } ?? "")</dd>"
        if let commit = result.commit { facts += "<dt>Commit</dt><dd>\(HTMLEscaping.code(ReportText.shortCommit(commit)))</dd>" }
        if !result.repository.tags.isEmpty {
            facts += "<dt>Tags</dt><dd>\(result.repository.tags.map(HTMLEscaping.text).joined(separator: ", "))</dd>"
        }
        if !result.disabledChecks.isEmpty {
            facts +=
                "<dt>Disabled by the repository</dt><dd>\(result.disabledChecks.map(HTMLEscaping.code).joined(separator: ", "))"
                + " <span class=\"muted\">(its .groundwork.yaml; gates resting on them are overridden)</span></dd>"
        }
        facts += "<dt>Effort</dt><dd>\(ReportText.hours(result.effortHours)), \(ReportText.hours(result.automatedHours)) automated by bricks</dd></dl>"
        guard result.status == .audited else { return facts }
        var html = facts
        if !result.areaScores.isEmpty {
            let rows = Area.allCases.map { (label: $0.title, score: result.areaScores[$0.rawValue]) }.filter { $0.score != nil }
            html += HTMLCharts.scoreBars(rows, title: "Scores of \(result.repository.name)")
        }
        guard let report = result.report else {
            let list = result.failingChecks.map { "<li>\(HTMLEscaping.code($0))</li>" }.joined()
            return html + (list.isEmpty ? "" : "<p>Failing checks (no stored report):</p><ul class=\"plain\">\(list)</ul>")
        }
        let failing = Set(result.failingChecks)
        let failures = report.failures.filter { failing.isEmpty || failing.contains($0.id) }
        if failures.isEmpty { return html + "<p class=\"good\">No failing check.</p>" }
        for failure in failures {
            html += finding(failure)
        }
        return html
    }

    private func finding(_ failure: CheckResult) -> String {
        var items = ""
        for evidence in failure.evidence.prefix(Self.evidenceLimit) {
            let place = ReportText.place(evidence).map { HTMLEscaping.code($0) + " " } ?? ""
            items += "<li>\(place)\(HTMLEscaping.text(evidence.message))</li>"
        }
        if failure.evidence.count > Self.evidenceLimit {
            items += "<li class=\"muted\">… and \(failure.evidence.count - Self.evidenceLimit) more</li>"
        }
        let fix = failure.fixedBy.isEmpty ? "by hand" : "bricks " + failure.fixedBy.map(HTMLEscaping.code).joined(separator: ", ")
        return """
            <details class="finding sev-\(failure.severity.rawValue)"><summary><span class="badge">\(failure.severity.rawValue)</span><span class="finding-title">\(HTMLEscaping.text(failure.title))</span><span class="finding-meta">\(HTMLEscaping.text(failure.id)) · \(ReportText.hours(failure.effortHours))</span></summary>
            <div class="finding-body"><p>\(HTMLEscaping.text(failure.rationale))</p>\(items.isEmpty ? "" : "<ul class=\"evidence\">\(items)</ul>")<p class="muted">Fix: \(fix)</p></div></details>
            """
    }
}
#endif
