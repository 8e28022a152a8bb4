import Foundation
import GroundworkBasics
import GroundworkGit
import GroundworkTestSupport

@testable import GroundworkBricks

/// Bricks written by a test into its own folder, so tests never depend on the built-in Plugins/.
final class BrickFolder {
    let scratch = ScratchDirectory(prefix: "groundwork-bricks")
    var path: String { scratch.path }

    /// Writes `<id>/brick.yaml` and its templates.
    @discardableResult
    func brick(_ id: String, _ yaml: String, templates: [String: String] = [:]) throws -> String {
        try scratch.write("\(id)/brick.yaml", yaml)
        for (name, text) in templates { try scratch.write("\(id)/\(name)", text) }
        return scratch.appending(id)
    }

    /// Every brick of the folder.
    func library() throws -> BrickLibrary {
        BrickLibrary(try BrickLoader.loadAll(from: DirectoryBrickSource(root: path, displayRoot: "bricks"), origin: .directory(path)))
    }
}

/// Fixtures and helpers shared by the brick tests.
enum BrickFixtures {
    static let now = ISO8601DateFormatter().date(from: "2026-03-01T00:00:00Z")!

    /// A small Express service, checked out, with user.name set in its config.
    static func nodeService(extraFiles: [String: FixtureContent] = [:]) throws -> RepoBuilder {
        let repo = try RepoBuilder()
        var files: [String: FixtureContent] = [
            "package.json": """
            {
              "name": "orders-api",
              "version": "1.0.0",
              "scripts": {"start": "node src/index.js", "test": "node --test"},
              "dependencies": {"express": "^4.19.2"}
            }

            """,
            "package-lock.json": .text(#"{"name": "orders-api", "lockfileVersion": 3}"# + "\n"),
            "src/index.js": "const express = require('express')\nconst app = express()\napp.get('/health', (req, res) => res.send('ok'))\napp.listen(process.env.PORT || 3000)\n",
            ".gitignore": "dist/\n",
        ]
        for (path, content) in extraFiles { files[path] = content }
        try repo.commit("Initial service", files: files)
        try repo.checkout()
        try git(["config", "user.name", "Dana Holder"], in: repo.path)
        try git(["config", "user.email", "dana@example.com"], in: repo.path)
        return repo
    }

    /// A `docker` brick and a `gitignore` brick it requires, version `version`, Dockerfile from `dockerfile`.
    static func dockerBricks(in folder: BrickFolder, version: String = "1.0.0", dockerfile: String = defaultDockerfile, extraFiles: String = "") throws {
        try folder.brick(
            "gitignore",
            """
            id: gitignore
            version: 1.0.0
            summary: A .gitignore for the stack
            fixes: [hygiene.gitignore]
            files:
              - template: gitignore.mustache
                path: .gitignore
                mode: append-lines
            """, templates: ["gitignore.mustache": "# Node\nnode_modules/\n.env\n"])
        try folder.brick(
            "docker",
            """
            id: docker
            version: \(version)
            summary: A Dockerfile and a .dockerignore
            requires: [gitignore]
            fixes: [delivery.dockerfile, delivery.dockerignore]
            effort_hours: 4
            when:
              ecosystem: [node, python, go]
              is_service: true
            parameters:
              - name: port
                type: int
                default: "{{stack.port}}"
                min: 1
                max: 65535
              - name: base
                type: enum
                values: [debian, alpine]
                default: debian
            files:
              - template: Dockerfile.mustache
                path: Dockerfile
              - template: dockerignore.mustache
                path: .dockerignore
                mode: append-lines
              - template: scripts.json.mustache
                path: package.json
                mode: merge-json
                when: {ecosystem: node}
            \(extraFiles)
            tasks:
              - name: Build the image
                run: docker build -t {{project.slug}} .
            """,
            templates: [
                "Dockerfile.mustache": dockerfile,
                "dockerignore.mustache": "node_modules\n.git\n",
                "scripts.json.mustache": #"{"scripts": {"docker:build": "docker build -t {{project.slug}} ."}}"# + "\n",
            ])
    }

    static let defaultDockerfile = """
        FROM node:{{stack.runtime_major}}-slim
        WORKDIR /app
        COPY package*.json ./
        RUN npm ci --omit=dev
        COPY . .
        EXPOSE {{params.port}}
        USER node
        CMD ["node", "{{stack.entrypoint}}"]

        """

    /// Opens the repository as a brick workspace with a fixed clock and a scratch cache: `cache`, or folders
    /// beside the repository in its builder's scratch directory, which lives as long as the builder (a scratch
    /// made here would be removed when this returns, before the workspace uses it).
    static func workspace(_ repo: RepoBuilder, workTree: Bool = false, cache: ScratchDirectory? = nil) throws -> BrickWorkspace {
        let base = (cache ?? repo.scratch).path
        return try BrickWorkspace.open(repo.path, workTree: workTree, now: now, directories: Directories(cache: base + "/cache", config: base + "/config"))
    }

    /// Runs git and returns its standard output; throws when it fails.
    @discardableResult
    static func git(_ arguments: [String], in directory: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
        process.arguments = ["-C", directory] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw FixtureError("git \(arguments.joined(separator: " ")) failed with \(process.terminationStatus)") }
        return String(decoding: data, as: UTF8.self)
    }

    /// The file's text at a commit, read through libgit2.
    static func text(_ repository: Repository, _ path: String, at commit: ObjectID) throws -> String? {
        let tree = try repository.commit(commit).tree
        guard let entry = try repository.entry(at: path, inTree: tree) else { return nil }
        return try repository.blob(entry.id).text
    }
}
