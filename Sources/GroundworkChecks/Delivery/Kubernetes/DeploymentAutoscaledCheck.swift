import GroundworkAuditModel

/// Every Deployment has a HorizontalPodAutoscaler (or a KEDA ScaledObject) that targets it.
package struct DeploymentAutoscaledCheck: Check {
    package let id = "delivery.k8s-autoscaler"
    package let title = "Deployments have an autoscaler"
    package let severity = Severity.info
    package let rationale =
        "A Deployment with a fixed replica count is either paying for idle pods at night or falling over at peak. A HorizontalPodAutoscaler follows the load; it needs resource requests to measure against."
    package let fixedBy = ["kubernetes"]
    package let effortHours = 1.0

    package init() {}

    package func evaluate(_ context: AuditContext) -> CheckOutcome {
        let inventory = KubernetesInventory.load(context)
        let deployments = inventory.workloads.filter { $0.kind == "Deployment" }
        guard !deployments.isEmpty else { return .notApplicable("no Deployment") }
        let scaled = Set(inventory.scaleTargets.filter { $0.kind == "Deployment" }.map(\.name))
        let unscaled = deployments.filter { !scaled.contains($0.name) }
        guard !unscaled.isEmpty else { return .passed }
        return .failed(unscaled.map { Evidence("\($0.reference) has no HorizontalPodAutoscaler targeting it", path: $0.path, line: $0.line) })
    }

    package var examples: [CheckExample] {
        [
            CheckExample(
                "a Deployment and its HPA", .pass,
                files: [
                    "k8s/deployment.yaml": DeliveryExampleFiles.deployment(),
                    "k8s/hpa.yaml": """
                    apiVersion: autoscaling/v2
                    kind: HorizontalPodAutoscaler
                    metadata: { name: web }
                    spec:
                      scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: web }
                      minReplicas: 2
                      maxReplicas: 10
                      metrics:
                        - type: Resource
                          resource: { name: cpu, target: { type: Utilization, averageUtilization: 70 } }
                    """,
                ]),
            CheckExample(
                "an HPA for another Deployment", .fail,
                files: [
                    "k8s/deployment.yaml": DeliveryExampleFiles.deployment(),
                    "k8s/hpa.yaml":
                        "apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: { name: worker }\nspec:\n  scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: worker }\n  maxReplicas: 4\n",
                ]),
            CheckExample(
                "only a StatefulSet", .notApplicable,
                files: [
                    "k8s/db.yaml":
                        "apiVersion: apps/v1\nkind: StatefulSet\nmetadata: { name: db }\nspec:\n  serviceName: db\n  template:\n    spec:\n      containers:\n        - name: postgres\n          image: postgres:16\n"
                ]),
        ]
    }
}
