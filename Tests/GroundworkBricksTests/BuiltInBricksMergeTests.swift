import Foundation
import GroundworkBricks
import GroundworkTestSupport
import Testing
import Yams

/// Bricks that share files with the user merge into them rather than replace them, and applying
/// the same bricks twice changes nothing.
@Suite("Built-in bricks: merging into existing files")
struct BuiltInBricksMergeTests {
    /// The fixture with `extra` files committed too, applied with `ids`; the text of each file on the new branch.
    static func applied(_ ids: [String], to fixture: StackFixture, extra: [String: FixtureContent], parameters: [String] = []) throws -> (PreparedFixture, [String: String]) {
        var files = fixture.files
        for (path, content) in extra { files[path] = content }
        let prepared = try PreparedFixture(StackFixture(name: fixture.name, ecosystem: fixture.ecosystem, isService: fixture.isService, files: files))
        let plan = try ApplyPlanner.plan(ids, parameters: parameters, library: prepared.library, workspace: prepared.workspace)
        var texts: [String: String] = [:]
        for file in plan.files { if let after = file.after { texts[file.path] = String(decoding: after, as: UTF8.self) } }
        return (prepared, texts)
    }

    @Test("compose merges its services into an existing compose.yaml, keeping the user's")
    func composeMerges() throws {
        let existing = "# our local stack\nservices:\n  db:\n    image: postgres:16\n    ports:\n      - \"5433:5432\"\n"
        let (_, files) = try Self.applied(["compose"], to: .goGin, extra: ["compose.yaml": .text(existing)], parameters: ["compose.redis=true"])
        let text = try #require(files["compose.yaml"])
        let compose = try #require(try Yams.load(yaml: text) as? [String: Any])
        let services = try #require(compose["services"] as? [String: [String: Any]])
        #expect(services.keys.sorted() == ["db", "inventory", "redis"])
        #expect(services["db"]?["image"] as? String == "postgres:16")
        #expect((compose["volumes"] as? [String: Any])?["redis-data"] != nil)
    }

    @Test("gitignore appends only the lines that are missing")
    func gitignoreAppends() throws {
        let existing = "# ours\nnode_modules/\nsecrets.txt\n"
        let (_, files) = try Self.applied(["gitignore"], to: .nodeExpress, extra: [".gitignore": .text(existing)])
        let gitignore = try #require(files[".gitignore"])
        #expect(gitignore.hasPrefix(existing))
        let lines = gitignore.split(separator: "\n").map(String.init)
        #expect(lines.filter { $0 == "node_modules/" }.count == 1)
        #expect(lines.contains(".env") && lines.contains("dist/"))
    }

    @Test("renovate merges its keys into an existing renovate.json")
    func renovateMerges() throws {
        let existing = "{\n  \"extends\": [\"config:base\"],\n  \"labels\": [\"dependencies\"]\n}\n"
        let (_, files) = try Self.applied(["renovate"], to: .rustAxum, extra: ["renovate.json": .text(existing)])
        let data = Data(try #require(files["renovate.json"]).utf8)
        let config = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(config["labels"] as? [String] == ["dependencies"])
        let extends = try #require(config["extends"] as? [String])
        #expect(extends.contains("config:base") && extends.contains("config:recommended"))
    }

    @Test("seed files never replace the user's", arguments: ["README.md", "LICENSE", ".editorconfig"])
    func seedsKeepTheUsersFile(_ path: String) throws {
        let mine = "mine, not groundwork's\n"
        let (_, files) = try Self.applied(["community", "license", "editorconfig"], to: .swiftVapor, extra: [path: .text(mine)])
        #expect(files[path] == mine)
    }

    @Test("applying the same bricks again changes nothing", arguments: StackFixture.all)
    func reapplyingIsANoOp(_ fixture: StackFixture) throws {
        let prepared = try PreparedFixture(fixture)
        let ids = try BuiltInBrickLibrary.ids.filter { id in try id != "renovate" && prepared.applies(id) }
        let plan = try ApplyPlanner.plan(ids, library: prepared.library, workspace: prepared.workspace)
        guard case .branch(let name, _, _) = try BrickApplier.apply(plan, requested: ids, workspace: prepared.workspace) else {
            Issue.record("no branch was made")
            return
        }
        try prepared.repo.switchTo(name)
        let again = try BrickWorkspace.open(prepared.repo.path)
        let second = try ApplyPlanner.plan(ids, library: prepared.library, workspace: again)
        // The lock file may record new pristine renders of seeds (the audit now sees the files the first
        // apply wrote); every file the bricks write must stay as it is.
        let rewritten = second.files.filter { $0.operation.writes && $0.path != ".groundwork/lock.yaml" }
        #expect(rewritten.isEmpty, "a second apply rewrites \(rewritten.map { "\($0.operation.rawValue) \($0.path)" })")
    }
}
