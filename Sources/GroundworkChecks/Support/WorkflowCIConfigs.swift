import GroundworkAuditModel

/// The CI configuration files of a repository, for checks that read what CI runs.
///
/// The stack detector's `ciSystems` is the authority; the well-known paths below are a fallback so a
/// check still sees an ordinary configuration when detection missed it.
enum WorkflowCIConfigs {
    /// A CI configuration file and the system it belongs to.
    struct ConfigFile: Hashable {
        var system: String
        var path: String
    }

    /// Where each system keeps its configuration, as globs.
    static let wellKnownPaths: [(system: String, patterns: [String])] = [
        ("github-actions", [".github/workflows/*.yml", ".github/workflows/*.yaml"]),
        ("gitlab-ci", [".gitlab-ci.yml", ".gitlab-ci.yaml", ".gitlab/ci/**/*.yml", ".gitlab/ci/**/*.yaml"]),
        ("circleci", [".circleci/config.yml", ".circleci/config.yaml"]),
        ("jenkins", ["Jenkinsfile", "**/Jenkinsfile", "Jenkinsfile.*"]),
        ("azure-pipelines", ["azure-pipelines.yml", "azure-pipelines.yaml", ".azure-pipelines/**/*.yml", ".azure-pipelines/**/*.yaml"]),
        ("bitbucket-pipelines", ["bitbucket-pipelines.yml"]),
        ("travis", [".travis.yml"]),
        ("drone", [".drone.yml"]),
        ("woodpecker", [".woodpecker.yml", ".woodpecker/*.yml", ".woodpecker/*.yaml"]),
        ("buildkite", [".buildkite/pipeline.yml", ".buildkite/pipeline.yaml"]),
        ("appveyor", ["appveyor.yml", ".appveyor.yml"]),
    ]

    /// The paths the fallback looks at, in words, for evidence.
    static let lookedAt = ".github/workflows/, .gitlab-ci.yml, .circleci/config.yml, Jenkinsfile, azure-pipelines.yml, bitbucket-pipelines.yml, .travis.yml"

    /// Every CI configuration file: the detector's, then any well-known one it did not list.
    static func files(in context: AuditContext) -> [ConfigFile] {
        var found: [ConfigFile] = []
        var seen = Set<String>()
        for system in context.stack.ciSystems {
            for path in system.files where !context.configuration.isExcluded(path) && seen.insert(path).inserted {
                found.append(ConfigFile(system: system.name, path: path))
            }
        }
        for file in context.includedFiles where mayBeCIConfig(file) && !TextPaths.isVendored(file.path) && !seen.contains(file.path) {
            guard
                let system = wellKnownPaths.first(where: { entry in
                    entry.patterns.contains { Glob.matches(pattern: $0, path: file.path) }
                })?.system
            else { continue }
            seen.insert(file.path)
            found.append(ConfigFile(system: system, path: file.path))
        }
        return found
    }

    /// A cheap first filter before the globs, which matter on trees of 100k files: every well-known
    /// path is at the root, in a dot-folder, or a Jenkinsfile.
    private static func mayBeCIConfig(_ file: SnapshotFile) -> Bool {
        file.path.utf8.first == UInt8(ascii: ".") || !file.path.utf8.contains(UInt8(ascii: "/"))
            || TextPaths.hasPrefix(TextPaths.name(file.path), "Jenkinsfile")
    }
}
