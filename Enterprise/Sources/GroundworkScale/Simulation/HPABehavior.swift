#if Enterprise
/// The behaviour of a HorizontalPodAutoscaler (autoscaling/v2) that the simulation applies: tolerance,
/// sync period, stabilization windows and scaling policies. `kubernetesDefault` is what a cluster does
/// when the manifest leaves `behavior` out.
package struct HPABehavior: Sendable, Equatable, Codable {
    /// One scaling policy: at most `value` pods, or `value` percent of the pods, per `periodSeconds`.
    package struct Policy: Sendable, Equatable, Codable {
        /// `Pods` or `Percent`, as in the manifest.
        package enum Kind: String, Sendable, Codable { case pods = "Pods", percent = "Percent" }
        package var kind: Kind
        package var value: Int
        package var periodSeconds: Int

        package init(_ kind: Kind, _ value: Int, periodSeconds: Int) {
            self.kind = kind
            self.value = value
            self.periodSeconds = periodSeconds
        }
    }

    /// Which policy wins when several apply: the one allowing the most change (`Max`, the default) or the least.
    package enum Select: String, Sendable, Codable { case max = "Max", min = "Min" }

    /// The rules for one direction: a stabilization window and the policies.
    package struct Rules: Sendable, Equatable, Codable {
        package var stabilizationWindowSeconds: Int
        package var select: Select
        package var policies: [Policy]

        package init(stabilizationWindowSeconds: Int, select: Select = .max, policies: [Policy]) {
            self.stabilizationWindowSeconds = stabilizationWindowSeconds
            self.select = select
            self.policies = policies
        }
    }

    /// How often the controller evaluates (kube-controller-manager `--horizontal-pod-autoscaler-sync-period`).
    package var syncPeriodSeconds: Int
    /// Ratios within 1 ± tolerance change nothing (`--horizontal-pod-autoscaler-tolerance`).
    package var tolerance: Double
    package var scaleUp: Rules
    package var scaleDown: Rules

    package init(syncPeriodSeconds: Int, tolerance: Double, scaleUp: Rules, scaleDown: Rules) {
        self.syncPeriodSeconds = syncPeriodSeconds
        self.tolerance = tolerance
        self.scaleUp = scaleUp
        self.scaleDown = scaleDown
    }

    /// Kubernetes' defaults: sync every 15 s, tolerance 0.1; scale up at once by 100 % or 4 pods per 15 s,
    /// whichever is more; scale down to the highest recommendation of the last 300 s, by up to 100 % per 15 s.
    package static let kubernetesDefault = HPABehavior(
        syncPeriodSeconds: 15, tolerance: 0.1,
        scaleUp: Rules(stabilizationWindowSeconds: 0, policies: [Policy(.percent, 100, periodSeconds: 15), Policy(.pods, 4, periodSeconds: 15)]),
        scaleDown: Rules(stabilizationWindowSeconds: 300, policies: [Policy(.percent, 100, periodSeconds: 15)])
    )
}
#endif
