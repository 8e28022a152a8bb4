#if Enterprise
import Foundation

/// The HorizontalPodAutoscaler's algorithm as kube-controller-manager runs it, as pure functions: the
/// replica formula with its tolerance, the stabilization windows and the scaling policies, stepped over
/// a load profile. Written from the Kubernetes documentation ("Horizontal Pod Autoscaling": algorithm
/// details, configurable scaling behavior) and the controller's `normalizeDesiredReplicasWithBehaviors`.
package struct HPASimulator: Sendable {
    /// One evaluation of the controller.
    package struct Tick: Sendable, Equatable, Codable {
        /// Seconds since the start of the profile.
        package var second: Int
        /// The offered load, requests per second over every pod.
        package var load: Double
        /// Pods running after this evaluation.
        package var replicas: Int
        /// Average utilization of the pods (percent of their CPU request) seen by this evaluation.
        package var utilization: Double
    }

    /// A scaling action, remembered for the policies' periods.
    private struct Event { var second: Int; var change: Int }
    /// A raw recommendation, remembered for the stabilization windows.
    private struct Recommendation { var second: Int; var replicas: Int }

    package var behavior: HPABehavior
    package var minReplicas: Int
    package var maxReplicas: Int
    /// The target average utilization, percent.
    package var targetUtilization: Double

    package init(behavior: HPABehavior = .kubernetesDefault, minReplicas: Int, maxReplicas: Int, targetUtilization: Double) {
        self.behavior = behavior
        self.minReplicas = minReplicas
        self.maxReplicas = maxReplicas
        self.targetUtilization = targetUtilization
    }

    /// `desiredReplicas = ceil(currentReplicas × currentMetricValue / desiredMetricValue)`, unchanged when the
    /// ratio is within the tolerance of 1.
    package static func desiredReplicas(current: Int, currentMetric: Double, target: Double, tolerance: Double) -> Int {
        guard current > 0, target > 0, currentMetric.isFinite else { return current }
        let ratio = currentMetric / target
        if abs(ratio - 1) <= tolerance { return current }
        // A tiny epsilon keeps ratios such as 1.2 × 5 = 6.000000000000001 from becoming 7.
        return Int((Double(current) * ratio - 1e-9).rounded(.up))
    }

    /// Steps the controller every sync period over `seconds`, with `load(second)` the requests per second
    /// offered and `capacityPerPod` the requests per second a pod serves at 100 % of its CPU request.
    /// It starts at the replicas the first load asks for (within min and max), as a running system would.
    package func simulate(seconds: Int, capacityPerPod: Double, load: (Int) -> Double) -> [Tick] {
        precondition(capacityPerPod > 0 && behavior.syncPeriodSeconds > 0)
        func utilization(_ load: Double, _ replicas: Int) -> Double { 100 * load / (Double(replicas) * capacityPerPod) }
        let first = load(0)
        var replicas = clamp(Int((first / (capacityPerPod * targetUtilization / 100) - 1e-9).rounded(.up)))
        var recommendations: [Recommendation] = []
        var ups: [Event] = []
        var downs: [Event] = []
        var ticks: [Tick] = []
        var second = 0
        while second <= seconds {
            let offered = load(second)
            let seen = utilization(offered, replicas)
            let raw = Self.desiredReplicas(current: replicas, currentMetric: seen, target: targetUtilization, tolerance: behavior.tolerance)
            let stabilized = stabilize(raw, current: replicas, at: second, history: recommendations)
            recommendations.append(Recommendation(second: second, replicas: raw))
            recommendations.removeAll { second - $0.second >= max(behavior.scaleDown.stabilizationWindowSeconds, behavior.scaleUp.stabilizationWindowSeconds) + behavior.syncPeriodSeconds }
            let next = limitRate(stabilized, current: replicas, at: second, ups: ups, downs: downs)
            if next > replicas { ups.append(Event(second: second, change: next - replicas)) }
            if next < replicas { downs.append(Event(second: second, change: replicas - next)) }
            replicas = next
            ticks.append(Tick(second: second, load: offered, replicas: replicas, utilization: seen))
            second += behavior.syncPeriodSeconds
        }
        return ticks
    }

    /// The stabilization windows: never below the lowest recommendation of the scale-up window, never above
    /// the highest of the scale-down window (both include `raw`).
    private func stabilize(_ raw: Int, current: Int, at second: Int, history: [Recommendation]) -> Int {
        var up = raw, down = raw
        for old in history {
            if second - old.second < behavior.scaleUp.stabilizationWindowSeconds { up = min(up, old.replicas) }
            if second - old.second < behavior.scaleDown.stabilizationWindowSeconds { down = max(down, old.replicas) }
        }
        return min(max(current, up), down)
    }

    /// The scaling policies and min/max: how far the pods may move from `current` in this evaluation.
    private func limitRate(_ desired: Int, current: Int, at second: Int, ups: [Event], downs: [Event]) -> Int {
        func changed(_ events: [Event], within period: Int) -> Int {
            events.filter { $0.second + period > second }.reduce(0) { $0 + $1.change }
        }
        func periodStart(_ policy: HPABehavior.Policy) -> Int {
            current - changed(ups, within: policy.periodSeconds) + changed(downs, within: policy.periodSeconds)
        }
        if desired > current {
            let rules = behavior.scaleUp
            let proposals = rules.policies.map { policy -> Int in
                let start = periodStart(policy)
                switch policy.kind {
                case .pods: return start + policy.value
                case .percent: return Int((Double(start) * (1 + Double(policy.value) / 100)).rounded(.up))
                }
            }
            let limit = max(current, (rules.select == .max ? proposals.max() : proposals.min()) ?? current)
            return min(desired, min(maxReplicas, limit))
        }
        if desired < current {
            let rules = behavior.scaleDown
            let proposals = rules.policies.map { policy -> Int in
                let start = periodStart(policy)
                switch policy.kind {
                case .pods: return start - policy.value
                case .percent: return Int(Double(start) * (1 - Double(policy.value) / 100))
                }
            }
            // For scaling down the most change is the lowest proposal.
            let limit = min(current, (rules.select == .max ? proposals.min() : proposals.max()) ?? current)
            return max(desired, max(minReplicas, limit))
        }
        return desired
    }

    private func clamp(_ replicas: Int) -> Int { min(max(replicas, minReplicas), maxReplicas) }
}
#endif
