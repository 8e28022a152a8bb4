#if Enterprise
import GroundworkAuditModel

/// Every replicated Deployment or StatefulSet has a PodDisruptionBudget whose selector selects its pods.
package struct DisruptionBudgetPresentCheck: ScaleCheck {
    package let id = "scale.pdb-missing"
    package let title = "Replicated workloads have a PodDisruptionBudget"
    package let severity = Severity.medium
    package let rationale =
        "Without a PodDisruptionBudget a node drain (a cluster upgrade) may evict every pod of a workload at once. The budget's selector is matched as Kubernetes does: every matchLabels pair AND every matchExpressions requirement."
    package let fixedBy = ["pdb"]
    package let effortHours = 0.5
    package let peers = PeerCheckIDs(
        polaris: ["missingPodDisruptionBudget"], kubeScore: ["deployment-has-poddisruptionbudget", "statefulset-has-poddisruptionbudget"]
    )

    package init() {}

    package func evaluate(_ context: AuditContext) -> CheckOutcome {
        let inventory = ScaleInventory.load(context)
        let replicated = inventory.workloads.filter { inventory.replicaRange(of: $0).max > 1 }
        guard !replicated.isEmpty else { return .notApplicable("no workload runs more than one pod") }
        let uncovered = replicated.filter { inventory.disruptionBudgets(of: $0).isEmpty }
        guard !uncovered.isEmpty else { return .passed }
        return .failed(uncovered.map { Evidence("no PodDisruptionBudget selects the pods of \($0.reference)", path: $0.path, line: $0.line) })
    }

    package var examples: [CheckExample] {
        [
            CheckExample(
                "a budget selecting app: web", .pass,
                files: [
                    "k8s/web.yaml": ScaleExampleFiles.deployment(), "k8s/pdb.yaml": ScaleExampleFiles.budget(),
                ]),
            CheckExample(
                "labels and expressions both hold", .pass,
                files: [
                    "k8s/web.yaml": ScaleExampleFiles.deployment(), "k8s/pdb.yaml": ScaleExampleFiles.budget(expression: "{key: tier, operator: In, values: [web]}"),
                ]),
            CheckExample(
                "the labels match but an expression excludes the pods (AND)", .fail,
                files: [
                    "k8s/web.yaml": ScaleExampleFiles.deployment(), "k8s/pdb.yaml": ScaleExampleFiles.budget(expression: "{key: tier, operator: NotIn, values: [web]}"),
                ]),
            CheckExample("no budget", .fail, files: ["k8s/web.yaml": ScaleExampleFiles.deployment()]),
            CheckExample("one replica", .notApplicable, files: ["k8s/web.yaml": ScaleExampleFiles.deployment(replicas: 1)]),
        ]
    }
}
#endif
