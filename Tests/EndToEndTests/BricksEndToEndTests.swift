import Foundation
import GroundworkTestSupport
import Testing

/// audit → plan → apply → edit → version bump → update → check, through the built binary, with bricks
/// written by the test (the built-in Plugins folder is switched off with an empty GROUNDWORK_PLUGINS).
@Suite("bricks through the binary")
struct BricksEndToEndTests {
    /// A scratch world: a repository, a folder of test bricks, an empty built-in library and a cache.
    final class World {
        let scratch = ScratchDirectory(prefix: "groundwork-e2e-bricks")
        let repo: RepoBuilder
        var bricks: String { scratch.appending("bricks") }
        var environment: [String: String]

        init() throws {
            repo = try RepoBuilder()
            try repo.commit(
                "Initial service",
                files: [
                    "package.json": #"{"name": "orders-api", "version": "1.0.0", "scripts": {"start": "node src/index.js", "test": "node --test"}, "dependencies": {"express": "^4.19.2"}}"#,
                    "src/index.js": "const express = require('express')\nconst app = express()\napp.listen(process.env.PORT || 3000)\n",
                    "README.md": "# orders-api\n",
                ])
            try repo.checkout()
            try Self.git(["config", "user.name", "Dana Holder"], in: repo.path)
            try Self.git(["config", "user.email", "dana@example.com"], in: repo.path)
            try FileManager.default.createDirectory(atPath: scratch.appending("no-plugins"), withIntermediateDirectories: true)
            environment = BinaryRunner.environment(cache: scratch.path, extra: ["GROUNDWORK_PLUGINS": scratch.appending("no-plugins")])
            try writeDockerBrick(version: "1.0.0", workdir: "/app")
        }

        func writeDockerBrick(version: String, workdir: String, extraLine: String = "") throws {
            try scratch.write(
                "bricks/docker/brick.yaml",
                """
                id: docker
                version: \(version)
                summary: A Dockerfile for the service
                fixes: [delivery.dockerfile, delivery.dockerignore]
                effort_hours: 4
                when: {is_service: true}
                parameters:
                  - name: port
                    type: int
                    default: "{{stack.port}}"
                    min: 1
                    max: 65535
                files:
                  - template: Dockerfile.mustache
                    path: Dockerfile
                  - template: dockerignore.mustache
                    path: .dockerignore
                    mode: append-lines
                """)
            try scratch.write(
                "bricks/docker/Dockerfile.mustache",
                """
                FROM node:{{stack.runtime_major}}-slim
                WORKDIR \(workdir)
                COPY . .
                RUN npm install --omit=dev
                \(extraLine)EXPOSE {{params.port}}
                USER node
                CMD ["node", "{{stack.entrypoint}}"]

                """)
            try scratch.write("bricks/docker/dockerignore.mustache", "node_modules\n.git\n")
        }

        func run(_ arguments: [String]) throws -> BinaryRunner.Result {
            try BinaryRunner.run(arguments, environment: environment, directory: repo.path)
        }

        func commitAll(_ message: String) throws {
            try Self.git(["add", "-A"], in: repo.path)
            try Self.git(["commit", "-qm", message], in: repo.path)
        }

        @discardableResult
        static func git(_ arguments: [String], in directory: String) throws -> String {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
            process.arguments = ["-C", directory] + arguments
            let output = Pipe()
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else { throw FixtureError("git \(arguments.joined(separator: " ")) exited \(process.terminationStatus)") }
            return String(decoding: data, as: UTF8.self)
        }
    }

