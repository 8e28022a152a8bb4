import GroundworkAuditModel

/// Long-running containers declare liveness and readiness probes.
package struct ContainerProbesSetCheck: Check {
    package let id = "delivery.k8s-probes"
    package let title = "Long-running containers have liveness and readiness probes"
    package let severity = Severity.medium
    package let rationale =
        "Without a readiness probe traffic reaches pods that are still starting or overloaded; without a liveness probe a hung process stays in rotation until someone notices. Jobs and CronJobs run to completion and are not asked."
    package let fixedBy = ["kubernetes"]
    package let effortHours = 2.0

    package init() {}

    package func evaluate(_ context: AuditContext) -> CheckOutcome {
        KubernetesInventory.outcome(context, workloads: \.isLongRunning, containers: \.containers) { _, container in
            let missing = [container.hasLivenessProbe ? nil : "livenessProbe", container.hasReadinessProbe ? nil : "readinessProbe"].compactMap { $0 }
            return missing.isEmpty ? nil : "has no \(missing.joined(separator: " or "))"
        }
    }

    package var examples: [CheckExample] {
        [
            CheckExample("both probes", .pass, files: ["k8s/deployment.yaml": DeliveryExampleFiles.deployment()]),
            CheckExample(
                "a DaemonSet with only a liveness probe", .fail,
                files: [
                    "k8s/agent.yaml": """
                    apiVersion: apps/v1
                    kind: DaemonSet
                    metadata: { name: log-agent }
                    spec:
                      selector: { matchLabels: { app: log-agent } }
                      template:
                        metadata: { labels: { app: log-agent } }
                        spec:
                          containers:
                            - name: agent
                              image: fluent/fluent-bit:3.0.4
                              livenessProbe: { httpGet: { path: /, port: 2020 } }
                    """
                ]),
            CheckExample(
                "a Job is not asked", .notApplicable,
                files: [
                    "k8s/migrate.yaml": """
                    apiVersion: batch/v1
                    kind: Job
                    metadata: { name: migrate }
                    spec:
                      template:
                        spec:
                          restartPolicy: Never
                          containers:
                            - name: migrate
                              image: ghcr.io/acme/api:1.4.2
                              command: ["npm", "run", "migrate"]
                    """
                ]),
        ]
    }
}
