import GroundworkAuditModel

/// The image's final stage runs as a user other than root, or Kubernetes enforces it.
package struct NonRootUserCheck: Check {
    package let id = "delivery.non-root-user"
    package let title = "Containers do not run as root"
    package let severity = Severity.medium
    package let rationale =
        "A process running as root inside a container is one kernel or runtime bug away from root on the host, and can rewrite its own image at run time. Set a non-root USER in the final stage (or enforce runAsNonRoot in Kubernetes)."
    package let fixedBy = ["docker"]
    package let effortHours = 1.0

    package init() {}

    package func evaluate(_ context: AuditContext) -> CheckOutcome {
        let dockerfiles = DockerfileInventory.dockerfiles(in: context)
        guard !dockerfiles.isEmpty else { return .notApplicable("no Dockerfile") }
        if KubernetesInventory.load(context).enforcesNonRoot { return .passed }
        let evidence = dockerfiles.compactMap(Self.rootEvidence)
        return evidence.isEmpty ? .passed : .failed(evidence)
    }

    /// Evidence when the final stage runs as root; nil when it does not.
    static func rootEvidence(_ dockerfile: Dockerfile) -> Evidence? {
        let stages = dockerfile.stages
        guard let final = stages.last else { return nil }
        var stage = final
        var visited: Set<Int> = []
        // A stage built FROM an earlier stage inherits that stage's USER.
        while true {
            visited.insert(stage.index)
            if let user = stage.user {
                guard isRoot(user.name) else { return nil }
                return Evidence("the final stage switches to USER \(user.name)", path: dockerfile.path, line: user.line)
            }
            let image = stage.image.lowercased()
            guard let parent = stages.last(where: { $0.index < stage.index && $0.name == image }), !visited.contains(parent.index) else { break }
            stage = parent
        }
        if let reference = stage.imageReference, runsAsNonRootByDefault(reference) { return nil }
        return Evidence("the final stage (FROM \(final.imageText)) sets no USER, so the container runs as root", path: dockerfile.path, line: final.line)
    }

    /// True for `root`, `0`, `root:root`, `0:0` and the empty user.
    static func isRoot(_ user: String) -> Bool {
        let name = user.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? user
        return name.isEmpty || name == "root" || name == "0"
    }

    /// Base images whose default user is not root: distroless `:nonroot` tags and Chainguard images.
    static func runsAsNonRootByDefault(_ reference: DockerImageReference) -> Bool {
        let tag = reference.tag?.lowercased() ?? ""
        return tag.contains("nonroot") || tag.contains("non-root") || reference.repository.lowercased().hasPrefix("cgr.dev/chainguard/")
    }

    package var examples: [CheckExample] {
        [
            CheckExample("a non-root user in the final stage", .pass, files: ["Dockerfile": DeliveryExampleFiles.goMultiStageDockerfile]),
            CheckExample(
                "a distroless nonroot base", .pass,
                files: ["Dockerfile": "FROM golang:1.22 AS build\nRUN go build -o /app .\nFROM gcr.io/distroless/base-debian12:nonroot\nCOPY --from=build /app /app\n"]),
            CheckExample(
                "Kubernetes enforces runAsNonRoot", .pass,
                files: [
                    "Dockerfile": "FROM node:20-alpine\nCOPY . .\nCMD [\"node\", \"index.js\"]\n",
                    "k8s/deployment.yaml": DeliveryExampleFiles.deployment(),
                ]),
            CheckExample("no USER at all", .fail, files: ["Dockerfile": "FROM node:20-alpine\nCOPY . .\nCMD [\"node\", \"index.js\"]\n"]),
            CheckExample("USER root after a non-root build stage", .fail, files: ["Dockerfile": "FROM node:20 AS build\nUSER node\nRUN npm ci\nFROM node:20-slim\nUSER node\nRUN id\nUSER root\n"]),
            CheckExample("a USER line inside a heredoc is not an instruction", .fail, files: ["Dockerfile": "FROM debian:12\nCOPY <<EOF /etc/app.conf\nUSER app\nEOF\n"]),
            CheckExample("no Dockerfile", .notApplicable, files: ["README.md": "# docs only\n"]),
        ]
    }
}
