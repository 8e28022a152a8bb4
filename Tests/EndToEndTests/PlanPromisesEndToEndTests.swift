import Foundation
import GroundworkTestSupport
import Testing

/// `plan`, then `apply` of what it recommends, then `audit`, through the built binary with the built-in
/// bricks: every check the plan said a brick fixes passes afterwards, and the existing workflow and
/// Dockerfile are fixed in place (their comments kept), an action tag resolved on a local GitHub API.
@Suite("the plan keeps its promises, through the binary")
struct PlanPromisesEndToEndTests {
    static let plugins = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Plugins").path

    @Test func everyFixThePlanCreditsHoldsAfterApply() throws {
        let sha = String(repeating: "e", count: 40)
        let server = try LocalHTTPServer { request in
            request.target == "/repos/acme/deploy/git/ref/tags/v1"
                ? ScriptedResponse(body: Data(#"{"object": {"type": "commit", "sha": "\#(sha)"}}"#.utf8))
                : ScriptedResponse(status: 404)
        }
        defer { server.stop() }
        let scratch = ScratchDirectory(prefix: "groundwork-e2e-plan")
        let repo = try RepoBuilder()
        try repo.commit(
            "Initial service",
            files: [
                "package.json": #"{"name": "orders-api", "version": "1.0.0", "scripts": {"start": "node src/index.js", "test": "node --test"}, "dependencies": {"express": "^4.19.2"}}"#,
                "package-lock.json": #"{"name": "orders-api", "lockfileVersion": 3}"#,
                "src/index.js": "const express = require('express')\nconst app = express()\napp.listen(process.env.PORT || 3000)\n",
                ".github/workflows/ci.yml": """
                # CI for the orders service
                name: CI
                on: [push, pull_request]
                jobs:
                  test:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: actions/checkout@v4  # fetch the code
                      - uses: actions/setup-node@v4
                      - run: npm ci && npm test
                      - uses: acme/deploy@v1

                """,
                "Dockerfile": "FROM node:20-slim\nWORKDIR /app\nCOPY . .\n# start it\nCMD [\"node\", \"src/index.js\"]\n",
            ])
        try repo.checkout()
        let environment = BinaryRunner.environment(cache: scratch.path, extra: ["GROUNDWORK_PLUGINS": Self.plugins, "GROUNDWORK_GITHUB_API": server.baseURL])
        func run(_ arguments: [String]) throws -> BinaryRunner.Result { try BinaryRunner.run(arguments, environment: environment, directory: repo.path) }
        try BricksEndToEndTests.World.git(["config", "user.name", "Dana Holder"], in: repo.path)
        try BricksEndToEndTests.World.git(["config", "user.email", "dana@example.com"], in: repo.path)

        let plan = try run(["plan", repo.path])
        #expect(plan.status == 0, "\(plan.standardError)")
        let credited = Self.credited(plan.standardOutput)
        #expect(credited["github-actions"]?.isSuperset(of: ["actions.pinned", "actions.permissions"]) == true, "\(plan.standardOutput)")
        #expect(credited["docker"]?.contains("delivery.non-root-user") == true, "\(plan.standardOutput)")

        let ids = credited.keys.sorted()
        let dryRun = try run(["apply"] + ids + ["-C", repo.path, "--dry-run"])
        #expect(dryRun.status == 0, "\(dryRun.standardError)")
        #expect(dryRun.standardOutput.contains("edit       .github/workflows/ci.yml"))
        #expect(dryRun.standardOutput.contains("+      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2  # fetch the code"))
        #expect(dryRun.standardOutput.contains("+      - uses: acme/deploy@\(sha) # v1"))
        #expect(dryRun.standardOutput.contains("+USER node"))

        let apply = try run(["apply"] + ids + ["-C", repo.path])
        #expect(apply.status == 0, "\(apply.standardError)")
        let branch = try #require(apply.standardOutput.firstMatch(of: /git merge (\S+)/)).1
        try BricksEndToEndTests.World.git(["merge", "-q", "--ff-only", String(branch)], in: repo.path)
        let audit = try run(["audit", repo.path, "--no-history", "--format", "json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(audit.standardOutput.utf8)) as? [String: Any])
        let results = try #require(report["results"] as? [[String: Any]])
        let status = Dictionary(results.compactMap { item in (item["id"] as? String).map { ($0, item["status"] as? String ?? "") } }, uniquingKeysWith: { first, _ in first })
        for (brick, checks) in credited {
            for check in checks { #expect(status[check] == "pass", "the plan said \(brick) fixes \(check)") }
        }
        let workflow = try String(contentsOfFile: repo.path + "/.github/workflows/ci.yml", encoding: .utf8)
        #expect(workflow.hasPrefix("# CI for the orders service\n"), "comments are kept")
    }

    /// brick id → the checks a `plan` line says it fixes.
    static func credited(_ output: String) -> [String: Set<String>] {
        var result: [String: Set<String>] = [:]
        for line in output.components(separatedBy: "\n") {
            guard let match = line.firstMatch(of: /^  ([a-z0-9-]+)\s+\S+\s+.*?fixes (.+)$/) else { continue }
            result[String(match.1)] = Set(match.2.components(separatedBy: ", "))
        }
        return result
    }
}
