import GroundworkAuditModel

/// Every container image names a version: a tag other than `latest`, or a digest.
package struct ContainerImageTaggedCheck: Check {
    package let id = "delivery.k8s-image-tag"
    package let title = "Container images are tagged, not latest"
    package let severity = Severity.medium
    package let rationale =
        "With an untagged or `latest` image, what runs depends on when each node pulled it: pods of one Deployment run different code, and a rollback goes nowhere. Deploy an immutable tag or a digest."
    package let fixedBy = ["kubernetes"]
    package let effortHours = 0.5

    package init() {}

    package func evaluate(_ context: AuditContext) -> CheckOutcome {
        let taggedByTools = KubernetesInventory.load(context).toolTaggedImages
        return KubernetesInventory.outcome(context) { _, container in
            guard let image = container.image else { return "names no image" }
            // `${IMAGE}` and `$(IMAGE)` are filled in by envsubst or a pipeline: the tag is decided elsewhere.
            guard !image.contains("$"), let reference = DockerImageReference(image), !reference.isPinned else { return nil }
            guard !taggedByTools.contains(reference.repository) else { return nil }
            return "image \(image) \(reference.unpinnedReason)"
        }
    }

    package var examples: [CheckExample] {
        [
            CheckExample("a version tag", .pass, files: ["k8s/deployment.yaml": DeliveryExampleFiles.deployment()]),
            CheckExample(
                "a tag set by kustomize", .pass,
                files: [
                    "k8s/base/deployment.yaml": DeliveryExampleFiles.deployment(image: "ghcr.io/acme/web"),
                    "k8s/base/kustomization.yaml": "resources:\n  - deployment.yaml\nimages:\n  - name: ghcr.io/acme/web\n    newTag: 1.4.2\n",
                ]),
            CheckExample(
                "an image skaffold builds and tags", .pass,
                files: [
                    "k8s/deployment.yaml": DeliveryExampleFiles.deployment(image: "web"),
                    "skaffold.yaml": "apiVersion: skaffold/v4beta11\nkind: Config\nbuild:\n  artifacts:\n    - image: web\n      context: .\n",
                ]),
            CheckExample("latest", .fail, files: ["k8s/deployment.yaml": DeliveryExampleFiles.deployment(image: "ghcr.io/acme/web:latest")]),
            CheckExample("no tag", .fail, files: ["k8s/deployment.yaml": DeliveryExampleFiles.deployment(image: "nginx")]),
            CheckExample("no Kubernetes manifest", .notApplicable, files: ["README.md": "# docs only\n"]),
        ]
    }
}
