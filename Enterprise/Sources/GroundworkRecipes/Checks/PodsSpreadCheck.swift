#if Enterprise
import Foundation
import GroundworkAuditModel

/// The pods of a replicated workload are spread across nodes: topology spread constraints OR pod anti-affinity.
package struct PodsSpreadCheck: ScaleCheck {
    package let id = "scale.spread-missing"
    package let title = "Replicated workloads spread their pods across nodes"
    package let severity = Severity.medium
    package let rationale =
        "Three replicas on one node are one failure away from an outage. Topology spread constraints or a pod anti-affinity spread them; either one is enough (linters that ask for both, or only one kind, report working manifests)."
    package let fixedBy = ["pdb"]
    package let effortHours = 0.5
    package let peers = PeerCheckIDs(
        polaris: ["topologySpreadConstraint"], kubeScore: ["deployment-has-host-podantiaffinity", "statefulset-has-host-podantiaffinity"],
        kubeLinter: ["no-anti-affinity"]
    )

    package init() {}

    package func evaluate(_ context: AuditContext) -> CheckOutcome {
        let inventory = ScaleInventory.load(context)
        let replicated = inventory.workloads.filter { inventory.replicaRange(of: $0).max > 1 }
        guard !replicated.isEmpty else { return .notApplicable("no workload runs more than one pod") }
        let packed = replicated.filter { !$0.spreadsPods }
        guard !packed.isEmpty else { return .passed }
        return .failed(packed.map { Evidence("\($0.reference) sets neither topologySpreadConstraints nor a podAntiAffinity", path: $0.path, line: $0.line) })
    }

    package var examples: [CheckExample] {
        let antiAffinity = ScaleExampleFiles.deployment(spread: false).replacingOccurrences(
            of: "      containers:",
            with: """
                      affinity:
                        podAntiAffinity:
                          preferredDuringSchedulingIgnoredDuringExecution:
                            - weight: 100
                              podAffinityTerm: {topologyKey: kubernetes.io/hostname, labelSelector: {matchLabels: {app: web}}}
                      containers:
                """)
        return [
            CheckExample("topology spread constraints", .pass, files: ["k8s/web.yaml": ScaleExampleFiles.deployment()]),
            CheckExample("a preferred pod anti-affinity, no spread constraints", .pass, files: ["k8s/web.yaml": antiAffinity]),
            CheckExample("neither", .fail, files: ["k8s/web.yaml": ScaleExampleFiles.deployment(spread: false)]),
            CheckExample("one replica", .notApplicable, files: ["k8s/web.yaml": ScaleExampleFiles.deployment(replicas: 1, spread: false)]),
        ]
    }
}
#endif
