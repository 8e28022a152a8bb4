#if Enterprise
import GroundworkAuditModel

/// Serving containers leave the load balancer before they stop: a `preStop` wait, and a grace period
/// that covers the wait plus the application's drain time.
package struct GracefulShutdownCheck: ScaleCheck {
    /// The environment variable that tells the application how long it may drain (the graceful-shutdown recipe sets it).
    package static let drainVariable = "SHUTDOWN_DRAIN_SECONDS"
    /// The drain time assumed when the container does not say.
    package static let defaultDrainSeconds = 10

    package let id = "scale.graceful-shutdown-missing"
    package let title = "Serving containers shut down gracefully"
    package let severity = Severity.high
    package let rationale =
        "Kubernetes sends SIGTERM while the pod is still listed as an endpoint; requests keep arriving for a few seconds. A preStop wait lets the endpoints update first, and terminationGracePeriodSeconds must cover that wait plus the application's drain, or SIGKILL cuts requests off. The application must also stop accepting, drain and close its pools on SIGTERM (the graceful-shutdown recipe does both)."
    package let fixedBy = ["graceful-shutdown"]
    package let effortHours = 2.0
    package let peers = PeerCheckIDs()

    package init() {}

    package func evaluate(_ context: AuditContext) -> CheckOutcome {
        let inventory = ScaleInventory.load(context)
        var applicable = false
        var evidence: [Evidence] = []
        for workload in inventory.workloads {
            for container in workload.containers where container["ports"] != nil || container["readinessProbe"] != nil {
                applicable = true
                let name = ScaleWorkload.name(of: container)
                let line = ScaleWorkload.line(of: container) ?? workload.line
                guard let wait = ScaleWorkload.preStopSeconds(of: container), wait > 0 else {
                    evidence.append(Evidence("\(workload.reference) container `\(name)` has no preStop wait: it gets SIGTERM while still receiving traffic", path: workload.path, line: line))
                    continue
                }
                let drain = ScaleWorkload.environment(Self.drainVariable, of: container).flatMap { Int($0) } ?? Self.defaultDrainSeconds
                let grace = workload.terminationGracePeriodSeconds
                if grace < wait + drain {
                    evidence.append(
                        Evidence(
                            "\(workload.reference) terminationGracePeriodSeconds \(grace) is less than the preStop wait \(wait) s plus the drain \(drain) s of `\(name)`",
                            path: workload.path, line: line
                        ))
                }
            }
        }
        guard applicable else { return .notApplicable("no Deployment or StatefulSet container serves traffic") }
        return evidence.isEmpty ? .passed : .failed(evidence)
    }

    package var examples: [CheckExample] {
        [
            CheckExample("preStop 5 s, drain 10 s, grace 30 s", .pass, files: ["k8s/web.yaml": ScaleExampleFiles.deployment(preStop: 5, grace: 30)]),
            CheckExample("no preStop hook", .fail, files: ["k8s/web.yaml": ScaleExampleFiles.deployment(preStop: nil)]),
            CheckExample(
                "a drain of 40 s in a 30 s grace period", .fail,
                files: [
                    "k8s/web.yaml": ScaleExampleFiles.deployment(preStop: 5, grace: nil, env: [(Self.drainVariable, "40")])
                ]),
            CheckExample("no Deployment", .notApplicable, files: ["README.md": "# web\n"]),
        ]
    }
}
#endif
