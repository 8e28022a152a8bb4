#if Enterprise
import Foundation
import GroundworkReport

extension FleetHTMLRenderer {
    /// The fleet apply campaigns: per campaign, its states and a burndown of the repositories with work
    /// left, for the campaign and per client. Nothing when no campaign was recorded.
    func campaignsSection(_ data: FleetReportData) -> String? {
        let names = Array(Set(data.campaigns.map(\.campaign))).sorted()
        guard !names.isEmpty else { return nil }
        var html = "<h2>Campaigns</h2>"
        for name in names {
            let records = data.campaigns.filter { $0.campaign == name }
            let counts = FleetApplyState.allCases.compactMap { state -> String? in
                let count = records.filter { $0.state == state }.count
                return count == 0 ? nil : "\(HTMLEscaping.text(state.rawValue)) \(count)"
            }
            let burndown = FleetCampaignBurndown(campaign: name, events: data.campaignEvents)
            let labels = burndown.points.map { ReportText.dateTime($0.at) }
            // One line per palette colour: the clients with the most work left.
            let last = burndown.points.last?.openByClient ?? [:]
            let clients = burndown.clients.sorted { (last[$0] ?? 0, $1) > (last[$1] ?? 0, $0) }.prefix(FleetTrendChart.palette.count).sorted()
            let series =
                [FleetTrendChart.Series(label: "Campaign", values: burndown.points.map { Double($0.open) }, emphasised: true)]
                + clients.map { client in FleetTrendChart.Series(label: client, values: burndown.points.map { Double($0.openByClient[client] ?? 0) }) }
            let chart =
                burndown.points.count > 1
                ? FleetTrendChart.render(series, xLabels: labels, title: "Repositories with work left in \(name)", yMax: nil)
                : "<p class=\"muted\">One change recorded so far.</p>"
            var rows = ""
            for record in records {
                // The address as text, not a link: the report holds no external URL a browser would follow.
                let request = record.requestURL.map(HTMLEscaping.code) ?? ""
                let score = record.scoreBefore.map { "\($0) → \(record.scoreAfter.map(String.init) ?? "—")" } ?? "—"
                rows +=
                    "<tr><td>\(HTMLEscaping.text(record.client ?? ""))</td><td>\(HTMLEscaping.text(record.repository))</td><td>\(HTMLEscaping.text(record.state.rawValue))</td><td>\(score)</td><td>\(request)</td><td>\(HTMLEscaping.text(record.reason ?? ""))</td></tr>\n"
            }
            html += """

                <h3>\(HTMLEscaping.text(name))</h3>
                <p class="meta">\(records.count) repositories: \(counts.joined(separator: " · "))</p>
                <figure class="panel"><h3>Burndown</h3>\(chart)</figure>
                <table><thead><tr><th>Client</th><th>Repository</th><th>State</th><th>Score</th><th>Request</th><th>Reason</th></tr></thead><tbody>
                \(rows)</tbody></table>
                """
        }
        return html
    }
}
#endif
