#if Enterprise
import GroundworkReport

extension FleetHTMLRenderer {
    /// Line charts of the average score and the failing checks per repository, for the fleet and per client.
    ///
    /// Failing checks are per audited repository, so that the fleet and a client of any size share one scale.
    /// At most one line per colour of the palette is drawn: with more clients, the ones with the lowest average
    /// score in the newest run, whose trend matters most; every client is in the Clients table.
    func trendsSection(_ data: FleetReportData) -> String {
        let trend = data.trend
        guard trend.count > 1 else {
            return "<h2>Trends</h2>\n<p class=\"muted\">One run so far: trends appear after the next fleet audit.</p>"
        }
        let labels = trend.map(FleetText.runLabel)
        let allClients = Array(Set(trend.flatMap { $0.clients.keys })).sorted()
        let clients = Self.drawnClients(allClients, newest: trend[trend.count - 1])
        let fleetScore = FleetTrendChart.Series(label: "Fleet", values: trend.map(\.averageScore), emphasised: true)
        let clientScores = clients.map { client in
            FleetTrendChart.Series(label: client, values: trend.map { $0.clients[client]?.averageScore })
        }
        let fleetFailing = FleetTrendChart.Series(label: "Fleet", values: trend.map(\.failingChecksPerRepository), emphasised: true)
        let clientFailing = clients.map { client in
            FleetTrendChart.Series(label: client, values: trend.map { $0.clients[client]?.failingChecksPerRepository })
        }
        let scoreChart = FleetTrendChart.render([fleetScore] + clientScores, xLabels: labels, title: "Average score per run", yMax: 100)
        let failingChart = FleetTrendChart.render([fleetFailing] + clientFailing, xLabels: labels, title: "Failing checks per repository, per run", yMax: nil)
        let left = allClients.count - clients.count
        let note =
            left == 0
            ? ""
            : "\n<p class=\"meta\">Lines for the \(clients.count) clients with the lowest average score in the newest run; \(left) more \(left == 1 ? "client is" : "clients are") in the Clients table.</p>"
        return """
            <h2>Trends</h2>
            <p class="meta">\(trend.count) runs from \(ReportText.dateTime(trend[0].startedAt)) to \(ReportText.dateTime(trend[trend.count - 1].startedAt)).</p>
            <div class="grid-2">
            <figure class="panel"><h3>Average score</h3>\(scoreChart)</figure>
            <figure class="panel"><h3>Failing checks per repository</h3>\(failingChart)</figure>
            </div>\(note)
            """
    }

    /// The clients that get a line: all of them when the palette has a colour each, else the lowest-scoring
    /// in the newest run (clients without a score there last), in name order.
    static func drawnClients(_ clients: [String], newest: FleetRunSummary) -> [String] {
        let limit = FleetTrendChart.palette.count
        guard clients.count > limit else { return clients }
        let ranked = clients.sorted { first, second in
            let a = newest.clients[first]?.averageScore ?? .infinity, b = newest.clients[second]?.averageScore ?? .infinity
            return a != b ? a < b : first < second
        }
        return ranked.prefix(limit).sorted()
    }
}
#endif
