import GroundworkAuditModel

/// No container runs privileged.
package struct NoPrivilegedContainerCheck: Check {
    package let id = "delivery.k8s-privileged"
    package let title = "No container runs privileged"
    package let severity = Severity.critical
    package let rationale = "A privileged container has every capability and all host devices: anyone who compromises it is root on the node and can reach every other pod there."
    package let fixedBy = ["kubernetes"]
    package let effortHours = 1.0

    package init() {}

    package func evaluate(_ context: AuditContext) -> CheckOutcome {
        KubernetesInventory.outcome(context) { _, container in
            container.securityContext.privileged == true ? "sets privileged: true" : nil
        }
    }

    package var examples: [CheckExample] {
        [
            CheckExample("an ordinary container", .pass, files: ["k8s/deployment.yaml": DeliveryExampleFiles.deployment()]),
            CheckExample("a privileged container", .fail, files: ["k8s/deployment.yaml": DeliveryExampleFiles.deployment(container: "            privileged: true")]),
            CheckExample(
                "a privileged init container", .fail,
                files: [
                    "k8s/pod.yaml": """
                    apiVersion: v1
                    kind: Pod
                    metadata: { name: tuner }
                    spec:
                      initContainers:
                        - name: sysctl
                          image: busybox:1.36
                          command: ["sysctl", "-w", "vm.max_map_count=262144"]
                          securityContext: { privileged: true }
                      containers:
                        - name: search
                          image: opensearchproject/opensearch:2.13.0
                    """
                ]),
            CheckExample("no Kubernetes manifest", .notApplicable, files: ["README.md": "# docs only\n"]),
        ]
    }
}
