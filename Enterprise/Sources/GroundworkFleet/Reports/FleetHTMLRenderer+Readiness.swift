#if Enterprise
import GroundworkReport

extension FleetHTMLRenderer {
    /// Per client: services on Kubernetes, how many are ready to scale, the scale score, and the gaps with
    /// the recipes that close them (issue 13 §4: "how you scale", across the fleet).
    func readinessSection(_ data: FleetReportData) -> String? {
        let readiness = data.scalingReadiness
        guard !readiness.isEmpty else { return nil }
        var rows = ""
        for client in readiness {
            let share = Double(client.ready) / Double(max(1, client.onKubernetes))
            let gaps = client.gaps.prefix(4).map { gap in
                let recipes = gap.recipes.isEmpty ? "" : " → " + gap.recipes.map(HTMLEscaping.code).joined(separator: ", ")
                return "<li>\(HTMLEscaping.code(gap.check)) in \(gap.repositories.count)\(recipes)</li>"
            }.joined()
            rows +=
                "<tr><th scope=\"row\">\(HTMLEscaping.text(client.client))</th><td class=\"num\">\(client.onKubernetes)</td>"
                + "<td class=\"share\"><span class=\"share-bar\"><span style=\"width:\(Int((share * 100).rounded()))%\"></span></span> \(client.ready) of \(client.onKubernetes)</td>"
                + "<td class=\"num\">\(scoreCell(client.averageScore))</td>"
                + "<td>\(gaps.isEmpty ? "<span class=\"good\">none</span>" : "<ul class=\"plain\">\(gaps)</ul>")</td></tr>\n"
        }
        return """
            <h2>Scaling readiness</h2>
            <p class="muted">Services whose Kubernetes manifests the scale checks read; ready = every scale check above info passes. Each gap names the recipes that close it (<code>groundwork recipes apply</code>, or <code>groundwork fleet apply</code> across a client).</p>
            <div class="table-wrap"><table>
            <thead><tr><th>Client</th><th class="num">On Kubernetes</th><th>Ready to scale</th><th class="num">Scale score</th><th>Gaps (repositories → recipes)</th></tr></thead>
            <tbody>
            \(rows)</tbody>
            </table></div>
            """
    }
}
#endif
