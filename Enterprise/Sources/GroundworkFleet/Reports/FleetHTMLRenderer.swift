#if Enterprise
import GroundworkBasics
import GroundworkReport

/// The fleet dashboard: one self-contained HTML file (inline CSS and SVG, no script, no external URL),
/// every piece of stored text escaped. Sections live in `FleetHTMLRenderer+…` files.
struct FleetHTMLRenderer {
    func render(_ data: FleetReportData) -> String {
        let sections = [
            header(data), summaryCards(data), clientsSection(data), repositoriesSection(data),
            failingChecksSection(data), readinessSection(data), trendsSection(data), campaignsSection(data), drillDown(data), footer(data),
        ]
        return FleetHTMLPage.document(
            title: "Fleet report: \(data.run.fleet)", evaluationMarker: FleetText.evaluationBanner(data.run),
            body: sections.compactMap { $0 }.joined(separator: "\n")
        )
    }

    private func header(_ data: FleetReportData) -> String {
        var facts = ["run " + HTMLEscaping.code(data.run.id), "started \(ReportText.dateTime(data.run.startedAt))"]
        if let count = data.run.shardCount { facts.append("\(count) shard\(count == 1 ? "" : "s")") }
        facts.append(data.run.finishedAt == nil ? "<strong class=\"poor\">not finished</strong>" : "finished \(ReportText.dateTime(data.run.finishedAt ?? data.run.startedAt))")
        return """
            <header>
            <p class="eyebrow">Fleet report</p>
            <h1>\(HTMLEscaping.text(data.run.fleet))</h1>
            <p class="meta">\(facts.joined(separator: " · "))</p>
            </header>
            """
    }

    private func summaryCards(_ data: FleetReportData) -> String {
        let summary = data.summary
        let score =
            summary.averageScore.map { value in
                "<div class=\"value \(HTMLCharts.scoreClass(Int(value.rounded())))\">\(FleetText.score(value))<small>/100</small></div>"
            } ?? "<div class=\"value muted\">—</div>"
        let share = summary.effortHours > 0 ? summary.automatedHours / summary.effortHours : 0
        return """
            <section class="cards" aria-label="Fleet summary">
            <div class="card"><div class="label">Repositories</div><div class="value">\(summary.repositories)</div><div class="note">\(summary.audited) audited · \(summary.failed) failed · \(summary.skipped) skipped</div></div>
            <div class="card"><div class="label">Average score</div>\(score)<div class="note">over audited repositories</div></div>
            <div class="card"><div class="label">Gates failed</div><div class="value\(summary.gatesFailed > 0 ? " poor" : "")">\(summary.gatesFailed)</div><div class="note">\(summary.failingChecks) failing checks in all</div></div>
            <div class="card"><div class="label">Effort to fix</div><div class="value">\(ReportText.number(summary.effortHours))<small> h</small></div><div class="note">estimated, by hand</div></div>
            <div class="card"><div class="label">Automated by bricks</div><div class="value good">\(ReportText.number(summary.automatedHours))<small> h</small></div><div class="note">\(ReportText.percent(share)) of the effort</div></div>
            </section>
            """
    }

    private func clientsSection(_ data: FleetReportData) -> String {
        let levels = data.levels
        var rows = ""
        for client in data.clients {
            let cells = levels.map { "<td class=\"num\">\(client.levelCounts[$0].map(String.init) ?? "<span class=\"muted\">0</span>")</td>" }.joined()
            rows +=
                "<tr><th scope=\"row\">\(HTMLEscaping.text(client.client))</th><td class=\"num\">\(client.repositories)</td>"
                + "<td class=\"num\">\(scoreCell(client.averageScore))</td>\(cells)<td class=\"num\">\(client.levelCounts[nil] ?? 0)</td>"
                + "<td class=\"num\">\(client.gatesFailed)</td><td class=\"num\">\(ReportText.hours(client.effortHours))</td>"
                + "<td class=\"num\">\(ReportText.hours(client.automatedHours))</td></tr>\n"
        }
        let levelHeads = levels.map { "<th class=\"num\">\(HTMLEscaping.text($0))</th>" }.joined()
        return """
            <h2>Clients</h2>
            <div class="table-wrap"><table>
            <thead><tr><th>Client</th><th class="num">Repos</th><th class="num">Avg score</th>\(levelHeads)<th class="num">No level</th><th class="num">Gates failed</th><th class="num">Effort</th><th class="num">Automated</th></tr></thead>
            <tbody>
            \(rows)</tbody>
            </table></div>
            """
    }

