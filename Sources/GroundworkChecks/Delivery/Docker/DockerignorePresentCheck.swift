import GroundworkAuditModel

/// Every Dockerfile's build context has a `.dockerignore`.
package struct DockerignorePresentCheck: Check {
    package let id = "delivery.dockerignore"
    package let title = "Docker builds have a .dockerignore"
    package let severity = Severity.low
    package let rationale =
        "Without a .dockerignore the whole directory — .git, node_modules, local .env files — is sent to the builder, slowing every build and letting `COPY . .` put secrets and junk into the image."
    package let fixedBy = ["docker"]
    package let effortHours = 0.25

    package init() {}

    package func evaluate(_ context: AuditContext) -> CheckOutcome {
        let dockerfiles = DockerfileInventory.paths(in: context)
        guard !dockerfiles.isEmpty else { return .notApplicable("no Dockerfile") }
        let missing = dockerfiles.filter { !Self.hasDockerignore($0, in: context.snapshot) }
        guard !missing.isEmpty else { return .passed }
        return .failed(missing.map { Evidence("no .dockerignore at the root, beside this Dockerfile or as \($0.split(separator: "/").last ?? "").dockerignore", path: $0) })
    }

    /// A `.dockerignore` at the root (the usual context), in the Dockerfile's directory, or
    /// the BuildKit per-Dockerfile `<Dockerfile>.dockerignore`.
    static func hasDockerignore(_ dockerfilePath: String, in snapshot: RepoSnapshot) -> Bool {
        let directory = dockerfilePath.split(separator: "/").dropLast().joined(separator: "/")
        let candidates = [".dockerignore", directory.isEmpty ? ".dockerignore" : directory + "/.dockerignore", dockerfilePath + ".dockerignore"]
        return candidates.contains(where: snapshot.contains)
    }

    package var examples: [CheckExample] {
        [
            CheckExample("a root .dockerignore", .pass, files: ["Dockerfile": "FROM nginx:1.27\n", ".dockerignore": ".git\nnode_modules\n.env\n"]),
            CheckExample("a .dockerignore beside a nested Dockerfile", .pass, files: ["services/api/Dockerfile": "FROM nginx:1.27\n", "services/api/.dockerignore": ".env\n"]),
            CheckExample("a per-Dockerfile ignore file", .pass, files: ["docker/web.Dockerfile": "FROM nginx:1.27\n", "docker/web.Dockerfile.dockerignore": ".git\n"]),
            CheckExample("a Dockerfile without one", .fail, files: ["Dockerfile": "FROM nginx:1.27\nCOPY . /usr/share/nginx/html\n"]),
            CheckExample("no Dockerfile", .notApplicable, files: ["README.md": "# docs only\n"]),
        ]
    }
}