    @Test func auditPlanApplyEditBumpUpdateCheck() throws {
        let world = try World()
        let repo = world.repo.path
        #expect(try world.run(["audit", repo, "--no-history"]).status == 0)

        let plan = try world.run(["plan", repo, "--bricks", world.bricks])
        #expect(plan.status == 0, "\(plan.standardError)")
        #expect(plan.standardOutput.contains("docker"))
        #expect(plan.standardOutput.contains("fixes delivery.dockerfile"))

        let dryRun = try world.run(["apply", "docker", "-C", repo, "--bricks", world.bricks, "--dry-run"])
        #expect(dryRun.status == 0, "\(dryRun.standardError)")
        #expect(dryRun.standardOutput.contains("create     Dockerfile"))
        #expect(dryRun.standardOutput.contains("+++ b/Dockerfile"))
        #expect(dryRun.standardOutput.contains("+EXPOSE 3000"))
        #expect(try World.git(["branch", "--list"], in: repo) == "* main\n", "a dry run writes nothing")

        let statusBefore = try World.git(["status", "--porcelain"], in: repo)
        let apply = try world.run(["apply", "docker", "-C", repo, "--bricks", world.bricks])
        #expect(apply.status == 0, "\(apply.standardError)")
        #expect(apply.standardOutput.contains("git diff main...groundwork/docker"))
        #expect(apply.standardOutput.contains("git merge groundwork/docker"))
        #expect(try World.git(["status", "--porcelain"], in: repo) == statusBefore)
        #expect(try World.git(["rev-parse", "--abbrev-ref", "HEAD"], in: repo) == "main\n")

        let again = try world.run(["apply", "docker", "-C", repo, "--bricks", world.bricks])
        #expect(again.status == 0)
        #expect(again.standardOutput.contains("Nothing to do"))

        try World.git(["merge", "-q", "--ff-only", "groundwork/docker"], in: repo)
        #expect(try world.run(["check", repo, "--bricks", world.bricks]).status == 0)

        // The user edits the managed Dockerfile…
        let dockerfile = repo + "/Dockerfile"
        let edited = try String(contentsOfFile: dockerfile, encoding: .utf8).replacingOccurrences(of: "USER node\n", with: "USER node\nHEALTHCHECK CMD node -e \"process.exit(0)\"\n")
        try Data(edited.utf8).write(to: URL(fileURLWithPath: dockerfile))
        try world.commitAll("Add a health check")
        let drift = try world.run(["check", repo, "--bricks", world.bricks])
        #expect(drift.status == 1)
        #expect(drift.standardOutput.contains("drifted   Dockerfile (docker)"))

        // …and the brick gets a new version that changes another line.
        try world.writeDockerBrick(version: "1.1.0", workdir: "/app", extraLine: "ENV NODE_ENV=production\n")
        let outdated = try world.run(["check", repo, "--bricks", world.bricks])
        #expect(outdated.status == 1)
        #expect(outdated.standardOutput.contains("outdated  docker 1.0.0 → 1.1.0"))

        let preview = try world.run(["update", "-C", repo, "--bricks", world.bricks, "--dry-run"])
        #expect(preview.status == 0, "\(preview.standardError)")
        #expect(preview.standardOutput.contains("merged     Dockerfile"))
        let update = try world.run(["update", "-C", repo, "--bricks", world.bricks])
        #expect(update.status == 0, "\(update.standardError)")
        #expect(update.standardOutput.contains("groundwork/update-docker"))
        let merged = try World.git(["show", "groundwork/update-docker:Dockerfile"], in: repo)
        #expect(merged.contains("ENV NODE_ENV=production"))
        #expect(merged.contains("HEALTHCHECK CMD node"))
        #expect(try World.git(["show", "groundwork/update-docker:.groundwork/lock.yaml"], in: repo).contains("version: 1.1.0"))
        #expect(try World.git(["status", "--porcelain"], in: repo).isEmpty)
    }

    @Test func overlappingEditsConflictAndExitOne() throws {
        let world = try World()
        let repo = world.repo.path
        #expect(try world.run(["apply", "docker", "-C", repo, "--bricks", world.bricks, "--worktree"]).status == 0)
        try world.commitAll("Apply docker")
        let dockerfile = repo + "/Dockerfile"
        let edited = try String(contentsOfFile: dockerfile, encoding: .utf8).replacingOccurrences(of: "WORKDIR /app", with: "WORKDIR /srv")
        try Data(edited.utf8).write(to: URL(fileURLWithPath: dockerfile))
        try world.commitAll("Move the app")
        try world.writeDockerBrick(version: "2.0.0", workdir: "/opt/app")
        let update = try world.run(["update", "docker", "-C", repo, "--bricks", world.bricks])
        #expect(update.status == 1)
        #expect(update.standardOutput.contains("conflict   Dockerfile"))
        #expect(update.standardError.contains("conflicts: Dockerfile"))
        let conflicted = try World.git(["show", "groundwork/update-docker:Dockerfile"], in: repo)
        #expect(conflicted.contains("<<<<<<< yours"))
        #expect(conflicted.contains(">>>>>>> docker 2.0.0"))
    }

