#if Enterprise
import GroundworkAuditModel

/// CPU limits are reported as information, never as a failure to fix.
package struct CPULimitNoticeCheck: ScaleCheck {
    package let id = "scale.cpu-limits"
    package let title = "CPU limits are a deliberate choice"
    package let severity = Severity.info
    package let rationale =
        "A CPU limit throttles a container even when the node has idle CPU, which shows up as latency at the p99; many teams set CPU requests and no CPU limit. Linters that require CPU limits are at odds with that; groundwork lists the limits it finds as information and scores nothing."
    package let fixedBy: [String] = []
    package let effortHours = 0.0
    package let peers = PeerCheckIDs(polaris: ["cpuLimitsMissing"], kubeScore: ["container-resources"], checkov: ["CKV_K8S_11"])

    package init() {}

    package func evaluate(_ context: AuditContext) -> CheckOutcome {
        let workloads = ScaleInventory.load(context).workloads
        guard !workloads.isEmpty else { return .notApplicable("no Deployment or StatefulSet") }
        let limited = workloads.flatMap { workload in
            workload.containers.filter { $0["resources"]?["limits"]?["cpu"] != nil }.map { container in
                Evidence(
                    "\(workload.reference) container `\(ScaleWorkload.name(of: container))` has a CPU limit (information: it throttles)", path: workload.path, line: ScaleWorkload.line(of: container))
            }
        }
        return limited.isEmpty ? .passed : .failed(limited)
    }

    package var examples: [CheckExample] {
        [
            CheckExample("requests only", .pass, files: ["k8s/web.yaml": ScaleExampleFiles.deployment()]),
            CheckExample("a CPU limit, reported as information", .fail, files: ["k8s/web.yaml": ScaleExampleFiles.deployment(cpuLimit: true)]),
            CheckExample("no workload", .notApplicable, files: ["README.md": "# web\n"]),
        ]
    }
}
#endif
