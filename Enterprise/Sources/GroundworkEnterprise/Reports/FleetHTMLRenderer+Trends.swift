#if Enterprise
import GroundworkReport

extension FleetHTMLRenderer {
    /// Line charts of the average score and the failing checks per run, for the fleet and per client.
    func trendsSection(_ data: FleetReportData) -> String {
        let trend = data.trend
        guard trend.count > 1 else {
            return "<h2>Trends</h2>\n<p class=\"muted\">One run so far: trends appear after the next fleet audit.</p>"
        }
        let labels = trend.map(FleetText.runLabel)
        let clients = Array(Set(trend.flatMap { $0.clients.keys })).sorted()
        let fleetScore = FleetTrendChart.Series(label: "Fleet", values: trend.map(\.averageScore), emphasised: true)
        let clientScores = clients.map { client in
            FleetTrendChart.Series(label: client, values: trend.map { $0.clients[client]?.averageScore })
        }
        let fleetFailing = FleetTrendChart.Series(label: "Fleet", values: trend.map { Double($0.failingChecks) }, emphasised: true)
        let clientFailing = clients.map { client in
            FleetTrendChart.Series(label: client, values: trend.map { $0.clients[client].map { Double($0.failingChecks) } })
        }
        let scoreChart = FleetTrendChart.render([fleetScore] + clientScores, xLabels: labels, title: "Average score per run", yMax: 100)
        let failingChart = FleetTrendChart.render([fleetFailing] + clientFailing, xLabels: labels, title: "Failing checks per run", yMax: nil)
        return """
        <h2>Trends</h2>
        <p class="meta">\(trend.count) runs from \(ReportText.dateTime(trend[0].startedAt)) to \(ReportText.dateTime(trend[trend.count - 1].startedAt)).</p>
        <div class="grid-2">
        <figure class="panel"><h3>Average score</h3>\(scoreChart)</figure>
        <figure class="panel"><h3>Failing checks</h3>\(failingChart)</figure>
        </div>
        """
    }
}
#endif
