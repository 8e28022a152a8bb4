#if Enterprise
import GroundworkBasics
import GroundworkFleet
import GroundworkReport

/// The capacity sheet as one self-contained HTML file: the audit report's and the fleet dashboard's style,
/// inline SVG charts (the fleet's line chart), no script and no external URL; every text escaped.
package struct CapacityHTMLRenderer {
    package init() {}

    package func render(_ sheet: CapacitySheet) -> String {
        let sections = [header(sheet), cards(sheet), measurementSection(sheet), sizingSection(sheet), curveSection(sheet), manifestsSection(sheet), methodSection(sheet), footer(sheet)]
        return FleetHTMLPage.document(
            title: "Capacity sheet: \(sheet.measurement.service.name)", evaluationMarker: sheet.evaluationMarker, css: Self.css,
            body: sections.compactMap { $0 }.joined(separator: "\n")
        )
    }

    /// The sheet's additions to the shared style: manifests in code blocks, the sizing table's muted basis column.
    static let css = """
        pre.manifest { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; overflow-x: auto; font-size: 13px; }
        td.basis { color: var(--muted); font-size: 13.5px; }
        """

    private func header(_ sheet: CapacitySheet) -> String {
        let service = sheet.measurement.service
        var facts = [HTMLEscaping.code(service.url), "started with " + HTMLEscaping.code(service.command)]
        if let stack = service.stack { facts.append("stack " + HTMLEscaping.text(stack)) }
        facts.append("measured \(ReportText.dateTime(sheet.measurement.startedAt)) on \(sheet.measurement.cores) cores")
        return """
            <header>
            <p class="eyebrow">Capacity sheet</p>
            <h1>\(HTMLEscaping.text(service.name))</h1>
            <p class="meta">\(facts.joined(separator: " · "))</p>
            </header>
            """
    }

    private func cards(_ sheet: CapacitySheet) -> String {
        let cards = sheet.headline.map { row in
            "<div class=\"card\"><div class=\"label\">\(HTMLEscaping.text(row.setting))</div><div class=\"value\">\(HTMLEscaping.text(row.value))</div><div class=\"note\">\(HTMLEscaping.text(row.basis))</div></div>"
        }
        return "<section class=\"cards\" aria-label=\"Capacity summary\">\n\(cards.joined(separator: "\n"))\n</section>"
    }

    private func measurementSection(_ sheet: CapacitySheet) -> String {
        let steps = sheet.measurement.steps
        let labels = steps.map { "\($0.connections)" }
        let throughput = FleetTrendChart.render(
            [FleetTrendChart.Series(label: "requests per second", values: steps.map { $0.rps }, emphasised: true)],
            xLabels: labels, title: "Throughput by connections", yMax: nil
        )
        let latency = FleetTrendChart.render(
            [
                FleetTrendChart.Series(label: "p95 (ms)", values: steps.map { $0.p95Milliseconds }, emphasised: true),
                FleetTrendChart.Series(label: "p50 (ms)", values: steps.map { $0.p50Milliseconds }),
                FleetTrendChart.Series(label: "target (ms)", values: steps.map { _ in sheet.measurement.p95TargetMilliseconds }),
            ],
            xLabels: labels, title: "Latency by connections", yMax: nil
        )
        let showDatabase = sheet.measurement.database != nil
        var rows = ""
        for (index, step) in steps.enumerated() {
            let mark = index == sheet.plan.capacityStep ? " class=\"good\"" : ""
            rows +=
                "<tr\(mark)><td class=\"num\">\(step.connections)</td><td class=\"num\">\(CapacityText.rate(step.rps))</td>"
                + "<td class=\"num\">\(CapacityText.milliseconds(step.p50Milliseconds))</td><td class=\"num\">\(CapacityText.milliseconds(step.p95Milliseconds))</td>"
                + "<td class=\"num\">\(CapacityText.milliseconds(step.p99Milliseconds))</td><td class=\"num\">\(step.errors)</td>"
                + "<td class=\"num\">\(CapacityText.cpu(step.cpuMillisecondsPerRequest))</td><td class=\"num\">\(CapacityText.mebibytes(step.rssBytes))</td>"
                + (showDatabase ? "<td class=\"num\">\(step.databaseConnections.map(String.init) ?? "—")</td>" : "") + "</tr>\n"
        }
        return """
            <h2>Measurement</h2>
            <p class="muted">\(HTMLEscaping.text(sheet.wrkCitation)), \(sheet.stepSeconds) s per step; the highlighted step is the capacity (p95 ≤ \(CapacityText.milliseconds(sheet.measurement.p95TargetMilliseconds))).</p>
            <div class="grid-2">
            <figure class="panel"><h3>Requests per second by connections</h3>\(throughput)</figure>
            <figure class="panel"><h3>Latency (ms) by connections</h3>\(latency)</figure>
            </div>
            <div class="table-wrap"><table>
            <thead><tr><th class="num">Connections</th><th class="num">Req/s</th><th class="num">p50</th><th class="num">p95</th><th class="num">p99</th><th class="num">Errors</th><th class="num">CPU ms/req</th><th class="num">RSS</th>\(showDatabase ? "<th class=\"num\">DB conns</th>" : "")</tr></thead>
            <tbody>
            \(rows)</tbody>
            </table></div>
            """
    }

    private func sizingSection(_ sheet: CapacitySheet) -> String {
        let rows = sheet.sizing.map {
            "<tr><th scope=\"row\">\(HTMLEscaping.text($0.setting))</th><td class=\"num\">\(HTMLEscaping.text($0.value))</td><td class=\"basis\">\(HTMLEscaping.text($0.basis))</td></tr>"
        }
        return """
            <h2>Sizing</h2>
            <div class="table-wrap"><table>
            <thead><tr><th>Setting</th><th class="num">Value</th><th>From</th></tr></thead>
            <tbody>
            \(rows.joined(separator: "\n"))
            </tbody>
            </table></div>
            """
    }

    private func curveSection(_ sheet: CapacitySheet) -> String? {
        let points = sheet.curve(every: 900)
        guard !points.isEmpty else { return nil }
        let labels = points.map(\.time)
        let load = FleetTrendChart.render(
            [FleetTrendChart.Series(label: "offered load (req/s)", values: points.map { $0.load }, emphasised: true)],
            xLabels: labels, title: "Load over the day", yMax: nil
        )
        let replicas = FleetTrendChart.render(
            [FleetTrendChart.Series(label: "pods (most in each 15 min)", values: points.map { Double($0.replicas) }, emphasised: true)],
            xLabels: labels, title: "Replicas over the day", yMax: nil
        )
        return """
            <h2>Replica curve</h2>
            <p class="muted">The HPA algorithm with Kubernetes' default behaviour, every 15 s over \(HTMLEscaping.text(sheet.plan.profileSource)) (peak \(CapacityText.rate(sheet.plan.peakLoad)) req/s).</p>
            <div class="grid-2">
            <figure class="panel"><h3>Offered load (req/s)</h3>\(load)</figure>
            <figure class="panel"><h3>Pods</h3>\(replicas)</figure>
            </div>
            """
    }

    private func manifestsSection(_ sheet: CapacitySheet) -> String {
        let name = sheet.measurement.service.name
        let snippets = [CapacityManifests.resources(sheet.plan), CapacityManifests.hpa(sheet.plan, name: name), CapacityManifests.pdb(sheet.plan, name: name), CapacityManifests.pgbouncer(sheet.plan)]
        return "<h2>Manifests</h2>\n" + snippets.compactMap { $0 }.map { "<pre class=\"manifest\"><code>\(HTMLEscaping.text($0))</code></pre>" }.joined(separator: "\n")
    }

    private func methodSection(_ sheet: CapacitySheet) -> String {
        let rows = sheet.methods.map {
            "<tr><th scope=\"row\">\(HTMLEscaping.text($0.quantity))</th><td>\(HTMLEscaping.text($0.method))</td><td>\(HTMLEscaping.text($0.tool))</td></tr>"
        }
        return """
            <h2>Method</h2>
            <div class="table-wrap"><table>
            <thead><tr><th>Number</th><th>How it was obtained</th><th>Tool</th></tr></thead>
            <tbody>
            \(rows.joined(separator: "\n"))
            </tbody>
            </table></div>
            """
    }

    private func footer(_ sheet: CapacitySheet) -> String {
        "<footer>Generated by groundwork \(HTMLEscaping.text(GroundworkVersion.current)) on \(ReportText.dateTime(sheet.generatedAt)).</footer>"
    }
}
#endif
