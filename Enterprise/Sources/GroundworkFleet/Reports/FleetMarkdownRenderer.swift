#if Enterprise
import GroundworkReport

/// The fleet report in GitHub-flavoured Markdown, for a pull request, a wiki or an e-mail.
struct FleetMarkdownRenderer {
    func render(_ data: FleetReportData) -> String {
        let summary = data.summary
        var lines = ["# Fleet report: \(MarkdownEscaping.text(data.run.fleet))", ""]
        if let banner = FleetText.evaluationBanner(data.run) {
            lines += ["> **\(MarkdownEscaping.text(banner))**", ""]
        }
        lines += [
            "Run \(MarkdownEscaping.code(data.run.id)) started \(ReportText.dateTime(data.run.startedAt))"
                + (data.run.finishedAt == nil ? " (not finished)" : "") + ".", "",
            "## Summary", "",
            MarkdownEscaping.header(["Repositories", "Audited", "Failed", "Skipped", "Average score", "Gates failed", "Effort", "Automated by bricks"], numeric: Set(0..<8)),
            MarkdownEscaping.row([
                String(summary.repositories), String(summary.audited), String(summary.failed), String(summary.skipped),
                FleetText.score(summary.averageScore), String(summary.gatesFailed),
                ReportText.hours(summary.effortHours), ReportText.hours(summary.automatedHours),
            ]),
            "", "## Clients", "",
        ]
        let levels = data.levels
        lines.append(MarkdownEscaping.header(["Client", "Repositories", "Average score"] + levels.map(MarkdownEscaping.text) + ["No level", "Gates failed"], numeric: Set(1..<(levels.count + 5))))
        for client in data.clients {
            lines.append(
                MarkdownEscaping.row(
                    [MarkdownEscaping.text(client.client), String(client.repositories), FleetText.score(client.averageScore)]
                        + levels.map { String(client.levelCounts[$0] ?? 0) } + [String(client.levelCounts[nil] ?? 0), String(client.gatesFailed)]))
        }
        lines += ["", "## Repositories", "", MarkdownEscaping.header(["Client", "Repository", "Status", "Score", "Level", "Gates", "Failing", "Effort"], numeric: [3, 6, 7])]
        for result in data.results {
            lines.append(
                MarkdownEscaping.row([
                    MarkdownEscaping.text(result.repository.client ?? ""), MarkdownEscaping.text(result.repository.name),
                    result.status.rawValue + (result.message.map { ": " + MarkdownEscaping.text($0) } ?? ""),
                    result.overallScore.map(String.init) ?? "—", MarkdownEscaping.text(result.level ?? "—"),
                    FleetText.gates(result.gatesPassed), String(result.failingChecks.count), ReportText.hours(result.effortHours),
                ]))
        }
        let disabling = data.results.filter { !$0.disabledChecks.isEmpty }
        if !disabling.isEmpty {
            lines += [
                "", "## Checks disabled by the repositories themselves", "",
                "A repository's `.groundwork.yaml` switched these off; a policy gate resting on them is overridden, not passed.", "",
                MarkdownEscaping.header(["Client", "Repository", "Disabled checks"]),
            ]
            for result in disabling {
                lines.append(
                    MarkdownEscaping.row([
                        MarkdownEscaping.text(result.repository.client ?? ""), MarkdownEscaping.text(result.repository.name),
                        result.disabledChecks.map { MarkdownEscaping.code($0, inTable: true) }.joined(separator: ", "),
                    ]))
            }
        }
        let failing = data.topFailingChecks.prefix(15)
        if !failing.isEmpty {
            lines += ["", "## Top failing checks", "", MarkdownEscaping.header(["Check", "Title", "Severity", "Repositories"], numeric: [3])]
            for check in failing {
                lines.append(
                    MarkdownEscaping.row([
                        MarkdownEscaping.code(check.id, inTable: true), MarkdownEscaping.text(check.title),
                        check.severity?.rawValue ?? "", String(check.repositories.count),
                    ]))
            }
        }
        let readiness = data.scalingReadiness
        if !readiness.isEmpty {
            lines += [
                "", "## Scaling readiness", "",
                "Ready = every scale check above info passes on the service's Kubernetes manifests; each gap names the recipes that close it.", "",
                MarkdownEscaping.header(["Client", "On Kubernetes", "Ready to scale", "Scale score", "Gaps (repositories → recipes)"], numeric: [1, 3]),
            ]
            for client in readiness {
                let gaps = client.gaps.prefix(4).map { gap in
                    MarkdownEscaping.code(gap.check, inTable: true) + " in \(gap.repositories.count)"
                        + (gap.recipes.isEmpty ? "" : " → " + gap.recipes.map { MarkdownEscaping.code($0, inTable: true) }.joined(separator: ", "))
                }
                lines.append(
                    MarkdownEscaping.row([
                        MarkdownEscaping.text(client.client), String(client.onKubernetes), "\(client.ready) of \(client.onKubernetes)",
                        FleetText.score(client.averageScore), gaps.isEmpty ? "none" : gaps.joined(separator: "<br>"),
                    ]))
            }
        }
        if data.trend.count > 1 {
            lines += ["", "## Trend", "", MarkdownEscaping.header(["Run", "Started", "Repositories", "Average score", "Failing checks"], numeric: [2, 3, 4])]
            for point in data.trend {
                lines.append(
                    MarkdownEscaping.row([
                        MarkdownEscaping.code(point.runID, inTable: true), ReportText.dateTime(point.startedAt),
                        String(point.repositories), FleetText.score(point.averageScore), String(point.failingChecks),
                    ]))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
#endif
