#if Enterprise
import GroundworkAuditModel

/// How ready one client's services are to scale, from the `scale` checks of their stored reports: how many
/// run on Kubernetes manifests the checks could read, how many pass every scale check that is not a mere
/// notice, and what holds the others back — each gap with the recipes that close it.
package struct FleetScalingReadiness: Sendable, Hashable, Codable {
    /// A scale check failing in some of the client's repositories.
    package struct Gap: Sendable, Hashable, Codable {
        package var check: String
        package var title: String
        package var repositories: [String]
        /// The recipes that fix it (`groundwork recipes apply …`, or `fleet apply` across the client).
        package var recipes: [String]
    }

    package var client: String
    /// Repositories with a report (complete or not) and Kubernetes manifests or Helm charts where a scale check applied.
    package var onKubernetes: Int
    /// Of those, how many pass every applicable scale check above `info`.
    package var ready: Int
    /// The average `scale` area score of those repositories.
    package var averageScore: Double?
    /// The failing scale checks, most widespread first.
    package var gaps: [Gap]

    /// The readiness of `results` (one client's).
    init(client: String, results: [FleetRepositoryResult]) {
        self.client = client
        var onKubernetes = 0, ready = 0
        var scores: [Int] = []
        var byCheck: [String: Gap] = [:]
        // An incomplete audit (missing objects) still read the manifests it reports on.
        for result in results where result.status != .skipped {
            guard let report = result.report, !report.stack.delivery.kubernetesManifests.isEmpty || !report.stack.delivery.helmCharts.isEmpty else { continue }
            let scale = report.results.filter { $0.area == .scale && $0.status != .notApplicable && $0.severity > .info }
            guard !scale.isEmpty else { continue }
            onKubernetes += 1
            if let score = result.areaScores[Area.scale.rawValue] { scores.append(score) }
            let failing = scale.filter { $0.status == .fail }
            if failing.isEmpty { ready += 1 }
            for check in failing {
                byCheck[check.id, default: Gap(check: check.id, title: check.title, repositories: [], recipes: check.fixedBy)].repositories.append(result.repository.name)
            }
        }
        self.onKubernetes = onKubernetes
        self.ready = ready
        averageScore = FleetRunSummary.mean(scores)
        gaps = byCheck.values.sorted { ($1.repositories.count, $0.check) < ($0.repositories.count, $1.check) }
    }
}

extension FleetReportData {
    /// Scaling readiness per client, for clients with at least one service on Kubernetes.
    package var scalingReadiness: [FleetScalingReadiness] {
        Dictionary(grouping: results) { $0.repository.client ?? Self.noClient }
            .map { FleetScalingReadiness(client: $0.key, results: $0.value) }
            .filter { $0.onKubernetes > 0 }
            .sorted { $0.client < $1.client }
    }
}
#endif
