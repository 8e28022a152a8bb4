import GroundworkAuditModel

extension HTMLReportRenderer {
    /// Failing checks per area, each a `<details>` with its rationale, evidence and fix; critical and
    /// high findings start open so they also show when printed.
    func findings(_ digest: ReportDigest) -> String {
        var html = "<section id=\"findings\">\n<h2>Findings</h2>\n"
        guard !digest.failures.isEmpty else { return html + "<p>No check failed.</p>\n</section>" }
        for group in digest.failuresByArea {
            let score = group.score.map { "<span class=\"\(HTMLCharts.scoreClass($0))\">\($0)/100</span>" } ?? ""
            html += "<h3>\(HTMLEscaping.text(group.area.title)) \(score)</h3>\n"
            html += group.failures.map(finding).joined(separator: "\n") + "\n"
        }
        return html + "</section>"
    }

    private func finding(_ result: CheckResult) -> String {
        let severity = result.severity.rawValue
        let isOpen = result.severity >= .high ? " open" : ""
        let meta = [ReportText.hours(result.effortHours)] + (result.fixedBy.isEmpty ? ["by hand"] : result.fixedBy.map(HTMLEscaping.text))
        var evidence = result.evidence.prefix(Self.evidenceLimit).map { item in
            var parts: [String] = []
            if let location = item.location { parts.append(HTMLEscaping.code(location)) }
            if let commit = item.commit { parts.append("<span class=\"commit\">\(HTMLEscaping.text(ReportText.shortCommit(commit)))</span>") }
            parts.append(HTMLEscaping.text(item.message))
            if let liveness = item.liveness {
                // The provider's verdict (`--verify-secrets`): a live secret is what to rotate first.
                let tone = liveness == "live" ? "poor" : liveness == "revoked" ? "good" : "muted"
                parts.append("<strong class=\"liveness \(tone)\">[\(HTMLEscaping.text(liveness))]</strong>")
            }
            return "<li>\(parts.joined(separator: " "))</li>"
        }
        if result.evidence.count > Self.evidenceLimit {
            evidence.append("<li class=\"muted\">… and \(result.evidence.count - Self.evidenceLimit) more (see the JSON report)</li>")
        }
        let fix =
            ReportText.fixCommand(result).map {
                "Fix: \(HTMLEscaping.code($0)) saves about \(ReportText.hours(result.effortHours)) of manual work."
            } ?? "No groundwork brick fixes this; about \(ReportText.hours(result.effortHours)) by hand."
        return """
            <details class="finding sev-\(severity)"\(isOpen)>
            <summary><span class="badge">\(ReportText.severityName(result.severity))</span><span class="finding-title">\(HTMLEscaping.text(result.title))</span><span class="finding-meta">\(meta.joined(separator: " · "))</span></summary>
            <div class="finding-body">
            <p>\(HTMLEscaping.text(result.rationale))</p>
            \(evidence.isEmpty ? "" : "<ul class=\"evidence\">\(evidence.joined())</ul>")
            <p>\(fix)</p>
            <p class="muted">Check \(HTMLEscaping.code(result.id))</p>
            </div>
            </details>
            """
    }

    /// The bricks that fix failures, most hours saved first, and what is left to do by hand.
    func fixes(_ digest: ReportDigest) -> String? {
        guard !digest.failures.isEmpty else { return nil }
        var html = "<section id=\"fixes\">\n<h2>What groundwork can fix</h2>\n"
        if digest.brickFixes.isEmpty {
            html += "<p>No groundwork brick fixes what failed; every finding is left to do by hand.</p>\n"
        } else {
            html += "<p>Each brick is applied as one reviewable commit on a new branch.</p>\n"
            html += "<table><thead><tr><th>Brick</th><th>Fixes</th><th class=\"num\">Hours saved</th></tr></thead><tbody>"
            for fix in digest.brickFixes {
                let checks = fix.checks.map { HTMLEscaping.text($0.title) }.joined(separator: "<br>")
                html += "<tr><td>\(HTMLEscaping.code("groundwork apply \(fix.brick)"))</td><td>\(checks)</td><td class=\"num\">\(ReportText.number(fix.hours))</td></tr>"
            }
            html += "</tbody></table>\n"
            if let command = digest.applyAllCommand {
                html += "<p>All at once: \(HTMLEscaping.code(command))</p>\n"
            }
        }
        if !digest.manualFixes.isEmpty {
            let hours = digest.manualFixes.reduce(0) { $0 + $1.effortHours }
            html += "<h3>Left to do by hand <span class=\"muted\">\(ReportText.hours(hours))</span></h3>\n<ul class=\"plain\">"
            html += digest.manualFixes.map { "<li>\(HTMLEscaping.text($0.title)) <span class=\"muted\">\(ReportText.hours($0.effortHours))</span></li>" }.joined()
            html += "</ul>\n"
        }
        return html + "</section>"
    }

    /// Checks that passed and checks that did not apply, folded away.
    func otherChecks(_ digest: ReportDigest) -> String? {
        guard !digest.passed.isEmpty || !digest.notApplicable.isEmpty else { return nil }
        var html = "<section id=\"other-checks\">\n<h2>Other checks</h2>\n"
        if !digest.passed.isEmpty {
            html += "<details class=\"other\"><summary>\(digest.passed.count) passed</summary><ul class=\"plain\">"
            html += digest.passed.map { "<li>\(HTMLEscaping.text($0.title)) \(HTMLEscaping.code($0.id))</li>" }.joined()
            html += "</ul></details>\n"
        }
        if !digest.notApplicable.isEmpty {
            html += "<details class=\"other\"><summary>\(digest.notApplicable.count) did not apply</summary><ul class=\"plain\">"
            html += digest.notApplicable.map { result in
                "<li>\(HTMLEscaping.text(result.title)) \(HTMLEscaping.code(result.id))"
                    + (result.reason.map { " <span class=\"muted\">— \(HTMLEscaping.text($0))</span>" } ?? "") + "</li>"
            }.joined()
            html += "</ul></details>\n"
        }
        return html + "</section>"
    }
}
