import Foundation
import GroundworkTestSupport
import Testing

@Suite("groundwork audit through the binary")
struct AuditEndToEndTests {
    static let awsKey = "AKIA" + "QY7RZ3WXKB2M4NTL"
    static let githubToken = "ghp_" + "R8xKq2Lm5Np7Wz3Yt6Vb9Cd1Fg4Hj00XG6G8"

    /// A small Express service with a leaked key in history, a token in the tree, and no CI.
    static func leakyService() throws -> RepoBuilder {
        let repo = try RepoBuilder()
        let start = ISO8601DateFormatter().date(from: "2025-11-01T09:00:00Z")!
        try repo.commit(
            "Initial service",
            files: [
                "package.json": #"{"name": "orders-api", "version": "1.0.0", "scripts": {"start": "node src/index.js", "test": "node --test"}, "dependencies": {"express": "^4.19.2"}}"#,
                "package-lock.json": #"{"name": "orders-api", "lockfileVersion": 3}"#,
                "src/index.js": "const express = require('express')\nconst app = express()\napp.get('/health', (req, res) => res.send('ok'))\napp.listen(process.env.PORT || 3000)\n",
                "README.md": "# orders-api\n\nThe orders service of Acme. It receives orders from the web shop and hands them to billing.\n\nRun it with `npm start`; it listens on port 3000.\n",
            ], author: "Ana Lima", date: start)
        try repo.commit("Add AWS upload", files: ["src/upload.js": "const key = '\(awsKey)'\nmodule.exports = key\n"], author: "Ana Lima", date: start.addingTimeInterval(86_400))
        try repo.commit(
            "Read the key from the environment", files: ["src/upload.js": "module.exports = process.env.AWS_ACCESS_KEY_ID\n"], author: "Ben Ode", date: start.addingTimeInterval(2 * 86_400))
        try repo.commit("Add GitHub client", files: ["src/github.js": "const token = '\(githubToken)'\nmodule.exports = token\n"], author: "Ana Lima", date: start.addingTimeInterval(3 * 86_400))
        return repo
    }

    @Test(arguments: ["text", "json", "markdown", "sarif", "html"])
    func everyFormatRedactsSecrets(_ format: String) throws {
        let repo = try Self.leakyService()
        let scratch = ScratchDirectory()
        let result = try BinaryRunner.run(["audit", repo.path, "--format", format], environment: BinaryRunner.environment(cache: scratch.path))
        #expect(result.status == 0, "\(result.standardError)")
        #expect(!result.standardOutput.isEmpty)
        for secret in [Self.awsKey, Self.githubToken] {
            #expect(!result.standardOutput.contains(secret), "\(format) output leaks a secret")
            #expect(!result.standardError.contains(secret))
            #expect(!result.standardOutput.contains(String(secret.dropFirst(4))), "\(format) output leaks the tail of a secret")
        }
        // Markdown escapes the asterisks of the redacted form.
        let redacted = format == "markdown" ? #"AKIA\*\*\*\*"# : "AKIA****"
        #expect(result.standardOutput.contains(redacted), "\(format) output names the redacted history secret")
        if format == "json" || format == "sarif" {
            #expect((try? JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8))) != nil, "\(format) is valid JSON")
        }
        if format == "html" {
            #expect(!result.standardOutput.contains("src=\"http"))
            #expect(!result.standardOutput.contains("href=\"http"))
        }
    }

    @Test func gatesAndOutputFile() throws {
        let repo = try Self.leakyService()
        let scratch = ScratchDirectory()
        let environment = BinaryRunner.environment(cache: scratch.path)
        let gated = try BinaryRunner.run(["audit", repo.path, "--fail-on", "high"], environment: environment)
        #expect(gated.status == 1)
        #expect(gated.standardError.contains("gate:"))
        #expect(try BinaryRunner.run(["audit", repo.path, "--min-score", "100"], environment: environment).status == 1)
        #expect(try BinaryRunner.run(["audit", repo.path, "--min-score", "0"], environment: environment).status == 0)

        let output = scratch.appending("report.json")
        let written = try BinaryRunner.run(["audit", repo.path, "--format", "json", "--output", output], environment: environment)
        #expect(written.status == 0)
        #expect(written.standardOutput.isEmpty)
        #expect(FileManager.default.fileExists(atPath: output))
    }

    @Test func baselineAcceptsKnownSecrets() throws {
        let repo = try Self.leakyService()
        let scratch = ScratchDirectory()
        let environment = BinaryRunner.environment(cache: scratch.path)
        let baseline = scratch.appending("baseline.json")
        #expect(try BinaryRunner.run(["audit", repo.path, "--write-baseline", baseline], environment: environment).status == 0)
        #expect(!(try String(contentsOfFile: baseline, encoding: .utf8)).contains(Self.awsKey))
        let accepted = try BinaryRunner.run(["audit", repo.path, "--only", "security", "--baseline", baseline, "--fail-on", "high"], environment: environment)
        #expect(accepted.status == 0, "\(accepted.standardOutput)")
    }

    @Test func pipedTextHasNoColourAndMatchesGolden() throws {
        let repo = try Self.leakyService()
        let scratch = ScratchDirectory()
        let result = try BinaryRunner.run(["audit", repo.path], environment: BinaryRunner.environment(cache: scratch.path))
        #expect(!result.standardOutput.contains("\u{1B}["))
        try expectGolden(result.standardOutput.replacingOccurrences(of: repo.path, with: "<repo>"), "audit-leaky-service.txt")
    }

    @Test func forcedColourUsesEscapes() throws {
        let repo = try Self.leakyService()
        let scratch = ScratchDirectory()
        var environment = BinaryRunner.environment(cache: scratch.path, extra: ["FORCE_COLOR": "1"])
        environment.removeValue(forKey: "NO_COLOR")
        let result = try BinaryRunner.run(["audit", repo.path], environment: environment)
        #expect(result.standardOutput.contains("\u{1B}["))
    }
}