    private func repositoriesSection(_ data: FleetReportData) -> String {
        var rows = ""
        for (index, result) in data.results.enumerated() {
            let status = "<span class=\"status status-\(result.status.rawValue)\">\(result.status.rawValue)</span>"
            let gates = result.gatesPassed.map { $0 ? "<span class=\"good\">pass</span>" : "<span class=\"poor\">fail</span>" } ?? "<span class=\"muted\">—</span>"
            rows +=
                "<tr><td>\(HTMLEscaping.text(result.repository.client ?? ""))</td>"
                + "<td><a href=\"#repo-\(index)\">\(HTMLEscaping.text(result.repository.name))</a></td><td>\(status)</td>"
                + "<td class=\"num\">\(scoreCell(result.overallScore.map(Double.init)))</td><td>\(result.status == .audited ? levelBadge(result.level) : "<span class=\"muted\">—</span>")</td><td>\(gates)</td>"
                + "<td class=\"num\">\(result.failingChecks.count)</td><td class=\"num\">\(ReportText.hours(result.effortHours))</td>"
                + "<td class=\"num\">\(ReportText.hours(result.automatedHours))</td></tr>\n"
        }
        return """
            <h2>Repositories</h2>
            <div class="table-wrap"><table>
            <thead><tr><th>Client</th><th>Repository</th><th>Status</th><th class="num">Score</th><th>Level</th><th>Gates</th><th class="num">Failing</th><th class="num">Effort</th><th class="num">Automated</th></tr></thead>
            <tbody>
            \(rows)</tbody>
            </table></div>
            """
    }

    private func failingChecksSection(_ data: FleetReportData) -> String? {
        let checks = data.topFailingChecks.prefix(15)
        guard !checks.isEmpty else { return nil }
        let audited = max(1, data.summary.audited)
        var rows = ""
        for check in checks {
            let severity = check.severity?.rawValue ?? "info"
            let share = Double(check.repositories.count) / Double(audited)
            rows +=
                "<tr class=\"sev-\(severity)\"><td><span class=\"badge\">\(severity)</span></td>"
                + "<td>\(HTMLEscaping.text(check.title))<br>\(HTMLEscaping.code(check.id))</td>"
                + "<td class=\"share\"><span class=\"share-bar\"><span style=\"width:\(Int((share * 100).rounded()))%\"></span></span> \(check.repositories.count) of \(audited)</td>"
                + "<td>\(check.automated ? "<span class=\"good\">brick</span>" : "<span class=\"muted\">by hand</span>")</td></tr>\n"
        }
        return """
            <h2>Top failing checks</h2>
            <div class="table-wrap"><table>
            <thead><tr><th>Severity</th><th>Check</th><th>Repositories</th><th>Fix</th></tr></thead>
            <tbody>
            \(rows)</tbody>
            </table></div>
            """
    }

    private func footer(_ data: FleetReportData) -> String {
        "<footer>Generated by groundwork \(HTMLEscaping.text(GroundworkVersion.current)) on \(ReportText.dateTime(data.generatedAt)).</footer>"
    }

    func scoreCell(_ score: Double?) -> String {
        guard let score else { return "<span class=\"muted\">—</span>" }
        return "<span class=\"\(HTMLCharts.scoreClass(Int(score.rounded())))\">\(FleetText.score(score))</span>"
    }

    func levelBadge(_ level: String?) -> String {
        guard let level else { return "<span class=\"muted\">none</span>" }
        return "<span class=\"level\">\(HTMLEscaping.text(level))</span>"
    }
}
#endif
