import GroundworkAuditModel

/// Every file that holds Kubernetes objects is well-formed YAML.
package struct KubernetesManifestsValidCheck: Check {
    package let id = "delivery.k8s-manifests-valid"
    package let title = "Kubernetes manifests are valid YAML"
    package let severity = Severity.medium
    package let rationale = "A manifest that does not parse fails at deploy time — and nothing else in it can be checked. Helm templates are not read; plain manifests and Kustomize bases are."
    package let fixedBy = ["kubernetes"]
    package let effortHours = 0.5

    package init() {}

    package func evaluate(_ context: AuditContext) -> CheckOutcome {
        let manifests = KubernetesInventory.load(context).manifests
        guard !manifests.isEmpty else { return .notApplicable("no Kubernetes manifest") }
        let evidence = manifests.compactMap { manifest in
            manifest.error.map { Evidence("malformed YAML: \($0.message)", path: manifest.path, line: $0.line) }
        }
        return evidence.isEmpty ? .passed : .failed(evidence)
    }

    package var examples: [CheckExample] {
        [
            CheckExample("a well-formed manifest", .pass, files: ["k8s/deployment.yaml": DeliveryExampleFiles.deployment()]),
            CheckExample("a Helm template is not read", .notApplicable, files: ["chart/templates/deployment.yaml": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\n"]),
            CheckExample("a tab-indented manifest", .fail, files: ["k8s/deployment.yaml": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n\tname: web\n"]),
        ]
    }
}
