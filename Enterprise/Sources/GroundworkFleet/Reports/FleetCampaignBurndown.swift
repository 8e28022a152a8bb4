#if Enterprise
import Foundation

/// How many repositories of a campaign still had work left (not merged, closed or skipped) after each
/// recorded change of state: the campaign's burndown, for the whole campaign and per client.
struct FleetCampaignBurndown: Sendable {
    /// The count after the changes up to `at`.
    struct Point: Sendable {
        var at: Date
        var open: Int
        var openByClient: [String: Int]
    }

    var campaign: String
    var points: [Point]
    var clients: [String]

    /// At most `limit` points, the last one always kept: one per change would crowd a long campaign.
    init(campaign: String, events: [FleetCampaignEvent], limit: Int = 40) {
        self.campaign = campaign
        var latest: [String: FleetCampaignEvent] = [:]
        var points: [Point] = []
        for event in events.filter({ $0.campaign == campaign }).sorted(by: { $0.at < $1.at }) {
            latest[event.repository] = event
            let open = latest.values.filter(\.state.isOpenWork)
            var byClient: [String: Int] = [:]
            for event in latest.values { byClient[event.client ?? "—", default: 0] += event.state.isOpenWork ? 1 : 0 }
            let point = Point(at: event.at, open: open.count, openByClient: byClient)
            if let last = points.last, last.at == event.at { points[points.count - 1] = point } else { points.append(point) }
        }
        if points.count > limit {
            let step = Double(points.count - 1) / Double(limit - 1)
            points = (0..<limit).map { points[Int((Double($0) * step).rounded())] }
        }
        self.points = points
        clients = Array(Set(latest.values.map { $0.client ?? "—" })).sorted()
    }
}
#endif
