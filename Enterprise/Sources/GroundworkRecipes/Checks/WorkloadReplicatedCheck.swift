#if Enterprise
import GroundworkAuditModel

/// Every Deployment runs at least two pods, so one node going away does not take the service down.
package struct WorkloadReplicatedCheck: ScaleCheck {
    package let id = "scale.replicas"
    package let title = "Deployments run at least two pods"
    package let severity = Severity.high
    package let rationale =
        "One replica means every node drain, eviction or crash is an outage. Two or more (or an autoscaler whose minReplicas is two or more) keep serving while one pod is replaced."
    package let fixedBy = ["pdb"]
    package let effortHours = 0.5
    package let peers = PeerCheckIDs(polaris: ["deploymentMissingReplicas"], kubeScore: ["deployment-replicas"], kubeLinter: ["minimum-three-replicas"])

    package init() {}

    package func evaluate(_ context: AuditContext) -> CheckOutcome {
        let inventory = ScaleInventory.load(context)
        let deployments = inventory.workloads.filter { $0.kind == "Deployment" }
        guard !deployments.isEmpty else { return .notApplicable("no Deployment") }
        let single = deployments.filter { inventory.replicaRange(of: $0).min < 2 }
        guard !single.isEmpty else { return .passed }
        return .failed(
            single.map { workload in
                Evidence("\(workload.reference) runs \(inventory.replicaRange(of: workload).min) pod at least", path: workload.path, line: workload.replicasLine ?? workload.line)
            })
    }

    package var examples: [CheckExample] {
        [
            CheckExample("three replicas", .pass, files: ["k8s/web.yaml": ScaleExampleFiles.deployment(replicas: 3)]),
            CheckExample(
                "no replicas but an HPA with minReplicas 2", .pass,
                files: [
                    "k8s/web.yaml": ScaleExampleFiles.deployment(replicas: nil), "k8s/hpa.yaml": ScaleExampleFiles.autoscaler(min: 2),
                ]),
            CheckExample("replicas left out: one pod", .fail, files: ["k8s/web.yaml": ScaleExampleFiles.deployment(replicas: nil)]),
            CheckExample(
                "an HPA whose minReplicas is 1", .fail,
                files: [
                    "k8s/web.yaml": ScaleExampleFiles.deployment(replicas: nil), "k8s/hpa.yaml": ScaleExampleFiles.autoscaler(min: 1),
                ]),
            CheckExample("no Deployment", .notApplicable, files: ["README.md": "# web\n"]),
        ]
    }
}
#endif
