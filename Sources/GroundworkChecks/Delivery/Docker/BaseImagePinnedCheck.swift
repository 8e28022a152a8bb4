import GroundworkAuditModel

/// Every `FROM` (and `COPY --from` an image) names a fixed image: a tag other than `latest`, or a digest.
package struct BaseImagePinnedCheck: Check {
    package let id = "delivery.base-image-pinned"
    package let title = "Base images are pinned to a tag or digest"
    package let severity = Severity.medium
    package let rationale =
        "An untagged or `latest` base image changes under you: the same commit builds a different image tomorrow, and a breaking or compromised upstream release ships without review. Pin a version tag, or a digest for full reproducibility."
    package let fixedBy = ["docker"]
    package let effortHours = 0.5

    package init() {}

    package func evaluate(_ context: AuditContext) -> CheckOutcome {
        let dockerfiles = DockerfileInventory.dockerfiles(in: context)
        guard !dockerfiles.isEmpty else { return .notApplicable("no Dockerfile") }
        let evidence = dockerfiles.flatMap(Self.unpinnedBaseImages)
        return evidence.isEmpty ? .passed : .failed(evidence)
    }

    /// Evidence for each stage whose base image is not pinned.
    static func unpinnedBaseImages(in dockerfile: Dockerfile) -> [Evidence] {
        var earlierStages: Set<String> = []
        var evidence: [Evidence] = []
        for stage in dockerfile.stages {
            defer { if let name = stage.name { earlierStages.insert(name) } }
            if !stage.unresolvedVariables.isEmpty {
                let names = stage.unresolvedVariables.map { "$\($0)" }.joined(separator: ", ")
                evidence.append(Evidence("FROM \(stage.imageText) depends on \(names), which has no default", path: dockerfile.path, line: stage.line))
                continue
            }
            guard !earlierStages.contains(stage.image.lowercased()) else { continue }
            guard let reference = DockerImageReference(stage.image) else {
                evidence.append(Evidence("FROM names no image", path: dockerfile.path, line: stage.line))
                continue
            }
            guard !reference.isScratch, !reference.isPinned else { continue }
            let shown = stage.image == stage.imageText ? stage.image : "\(stage.imageText) (\(stage.image))"
            evidence.append(Evidence("base image \(shown) \(reference.unpinnedReason)", path: dockerfile.path, line: stage.line))
        }
        return evidence + unpinnedCopySources(in: dockerfile)
    }

    /// Evidence for `COPY --from=image` (not a stage) whose image is not pinned: it is pulled like a base image.
    static func unpinnedCopySources(in dockerfile: Dockerfile) -> [Evidence] {
        let stages = dockerfile.stages
        return stages.flatMap { stage in
            stage.instructions.filter { $0.keyword == "COPY" || $0.keyword == "ADD" }.compactMap { instruction -> Evidence? in
                guard let source = instruction.options(escape: dockerfile.escape).flags["from"], !source.contains("$"),
                    Int(source) == nil, !stages.contains(where: { $0.index < stage.index && $0.name == source.lowercased() }),
                    let reference = DockerImageReference(source), !reference.isPinned
                else { return nil }
                return Evidence("\(instruction.keyword) --from=\(source) copies from an image that \(reference.unpinnedReason)", path: dockerfile.path, line: instruction.line)
            }
        }
    }

    package var examples: [CheckExample] {
        [
            CheckExample(
                "tags, a digest, scratch and a stage name", .pass,
                files: [
                    "Dockerfile": """
                    FROM golang:1.22-alpine AS build
                    RUN go build -o /app .
                    FROM alpine@sha256:c5b1261d6d3e43071626931fc004f70149baeba2c8ec672bd4f27761f8e1ad6b AS certs
                    FROM scratch
                    COPY --from=build /app /app
                    COPY --from=certs /etc/ssl/certs /etc/ssl/certs
                    """
                ]),
            CheckExample("a version from an ARG default", .pass, files: ["Dockerfile": "ARG NODE_VERSION=20.11\nFROM node:${NODE_VERSION}-alpine\nCMD [\"node\"]\n"]),
            CheckExample("an untagged base image", .fail, files: ["Dockerfile": "FROM python\nCMD [\"python\"]\n"]),
            CheckExample("COPY from an untagged image", .fail, files: ["Dockerfile": "FROM python:3.12-slim\nCOPY --from=ghcr.io/astral-sh/uv /uv /bin/uv\n"]),
            CheckExample("latest in a later stage", .fail, files: ["app/Dockerfile": "FROM node:20 AS build\nRUN npm ci\nFROM nginx:latest\n"]),
            CheckExample("an ARG without a default", .fail, files: ["Dockerfile": "ARG BASE\nFROM ${BASE}\n"]),
            CheckExample("no Dockerfile", .notApplicable, files: ["README.md": "# docs only\n"]),
        ]
    }
}
