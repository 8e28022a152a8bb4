import GroundworkAuditModel

/// Images of compiled code are built in one stage and run from a slim final stage.
package struct MultiStageBuildCheck: Check {
    package let id = "delivery.multi-stage"
    package let title = "Compiled code uses a multi-stage build"
    package let severity = Severity.low
    package let rationale =
        "A single-stage image that compiles its code ships the compiler, the sources and the build cache: images several times larger, slower to pull, with far more packages to patch. Build in one stage and copy the artefact into a slim runtime stage."
    package let fixedBy = ["docker"]
    package let effortHours = 2.0

    package init() {}

    package func evaluate(_ context: AuditContext) -> CheckOutcome {
        let dockerfiles = DockerfileInventory.dockerfiles(in: context)
        guard !dockerfiles.isEmpty else { return .notApplicable("no Dockerfile") }
        var applicable = false
        var evidence: [Evidence] = []
        for dockerfile in dockerfiles {
            let package = Self.package(of: dockerfile.path, in: context.stack)
            let typeScript = package?.usesTypeScript == true || Self.hasTSConfig(near: dockerfile.path, in: context.snapshot)
            let build = dockerfile.stages.lazy.flatMap(\.runScripts).compactMap { script in
                BuildCommand.first(in: script.text, typeScript: typeScript).map { ($0, script.line) }
            }.first
            guard package?.isCompiled == true || build != nil else { continue }
            applicable = true
            guard dockerfile.stages.count == 1, let (command, line) = build else { continue }
            evidence.append(Evidence("a single-stage image runs `\(command)`: the toolchain and sources ship in the image", path: dockerfile.path, line: line))
        }
        guard applicable else { return .notApplicable("no Dockerfile builds compiled code") }
        return evidence.isEmpty ? .passed : .failed(evidence)
    }

    /// The package whose directory holds the Dockerfile most closely.
    static func package(of dockerfilePath: String, in stack: Stack) -> StackPackage? {
        stack.packages
            .filter { $0.path.isEmpty || dockerfilePath.hasPrefix($0.path + "/") }
            .max { $0.path.count < $1.path.count }
    }

    /// True when a `tsconfig.json` sits beside the Dockerfile or at the root.
    static func hasTSConfig(near dockerfilePath: String, in snapshot: RepoSnapshot) -> Bool {
        let directory = dockerfilePath.split(separator: "/").dropLast().joined(separator: "/")
        return snapshot.contains("tsconfig.json") || snapshot.contains(directory.isEmpty ? "tsconfig.json" : directory + "/tsconfig.json")
    }

    package var examples: [CheckExample] {
        [
            CheckExample("Go built in a builder stage", .pass, files: DeliveryExampleFiles.goService.merging(["Dockerfile": DeliveryExampleFiles.goMultiStageDockerfile]) { $1 }),
            CheckExample(
                "Go compiled in the only stage", .fail,
                files: DeliveryExampleFiles.goService.merging([
                    "Dockerfile": "FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build -o /usr/local/bin/server .\nCMD [\"server\"]\n"
                ]) { $1 }),
            CheckExample(
                "Maven packaged in a heredoc of the only stage", .fail,
                files: [
                    "pom.xml": "<project><modelVersion>4.0.0</modelVersion><groupId>com.acme</groupId><artifactId>api</artifactId><version>1.0</version></project>\n",
                    "Dockerfile": "FROM maven:3.9-eclipse-temurin-21\nCOPY . /src\nRUN <<EOF\nset -e\ncd /src\nmvn -B package\nEOF\nCMD [\"java\", \"-jar\", \"/src/target/api.jar\"]\n",
                ]),
            CheckExample(
                "TypeScript built with npm in the only stage", .fail,
                files: [
                    "tsconfig.json": "{ \"compilerOptions\": { \"strict\": true, \"outDir\": \"dist\" } }\n",
                    "Dockerfile": "FROM node:20\nCOPY . .\nRUN npm ci && npm run build\nCMD [\"node\", \"dist/index.js\"]\n",
                ]),
            CheckExample(
                "an interpreted app needs no build stage", .notApplicable, files: ["Dockerfile": "FROM python:3.12-slim\nCOPY . .\nRUN pip install -r requirements.txt\nCMD [\"python\", \"app.py\"]\n"]
            ),
        ]
    }
}