    @Test func worktreeModeRefusesUncommittedEdits() throws {
        let world = try World()
        let repo = world.repo.path
        try Data("node_modules\nmy-own\n".utf8).write(to: URL(fileURLWithPath: repo + "/.dockerignore"))
        let refused = try world.run(["apply", "docker", "-C", repo, "--bricks", world.bricks, "--worktree"])
        #expect(refused.status == 1)
        #expect(refused.standardError.contains(".dockerignore has uncommitted changes"))
        #expect(!FileManager.default.fileExists(atPath: repo + "/Dockerfile"))
    }

    @Test func mistakesAreUsageErrors() throws {
        let world = try World()
        let repo = world.repo.path
        let unknown = try world.run(["apply", "nginx", "-C", repo, "--bricks", world.bricks])
        #expect(unknown.status == 64)
        #expect(unknown.standardError.contains("unknown brick \"nginx\"; available: docker"))
        let badParam = try world.run(["apply", "docker", "-C", repo, "--bricks", world.bricks, "--param", "docker.port=http"])
        #expect(badParam.status == 64)
        #expect(badParam.standardError.contains("--param docker.port=http: expected a whole number"))
        let unpinned = try world.run(["plan", repo, "--bricks", "https://example.com/bricks.tar.gz"])
        #expect(unpinned.status == 64)
        #expect(unpinned.standardError.contains("#sha256="))
        try world.scratch.write("bricks/docker/brick.yaml", "id: docker\nversion: 1.0\nsummary: s\n")
        let broken = try world.run(["bricks", "list", "--bricks", world.bricks])
        #expect(broken.status == 64)
        #expect(broken.standardError.contains("docker/brick.yaml:2: version: expected a semantic version"))
    }

    @Test func bricksListAndShow() throws {
        let world = try World()
        let list = try world.run(["bricks", "list", world.repo.path, "--bricks", world.bricks])
        #expect(list.status == 0, "\(list.standardError)")
        #expect(list.standardOutput.contains("docker"))
        #expect(list.standardOutput.contains("applies"))
        let show = try world.run(["bricks", "show", "docker", world.repo.path, "--bricks", world.bricks])
        #expect(show.status == 0, "\(show.standardError)")
        #expect(show.standardOutput.contains("port = 3000"))
        #expect(show.standardOutput.contains("managed       Dockerfile"))
        #expect(show.standardOutput.contains("fixes: delivery.dockerfile, delivery.dockerignore"))
    }

    @Test func newCreatesAProjectAsItsFirstCommit() throws {
        let world = try World()
        try world.scratch.write(
            "plugins/_stacks/mini/brick.yaml",
            """
            id: mini
            version: 1.0.0
            summary: A tiny service
            files:
              - template: package.json
                path: package.json
                mode: seed
              - template: index.js
                path: src/index.js
                mode: seed
            """)
        try world.scratch.write("plugins/_stacks/mini/package.json", #"{"name": "{{project.slug}}", "scripts": {"start": "node src/index.js"}, "dependencies": {"express": "^4.21.2"}}"# + "\n")
        try world.scratch.write("plugins/_stacks/mini/index.js", "const express = require('express')\nexpress().listen(process.env.PORT || 3000)\n")
        var environment = world.environment
        environment["GROUNDWORK_PLUGINS"] = world.scratch.appending("plugins")
        let result = try BinaryRunner.run(["new", "acme-api", "--stack", "mini", "--with", "docker", "--bricks", world.bricks], environment: environment, directory: world.scratch.path)
        #expect(result.status == 0, "\(result.standardError)")
        let project = world.scratch.appending("acme-api")
        #expect(try World.git(["rev-list", "--count", "HEAD"], in: project) == "1\n")
        #expect(try World.git(["status", "--porcelain"], in: project).isEmpty, "the work tree holds the first commit")
        let files = try World.git(["ls-files"], in: project).split(separator: "\n")
        #expect(Set(files) == [".dockerignore", ".groundwork/lock.yaml", "Dockerfile", "package.json", "src/index.js"])
        #expect(try String(contentsOfFile: project + "/Dockerfile", encoding: .utf8).contains("EXPOSE 3000"))
        #expect(try String(contentsOfFile: project + "/package.json", encoding: .utf8).contains("\"name\": \"acme-api\""))
        let unknown = try BinaryRunner.run(["new", "other", "--stack", "cobol"], environment: environment, directory: world.scratch.path)
        #expect(unknown.status == 64)
        #expect(unknown.standardError.contains("unknown stack; available: mini"))
        #expect(!FileManager.default.fileExists(atPath: world.scratch.appending("other")))
    }
}
