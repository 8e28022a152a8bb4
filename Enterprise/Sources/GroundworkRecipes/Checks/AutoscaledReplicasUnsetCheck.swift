#if Enterprise
import GroundworkAuditModel

/// A workload an HPA or a ScaledObject scales does not also set `spec.replicas`.
package struct AutoscaledReplicasUnsetCheck: ScaleCheck {
    package let id = "scale.hpa-replicas-conflict"
    package let title = "Autoscaled workloads leave spec.replicas to the autoscaler"
    package let severity = Severity.medium
    package let rationale = "Every `kubectl apply` of a Deployment that sets replicas resets the autoscaler's count: a service scaled to 12 pods at peak drops to 3 on the next deploy."
    package let fixedBy = ["hpa"]
    package let effortHours = 0.25
    package let peers = PeerCheckIDs(kubeScore: ["deployment-targeted-by-hpa-does-not-have-replicas-configured"])

    package init() {}

    package func evaluate(_ context: AuditContext) -> CheckOutcome {
        let inventory = ScaleInventory.load(context)
        let scaled = inventory.workloads.filter { workload in inventory.autoscalers(of: workload).contains(where: \.setsReplicas) }
        guard !scaled.isEmpty else { return .notApplicable("no workload has an HPA or a ScaledObject") }
        let conflicting = scaled.filter { $0.replicas != nil }
        guard !conflicting.isEmpty else { return .passed }
        return .failed(
            conflicting.map { workload in
                let scaler = inventory.autoscalers(of: workload).first(where: \.setsReplicas).map(\.reference) ?? "its autoscaler"
                return Evidence("\(workload.reference) sets spec.replicas although \(scaler) scales it", path: workload.path, line: workload.replicasLine ?? workload.line)
            })
    }

    package var examples: [CheckExample] {
        [
            CheckExample(
                "an HPA and no spec.replicas", .pass,
                files: [
                    "k8s/web.yaml": ScaleExampleFiles.deployment(replicas: nil), "k8s/hpa.yaml": ScaleExampleFiles.autoscaler(),
                ]),
            CheckExample(
                "an HPA and spec.replicas: 3", .fail,
                files: [
                    "k8s/web.yaml": ScaleExampleFiles.deployment(replicas: 3), "k8s/hpa.yaml": ScaleExampleFiles.autoscaler(),
                ]),
            CheckExample("no autoscaler", .notApplicable, files: ["k8s/web.yaml": ScaleExampleFiles.deployment()]),
        ]
    }
}
#endif
