import GroundworkAuditModel

/// The Dockerfiles of a repository, found by name and parsed.
package enum DockerfileInventory {
    /// Directories whose Dockerfiles belong to someone else's code.
    private static let vendoredComponents: Set<String> = ["node_modules", "vendor", "third_party", ".git"]

    /// Paths of the Dockerfiles in the files the audit reads; vendored directories and development
    /// environments (`.devcontainer/`), whose images are never deployed, left out.
    package static func paths(in context: AuditContext) -> [String] {
        context.includedFiles.filter { file in
            DockerfileNames.isDockerfile(file.name) && !DockerfileNames.isDevelopmentEnvironment(file.path)
                && !file.path.split(separator: "/").dropLast().contains { vendoredComponents.contains(String($0)) }
        }.map(\.path)
    }

    /// The parsed Dockerfiles; binary or unreadable files are left out.
    package static func dockerfiles(in context: AuditContext) -> [Dockerfile] {
        paths(in: context).compactMap { path in
            context.snapshot.text(at: path).map { DockerfileParser.parse($0, path: path) }
        }
    }
}
