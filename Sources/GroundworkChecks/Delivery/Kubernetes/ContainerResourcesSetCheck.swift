import GroundworkAuditModel

/// Every container declares CPU and memory requests and limits.
package struct ContainerResourcesSetCheck: Check {
    package let id = "delivery.k8s-resources"
    package let title = "Containers set CPU and memory requests and limits"
    package let severity = Severity.medium
    package let rationale =
        "Without requests the scheduler packs pods blindly and autoscaling has nothing to measure against; without limits one leaking container starves or evicts its neighbours on the node."
    package let fixedBy = ["kubernetes"]
    package let effortHours = 2.0

    private static let required = ["requests.cpu", "requests.memory", "limits.cpu", "limits.memory"]

    package init() {}

    package func evaluate(_ context: AuditContext) -> CheckOutcome {
        KubernetesInventory.outcome(context, containers: \.containers) { _, container in
            let declared = Set(container.requests.map { "requests.\($0)" } + container.limits.map { "limits.\($0)" })
            let missing = Self.required.filter { !declared.contains($0) }
            return missing.isEmpty ? nil : "has no \(missing.joined(separator: ", "))"
        }
    }

    package var examples: [CheckExample] {
        [
            CheckExample("requests and limits set", .pass, files: ["k8s/deployment.yaml": DeliveryExampleFiles.deployment()]),
            CheckExample(
                "a CronJob without limits", .fail,
                files: [
                    "k8s/cleanup.yaml": """
                    apiVersion: batch/v1
                    kind: CronJob
                    metadata: { name: cleanup }
                    spec:
                      schedule: "0 3 * * *"
                      jobTemplate:
                        spec:
                          template:
                            spec:
                              restartPolicy: OnFailure
                              containers:
                                - name: cleanup
                                  image: ghcr.io/acme/cleanup:2.0.1
                                  resources:
                                    requests: { cpu: 50m, memory: 64Mi }
                    """
                ]),
            CheckExample(
                "a second document without resources", .fail,
                files: [
                    "deploy/all.yaml": DeliveryExampleFiles.deployment() + """

                        ---
                        apiVersion: apps/v1
                        kind: StatefulSet
                        metadata: { name: cache }
                        spec:
                          serviceName: cache
                          selector: { matchLabels: { app: cache } }
                          template:
                            metadata: { labels: { app: cache } }
                            spec:
                              containers:
                                - name: redis
                                  image: redis:7.2
                        """
                ]),
            CheckExample("no Kubernetes manifest", .notApplicable, files: ["Dockerfile": "FROM nginx:1.27\n"]),
        ]
    }
}
