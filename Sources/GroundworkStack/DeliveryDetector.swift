import GroundworkAuditModel
import Yams

/// Finds the delivery already in the repository: Dockerfiles, compose files and their services,
/// Kubernetes manifests, Helm charts, Kustomize overlays and Terraform.
package enum DeliveryDetector {
    /// `apiVersion` groups of tools that borrow the Kubernetes object shape for their own configuration.
    private static let nonClusterAPIGroups = [
        "kustomize.config.k8s.io", "skaffold/", "kind.x-k8s.io", "k3d.io", "backstage.io", "config.kubernetes.io",
        "ctlptl.dev", "tilt.dev",
    ]

    /// The delivery files outside dependency folders, in one pass over the tree.
    package static func detect(_ index: RepoIndex) -> DeliveryFacts {
        var facts = DeliveryFacts()
        var dockerignores: [String] = []
        var charts: Set<String> = []
        var terraform: Set<String> = []
        for file in index.visible {
            let name = file.name
            let lowered = name.lowercased()
            if DockerfileNames.isDockerfile(name), !DockerfileNames.isDevelopmentEnvironment(file.path) {
                facts.dockerfiles.append(file.path)
            } else if lowered == ".dockerignore" || lowered.hasSuffix(".dockerignore") {
                dockerignores.append(file.path)
            } else if isComposeFile(lowered) {
                facts.composeFiles.append(file.path)
                for service in composeServices(index.text(file)) where !facts.composeServices.contains(service) {
                    facts.composeServices.append(service)
                }
            } else if name == "Chart.yaml" {
                charts.insert(file.directory)
            } else if ["kustomization.yaml", "kustomization.yml", "Kustomization"].contains(name) {
                facts.kustomizations.append(file.path)
            } else if file.fileExtension == "tf" {
                terraform.insert(file.directory)
            } else if file.fileExtension == "yaml" || file.fileExtension == "yml", isKubernetesCandidate(file) {
                if let text = index.text(file), holdsKubernetesObjects(text, path: file.path) { facts.kubernetesManifests.append(file.path) }
            }
        }
        facts.dockerignore = dockerignores.contains(".dockerignore") ? ".dockerignore" : dockerignores.first
        facts.helmCharts = charts.sorted()
        facts.terraform = terraform.sorted()
        return facts
    }

    /// The images of a Dockerfile's `FROM` lines (`node:20-alpine`), stage names left out.
    package static func baseImages(_ dockerfile: String) -> [String] {
        dockerfile.split(separator: "\n").compactMap { line in
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard words.first?.uppercased() == "FROM" else { return nil }
            return words.dropFirst().first { !$0.hasPrefix("--") }.map(String.init)
        }
    }

    /// `docker-compose.yml`, `docker-compose.prod.yaml`, `compose.yaml`, `compose.override.yml`.
    static func isComposeFile(_ lowered: String) -> Bool {
        guard lowered.hasSuffix(".yml") || lowered.hasSuffix(".yaml") else { return false }
        return lowered.hasPrefix("docker-compose") || lowered == "compose.yml" || lowered == "compose.yaml" || lowered.hasPrefix("compose.")
    }

    /// Service names under `services:` (or top-level services of a version 1 compose file).
    static func composeServices(_ text: String?) -> [String] {
        guard let text, let document = StructuredText.yamlDocument(text) else { return [] }
        if let services = document[key: "services"] { return services.mappingKeys }
        // Version 1 files list services at the top level, each with an image or a build.
        return document.mapping?.compactMap { key, value in
            value[key: "image"] != nil || value[key: "build"] != nil ? key.string : nil
        } ?? []
    }

    private static func isKubernetesCandidate(_ file: SnapshotFile) -> Bool {
        let path = file.path
        if path.hasPrefix(".github/") || path.hasPrefix(".gitlab/") || path.hasPrefix(".circleci/") { return false }
        let lowered = file.name.lowercased()
        return !lowered.hasPrefix("values") && lowered != "chart.yaml" && !lowered.hasPrefix(".")
    }

    /// True when a document of the YAML stream has `apiVersion` and `kind` and is not a tool's configuration.
    static func holdsKubernetesObjects(_ text: String, path: String) -> Bool {
        guard TextSearch.contains(text, "apiVersion"), TextSearch.contains(text, "kind") else { return false }
        // Helm templates are Go templates, not YAML, until rendered.
        if TextSearch.contains(text, "{{"), path.split(separator: "/").contains("templates") { return false }
        for document in StructuredText.yamlDocuments(text) {
            guard let apiVersion = document[key: "apiVersion"]?.string, let kind = document[key: "kind"]?.string,
                !apiVersion.isEmpty, !kind.isEmpty
            else { continue }
            if nonClusterAPIGroups.contains(where: { apiVersion.hasPrefix($0) }) { continue }
            return true
        }
        return false
    }
}
