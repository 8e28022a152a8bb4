/// Which files are Dockerfiles of the repository's own delivery, by name and place: the one rule that
/// stack detection and the delivery checks share.
package enum DockerfileNames {
    /// Endings of `Dockerfile.*` names that are not Dockerfiles: source code (`Dockerfile.swift`, a parser
    /// of them), documents, and templates that something renders into a Dockerfile before building.
    static let otherExtensions: Set<String> = [
        "go", "py", "js", "ts", "rs", "java", "kt", "rb", "php", "cs", "swift", "sh", "md", "txt", "json", "yaml", "yml",
        "dockerignore", "j2", "jinja", "jinja2", "tmpl", "tpl", "template", "in", "erb", "mustache", "hbs", "liquid",
    ]

    /// True for `Dockerfile`, `Containerfile`, `Dockerfile.prod`, `api.Dockerfile`, in any case.
    package static func isDockerfile(_ name: String) -> Bool {
        let lowered = name.lowercased()
        if lowered == "dockerfile" || lowered == "containerfile" || lowered.hasSuffix(".dockerfile") { return true }
        guard lowered.hasPrefix("dockerfile.") || lowered.hasPrefix("containerfile."),
            let suffix = lowered.split(separator: ".").last
        else { return false }
        return !otherExtensions.contains(String(suffix))
    }

    /// True for the image of a development environment (a dev container, Gitpod), which nobody deploys.
    package static func isDevelopmentEnvironment(_ path: String) -> Bool {
        path.hasPrefix(".devcontainer/") || path.contains("/.devcontainer/") || path.lowercased().hasSuffix(".gitpod.dockerfile")
    }

    /// Name parts of Dockerfiles that build an image to test or develop in, not the one that is deployed.
    static let toolingNames: Set<String> = ["playwright", "cypress", "test", "tests", "e2e", "ci", "dev", "development", "local"]

    /// True for `Dockerfile.playwright`, `test.Dockerfile`, `docker/local.Dockerfile`: images for tests or development.
    package static func buildsToolingImage(_ path: String) -> Bool {
        let name = path.lowercased().split(separator: "/").last.map(String.init) ?? path
        return name.split(separator: ".").contains { toolingNames.contains(String($0)) }
    }
}
