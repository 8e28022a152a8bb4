import GroundworkAuditModel

/// Finds the CI systems configured in the repository, each with its files.
package enum CIDetector {
    /// Systems in the order they are reported, each with the test that recognises its files.
    private static let systems: [(name: String, matches: @Sendable (SnapshotFile) -> Bool)] = [
        ("github-actions", { $0.directory == ".github/workflows" && isYAML($0) }),
        ("gitlab-ci", { $0.path == ".gitlab-ci.yml" || $0.path == ".gitlab-ci.yaml" }),
        ("circleci", { $0.path == ".circleci/config.yml" || $0.path == ".circleci/config.yaml" }),
        (
            "jenkins",
            { file in
                let name = file.name.lowercased()
                return name == "jenkinsfile" || name.hasPrefix("jenkinsfile.") || name.hasSuffix(".jenkinsfile")
            }
        ),
        (
            "azure-pipelines",
            { file in
                let name = file.name.lowercased()
                return (name.hasPrefix("azure-pipelines") && isYAML(file)) || (file.directory == ".azure-pipelines" && isYAML(file))
            }
        ),
        ("bitbucket-pipelines", { $0.path == "bitbucket-pipelines.yml" || $0.path == "bitbucket-pipelines.yaml" }),
        ("travis", { $0.path == ".travis.yml" || $0.path == ".travis.yaml" }),
    ]

    /// The CI systems with files in the repository, in a fixed order, each file list sorted.
    package static func detect(_ index: RepoIndex) -> [CISystem] {
        var found: [String: [String]] = [:]
        for file in index.visible {
            guard let system = systems.first(where: { $0.matches(file) }) else { continue }
            found[system.name, default: []].append(file.path)
        }
        return systems.compactMap { system in found[system.name].map { CISystem(name: system.name, files: $0.sorted()) } }
    }

    private static func isYAML(_ file: SnapshotFile) -> Bool {
        file.fileExtension == "yml" || file.fileExtension == "yaml"
    }
}
