#if Enterprise
import GroundworkAuditModel

/// One autoscaler decides a workload's size: no two HPAs or ScaledObjects, and no acting VPA beside them.
package struct SingleAutoscalerCheck: ScaleCheck {
    package let id = "scale.autoscaler-conflict"
    package let title = "One autoscaler per workload"
    package let severity = Severity.high
    package let rationale =
        "Two HPAs (a KEDA ScaledObject makes one) fight over the replica count, and a VPA in Auto mode changes the requests the HPA measures against: the pair oscillates. KEDA's admission webhook refuses a second autoscaler; a VPA beside an HPA should be in Off mode."
    package let fixedBy = ["hpa"]
    package let effortHours = 1.0
    package let peers = PeerCheckIDs()

    package init() {}

    package func evaluate(_ context: AuditContext) -> CheckOutcome {
        let inventory = ScaleInventory.load(context)
        var applicable = false
        var evidence: [Evidence] = []
        for workload in inventory.workloads {
            let scalers = inventory.autoscalers(of: workload)
            let replicaSetters = scalers.filter(\.setsReplicas)
            guard !replicaSetters.isEmpty else { continue }
            applicable = true
            if replicaSetters.count > 1 {
                evidence.append(Evidence("\(workload.reference) is scaled by \(replicaSetters.map(\.reference).joined(separator: " and "))", path: workload.path, line: workload.line))
            }
            for vpa in scalers where vpa.vpaActs {
                evidence.append(
                    Evidence("\(vpa.reference) changes the requests of \(workload.reference), which \(replicaSetters[0].reference) scales on", path: vpa.object.path, line: vpa.object.line))
            }
        }
        guard applicable else { return .notApplicable("no workload has an HPA or a ScaledObject") }
        return evidence.isEmpty ? .passed : .failed(evidence)
    }

    package var examples: [CheckExample] {
        let vpa = { (mode: String) in
            "apiVersion: autoscaling.k8s.io/v1\nkind: VerticalPodAutoscaler\nmetadata: {name: web}\nspec:\n  targetRef: {apiVersion: apps/v1, kind: Deployment, name: web}\n  updatePolicy: {updateMode: \"\(mode)\"}\n"
        }
        let scaledObject =
            "apiVersion: keda.sh/v1alpha1\nkind: ScaledObject\nmetadata: {name: web-queue}\nspec:\n  scaleTargetRef: {name: web}\n  triggers:\n    - type: redis\n      metadata: {address: redis:6379, listName: jobs, listLength: \"10\"}\n"
        return [
            CheckExample(
                "an HPA and a VPA in Off mode", .pass,
                files: [
                    "k8s/web.yaml": ScaleExampleFiles.deployment(replicas: nil), "k8s/hpa.yaml": ScaleExampleFiles.autoscaler(), "k8s/vpa.yaml": vpa("Off"),
                ]),
            CheckExample(
                "an HPA and a VPA in Auto mode", .fail,
                files: [
                    "k8s/web.yaml": ScaleExampleFiles.deployment(replicas: nil), "k8s/hpa.yaml": ScaleExampleFiles.autoscaler(), "k8s/vpa.yaml": vpa("Auto"),
                ]),
            CheckExample(
                "an HPA and a KEDA ScaledObject on the same Deployment", .fail,
                files: [
                    "k8s/web.yaml": ScaleExampleFiles.deployment(replicas: nil), "k8s/hpa.yaml": ScaleExampleFiles.autoscaler(), "k8s/keda.yaml": scaledObject,
                ]),
            CheckExample("no autoscaler", .notApplicable, files: ["k8s/web.yaml": ScaleExampleFiles.deployment()]),
        ]
    }
}
#endif
