#if Enterprise
import GroundworkAuditModel

/// The containers of a workload an HPA scales on utilisation request the resources it measures.
package struct AutoscaledRequestsSetCheck: ScaleCheck {
    package let id = "scale.hpa-requests-missing"
    package let title = "Autoscaled containers request what the HPA measures"
    package let severity = Severity.high
    package let rationale = "An HPA target of 70% CPU utilisation is 70% of the containers' CPU request; without a request the HPA reports `<unknown>` and never scales."
    package let fixedBy = ["hpa"]
    package let effortHours = 0.5
    package let peers = PeerCheckIDs(
        polaris: ["cpuRequestsMissing", "memoryRequestsMissing"], kubeLinter: ["unset-cpu-requirements", "unset-memory-requirements"],
        checkov: ["CKV_K8S_10", "CKV_K8S_12"]
    )

    package init() {}

    package func evaluate(_ context: AuditContext) -> CheckOutcome {
        let inventory = ScaleInventory.load(context)
        var applicable = false
        var evidence: [Evidence] = []
        for workload in inventory.workloads {
            let measured = Set(inventory.autoscalers(of: workload).flatMap(\.utilizationResources))
            guard !measured.isEmpty else { continue }
            applicable = true
            for container in workload.containers {
                let missing = measured.subtracting(ScaleWorkload.requests(of: container)).sorted()
                guard !missing.isEmpty else { continue }
                evidence.append(
                    Evidence(
                        "\(workload.reference) container `\(ScaleWorkload.name(of: container))` requests no \(missing.joined(separator: ", ")), which its HPA measures",
                        path: workload.path, line: ScaleWorkload.line(of: container) ?? workload.line
                    ))
            }
        }
        guard applicable else { return .notApplicable("no HPA scales on resource utilisation") }
        return evidence.isEmpty ? .passed : .failed(evidence)
    }

    package var examples: [CheckExample] {
        [
            CheckExample("CPU requested", .pass, files: ["k8s/web.yaml": ScaleExampleFiles.deployment(replicas: nil), "k8s/hpa.yaml": ScaleExampleFiles.autoscaler()]),
            CheckExample(
                "no requests", .fail,
                files: [
                    "k8s/web.yaml": ScaleExampleFiles.deployment(replicas: nil, requests: false), "k8s/hpa.yaml": ScaleExampleFiles.autoscaler(),
                ]),
            CheckExample("no HPA", .notApplicable, files: ["k8s/web.yaml": ScaleExampleFiles.deployment(requests: false)]),
        ]
    }
}
#endif
