import GroundworkAuditModel

/// The Dockerfiles of a repository, found by name and parsed.
package enum DockerfileInventory {
    /// Directories whose Dockerfiles belong to someone else's code.
    private static let vendoredComponents: Set<String> = ["node_modules", "vendor", "third_party", ".git"]

    /// Endings of `Dockerfile.*` names that are not Dockerfiles: source code, documents, and templates
    /// that something renders into a Dockerfile before building.
    private static let otherExtensions: Set<String> = [
        "go", "py", "js", "ts", "rs", "java", "rb", "swift", "sh", "md", "txt", "json", "yaml", "yml", "dockerignore",
        "j2", "jinja", "jinja2", "tmpl", "tpl", "template", "in", "erb", "mustache", "hbs", "liquid",
    ]

    /// True for `Dockerfile`, `Containerfile`, `Dockerfile.prod`, `api.Dockerfile`, in any case.
    package static func isDockerfile(name: String) -> Bool {
        let lowered = name.lowercased()
        if lowered == "dockerfile" || lowered == "containerfile" || lowered.hasSuffix(".dockerfile") { return true }
        guard lowered.hasPrefix("dockerfile.") || lowered.hasPrefix("containerfile."),
              let suffix = lowered.split(separator: ".").last else { return false }
        return !otherExtensions.contains(String(suffix))
    }

    /// Paths of the Dockerfiles in the files the audit reads, vendored directories left out.
    package static func paths(in context: AuditContext) -> [String] {
        context.includedFiles.filter { file in
            isDockerfile(name: file.name) && !file.path.split(separator: "/").dropLast().contains { vendoredComponents.contains(String($0)) }
        }.map(\.path)
    }

    /// The parsed Dockerfiles; binary or unreadable files are left out.
    package static func dockerfiles(in context: AuditContext) -> [Dockerfile] {
        paths(in: context).compactMap { path in
            context.snapshot.text(at: path).map { DockerfileParser.parse($0, path: path) }
        }
    }
}
