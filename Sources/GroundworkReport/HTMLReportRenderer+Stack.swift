import GroundworkAuditModel

extension HTMLReportRenderer {
    /// The language mix as a donut, the stack facts, and the packages.
    func stack(_ digest: ReportDigest) -> String {
        let stack = digest.report.stack
        let shares = digest.languageShares(limit: HTMLStyleSheet.palette.count)
        let slices = shares.enumerated().map { index, share in
            (
                label: share.name, fraction: share.fraction,
                color: share.name == "Other" && index == shares.count - 1 ? HTMLStyleSheet.otherColor : HTMLStyleSheet.palette[index % HTMLStyleSheet.palette.count]
            )
        }
        let mix = slices.isEmpty ? "<p class=\"muted\">No code was found.</p>" : HTMLCharts.donut(slices, title: "Language mix by bytes of code")

        var facts: [(String, String)] = []
        if let monorepo = stack.monorepo { facts.append(("Monorepo", HTMLEscaping.text(monorepo))) }
        facts.append(("Delivery", ReportText.deliveryLine(stack.delivery).map(HTMLEscaping.text) ?? "none found"))
        let ci = stack.ciSystems.map { HTMLEscaping.text($0.name) }.joined(separator: ", ")
        facts.append(("CI", ci.isEmpty ? "none found" : ci))
        facts.append(("Licence", stack.license.map { "\(HTMLEscaping.text($0.spdx ?? "unrecognised text")) in \(HTMLEscaping.code($0.path))" } ?? "none found"))
        let frameworks = stack.frameworks.map(HTMLEscaping.text).joined(separator: ", ")
        if !frameworks.isEmpty { facts.append(("Frameworks", frameworks)) }
        if !digest.report.repository.submodules.isEmpty {
            facts.append(("Submodules", digest.report.repository.submodules.map(HTMLEscaping.code).joined(separator: " ") + " <span class=\"muted\">(not followed)</span>"))
        }
        let list = facts.map { "<dt>\($0.0)</dt><dd>\($0.1)</dd>" }.joined()

        var html = """
            <section id="stack">
            <h2>Stack</h2>
            <div class="grid-2">
            <div class="panel"><h3>Languages</h3>\(mix)</div>
            <div class="panel"><h3>Delivery and tooling</h3><dl class="facts">\(list)</dl></div>
            </div>

            """
        if !stack.packages.isEmpty {
            html += "<h3>Packages</h3>\n<table><thead><tr><th>Package</th><th>Path</th><th>Ecosystem</th><th>Frameworks</th><th>Kind</th></tr></thead><tbody>"
            for package in stack.packages {
                let runtime = package.runtimeVersion.map { " · runtime " + HTMLEscaping.text($0) } ?? ""
                html +=
                    "<tr><td>\(HTMLEscaping.text(package.name))</td>"
                    + "<td>\(package.path.isEmpty ? "<span class=\"muted\">root</span>" : HTMLEscaping.code(package.path))</td>"
                    + "<td>\(HTMLEscaping.text(package.ecosystem)) / \(HTMLEscaping.text(package.packageManager))\(runtime)</td>"
                    + "<td>\(package.frameworks.map(HTMLEscaping.text).joined(separator: ", "))</td>"
                    + "<td>\(package.kind.rawValue)</td></tr>"
            }
            html += "</tbody></table>\n"
        }
        return html + "</section>"
    }

    /// Commits, authors, bus factor and a sparkline of commits per month; nil when history was not walked.
    func history(_ report: AuditReport) -> String? {
        guard let history = report.history else { return nil }
        let partial = history.isPartial ? "<div class=\"note\">history is partial</div>" : ""
        var html = """
            <section id="history">
            <h2>History</h2>
            <div class="cards">
            <div class="card"><div class="label">Commits</div><div class="value">\(history.commitCount)</div>\(partial)</div>
            <div class="card"><div class="label">Authors</div><div class="value">\(history.authorCount)</div></div>
            <div class="card"><div class="label">Bus factor</div><div class="value \(history.busFactor <= 1 ? "poor" : "")">\(history.busFactor)</div><div class="note">\(history.recentBusFactor) over the last 12 months</div></div>
            <div class="card"><div class="label">Last commit</div><div class="value" style="font-size:20px">\(history.lastCommitDate.map(ReportText.day) ?? "—")</div></div>
            </div>

            """
        if !history.commitsPerMonth.isEmpty {
            let months = history.commitsPerMonth.count
            let peak = history.commitsPerMonth.max() ?? 0
            html += """
                <div class="panel" style="margin-top:14px"><h3>Commits per month <span class="muted">peak \(peak)</span></h3>
                \(HTMLCharts.sparkline(history.commitsPerMonth, title: "Commits per month, oldest first"))
                <div class="spark-axis"><span>\(months) month\(months == 1 ? "" : "s") ago</span><span>this month</span></div></div>

                """
        }
        return html + "</section>"
    }
}
