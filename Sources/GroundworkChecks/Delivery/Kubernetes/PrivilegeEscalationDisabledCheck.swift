import GroundworkAuditModel

/// Every container sets `allowPrivilegeEscalation: false`.
package struct PrivilegeEscalationDisabledCheck: Check {
    package let id = "delivery.k8s-privilege-escalation"
    package let title = "Containers disallow privilege escalation"
    package let severity = Severity.medium
    package let rationale =
        "Unless `allowPrivilegeEscalation: false` is set, a process can gain more privileges than its parent through setuid binaries or file capabilities, turning a foothold in the container into root inside it. The restricted Pod Security Standard requires it."
    package let fixedBy = ["kubernetes"]
    package let effortHours = 0.5

    package init() {}

    package func evaluate(_ context: AuditContext) -> CheckOutcome {
        KubernetesInventory.outcome(context) { _, container in
            switch container.securityContext.allowPrivilegeEscalation {
            case false?: nil
            case true?: "sets allowPrivilegeEscalation: true"
            case nil: "does not set allowPrivilegeEscalation: false"
            }
        }
    }

    package var examples: [CheckExample] {
        [
            CheckExample("escalation disabled", .pass, files: ["k8s/deployment.yaml": DeliveryExampleFiles.deployment()]),
            CheckExample(
                "no securityContext", .fail,
                files: [
                    "k8s/pod.yaml": """
                    apiVersion: v1
                    kind: Pod
                    metadata: { name: debug }
                    spec:
                      containers:
                        - name: shell
                          image: busybox:1.36
                          command: ["sleep", "3600"]
                    """
                ]),
            CheckExample("no Kubernetes manifest", .notApplicable, files: ["README.md": "# docs only\n"]),
        ]
    }
}
