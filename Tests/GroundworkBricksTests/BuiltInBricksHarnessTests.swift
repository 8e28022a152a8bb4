import Foundation
import GroundworkAudit
import GroundworkAuditModel
import GroundworkBricks
import GroundworkTestSupport
import Testing

/// The built-in bricks as the engine loads them from the source tree's Plugins folder.
enum BuiltInBrickLibrary {
    /// `<package>/Plugins`, found from this file's path.
    static let folder: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Plugins").path

    /// The built-in bricks, in the catalogue's order (Plugins/README.md).
    static let ids = [
        "docker", "compose", "github-actions", "gitlab-ci", "kubernetes", "helm", "dependabot", "renovate",
        "editorconfig", "gitignore", "community", "license", "precommit",
    ]

    /// Connector bricks: they write a service's connector modules and their tests, proven by
    /// scripts/connectors/<stack>.sh on a generated service (ConnectorTests), not on fixture repositories.
    static let connectorIDs = ["connectors", "payments", "email", "storage", "webhooks-out", "webhooks-in", "queue"]

    /// Bricks that only make sense for a service.
    static let serviceOnly: Set<String> = ["docker", "compose", "kubernetes", "helm"]

    /// Loads every built-in brick through the engine.
    static func load() throws -> BrickLibrary {
        BrickLibrary(try BrickLibrary.builtinBricks(at: folder))
    }
}

/// A fixture repository opened as a brick workspace (built, audited, its facts computed).
struct PreparedFixture {
    let fixture: StackFixture
    let repo: RepoBuilder
    let workspace: BrickWorkspace
    let library: BrickLibrary

    init(_ fixture: StackFixture, workTree: Bool = false) throws {
        self.fixture = fixture
        repo = try fixture.build()
        if workTree { try repo.checkout() }
        workspace = try BrickWorkspace.open(repo.path, workTree: workTree)
        library = try BuiltInBrickLibrary.load()
    }

    /// The audit of the fixture before any brick.
    var report: AuditReport { workspace.report }

    /// True when brick `id`'s `when` holds for this repository.
    func applies(_ id: String) throws -> Bool {
        let brick = try library.require(id)
        return brick.manifest.when?.holds(workspace.facts.predicateFacts) ?? true
    }

    /// The files brick `id` renders here with `overrides` (parameter name → value).
    func render(_ id: String, overrides: [String: String] = [:]) throws -> [RenderedFile] {
        let brick = try library.require(id)
        let values = try ParameterResolver.resolve(brick, facts: workspace.facts, overrides: overrides)
        return try BrickRenderer.render(brick, facts: workspace.facts, parameters: values)
    }

    /// Applies `ids` (with `--param`-style `parameters`) as a commit on a branch, and audits that branch.
    func applyAndAudit(_ ids: [String], parameters: [String] = []) throws -> AuditReport {
        let plan = try ApplyPlanner.plan(ids, parameters: parameters, library: library, workspace: workspace)
        let outcome = try BrickApplier.apply(plan, requested: ids, workspace: workspace)
        guard case .branch(let name, _, _) = outcome else { throw FixtureError("applying \(ids) gave \(outcome), not a branch") }
        return try Self.audit(repo.path, revision: name)
    }

    /// Audits a revision (HEAD when nil) without history: the bricks' checks read the tree.
    static func audit(_ path: String, revision: String? = nil) throws -> AuditReport {
        var options = AuditOptions()
        options.revision = revision
        options.includeHistory = false
        options.useCache = false
        return try Auditor.audit(path, options: options)
    }
}

extension RenderedFile {
    /// The content as text.
    var textContent: String { String(decoding: content, as: UTF8.self) }
}

extension AuditReport {
    /// The status of check `id`, nil when the audit did not run it.
    func checkStatus(_ id: String) -> CheckResult.Status? { results.first { $0.id == id }?.status }

    /// The result of check `id`, for messages.
    func checkSummary(_ id: String) -> String {
        guard let result = results.first(where: { $0.id == id }) else { return "\(id): not run" }
        let evidence = result.evidence.map { "\($0.message) (\($0.path ?? "-"):\($0.line.map(String.init) ?? "-"))" }
        return "\(id): \(result.status.rawValue) \(result.reason ?? "") \(evidence.joined(separator: "; "))"
    }
}

@Suite("Built-in bricks: the fixtures")
struct BuiltInBricksHarnessTests {
    @Test("every built-in brick loads, and the catalogue's list is complete")
    func everyBrickLoads() throws {
        let library = try BuiltInBrickLibrary.load()
        // Application bricks (api-*) render a model, not a fixture repository: their stacks' scripts prove them.
        // Connector bricks are proven the same way (scripts/connectors/<stack>.sh).
        let fixtureBricks = library.all.map(\.id).filter { !$0.hasPrefix(ApplicationBrick.alias + "-") && !BuiltInBrickLibrary.connectorIDs.contains($0) }
        #expect(fixtureBricks.sorted() == BuiltInBrickLibrary.ids.sorted())
        for brick in library.all {
            #expect(brick.version.description == "1.0.0", "\(brick.id) is at \(brick.version)")
            #expect(!brick.manifest.summary.isEmpty)
        }
    }

    @Test("each fixture is detected as the stack it stands for", arguments: StackFixture.all)
    func fixtureIsDetected(_ fixture: StackFixture) throws {
        let facts = try PreparedFixture(fixture).workspace.facts
        #expect(facts.ecosystem == fixture.ecosystem)
        #expect(facts.isService == fixture.isService)
        if fixture.isService { #expect(facts.primary?.entrypoints.isEmpty == false) }
    }
}
