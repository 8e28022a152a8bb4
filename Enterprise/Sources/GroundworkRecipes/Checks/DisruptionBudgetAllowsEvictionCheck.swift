#if Enterprise
import GroundworkAuditModel

/// A PodDisruptionBudget lets at least one pod go at the workload's smallest size (HPA minReplicas or replicas).
package struct DisruptionBudgetAllowsEvictionCheck: ScaleCheck {
    package let id = "scale.pdb-blocks-eviction"
    package let title = "Disruption budgets let at least one pod be evicted"
    package let severity = Severity.high
    package let rationale =
        "A budget with maxUnavailable 0, or a minAvailable not below the workload's smallest size (the HPA's minReplicas), blocks every node drain: cluster upgrades hang until someone deletes the budget."
    package let fixedBy = ["pdb", "hpa"]
    package let effortHours = 0.5
    package let peers = PeerCheckIDs(
        polaris: ["pdbMinAvailableGreaterThanHPAMinReplicas", "pdbDisruptionsIsZero"], kubeLinter: ["pdb-min-available", "pdb-max-unavailable"]
    )

    package init() {}

    package func evaluate(_ context: AuditContext) -> CheckOutcome {
        let inventory = ScaleInventory.load(context)
        var evidence: [Evidence] = []
        var applicable = false
        for workload in inventory.workloads {
            for budget in inventory.disruptionBudgets(of: workload) {
                applicable = true
                let smallest = inventory.replicaRange(of: workload).min
                if let problem = Self.blocking(budget, smallest: smallest) {
                    evidence.append(Evidence("\(budget.reference) \(problem) for \(workload.reference), which runs \(smallest) pod(s) at least", path: budget.path, line: budget.line))
                }
            }
        }
        guard applicable else { return .notApplicable("no PodDisruptionBudget selects a Deployment or StatefulSet") }
        return evidence.isEmpty ? .passed : .failed(evidence)
    }

    /// Why the budget allows no eviction at `smallest` pods, or nil when it allows one.
    static func blocking(_ budget: ScaleObject, smallest: Int) -> String? {
        if let text = budget["spec.maxUnavailable"]?.string {
            let value = Self.count(text, of: smallest, roundingUp: true)
            return value < 1 ? "sets maxUnavailable \(text)" : nil
        }
        if let text = budget["spec.minAvailable"]?.string {
            let value = Self.count(text, of: smallest, roundingUp: true)
            return value >= smallest ? "requires minAvailable \(text)" : nil
        }
        return nil
    }

    /// An integer or a percentage of `total` (Kubernetes rounds PDB percentages up).
    static func count(_ text: String, of total: Int, roundingUp: Bool) -> Int {
        if text.hasSuffix("%"), let percent = Double(text.dropLast()) {
            return Int((Double(total) * percent / 100).rounded(.up))
        }
        return Int(text) ?? 0
    }

    package var examples: [CheckExample] {
        [
            CheckExample("maxUnavailable 1", .pass, files: ["k8s/web.yaml": ScaleExampleFiles.deployment(), "k8s/pdb.yaml": ScaleExampleFiles.budget()]),
            CheckExample(
                "minAvailable 1 under an HPA with minReplicas 2", .pass,
                files: [
                    "k8s/web.yaml": ScaleExampleFiles.deployment(replicas: nil), "k8s/hpa.yaml": ScaleExampleFiles.autoscaler(min: 2),
                    "k8s/pdb.yaml": ScaleExampleFiles.budget(minAvailable: "1", maxUnavailable: nil),
                ]),
            CheckExample(
                "minAvailable 2 under an HPA with minReplicas 2", .fail,
                files: [
                    "k8s/web.yaml": ScaleExampleFiles.deployment(replicas: nil), "k8s/hpa.yaml": ScaleExampleFiles.autoscaler(min: 2),
                    "k8s/pdb.yaml": ScaleExampleFiles.budget(minAvailable: "2", maxUnavailable: nil),
                ]),
            CheckExample("maxUnavailable 0", .fail, files: ["k8s/web.yaml": ScaleExampleFiles.deployment(), "k8s/pdb.yaml": ScaleExampleFiles.budget(maxUnavailable: "0")]),
            CheckExample("no budget", .notApplicable, files: ["k8s/web.yaml": ScaleExampleFiles.deployment()]),
        ]
    }
}
#endif
