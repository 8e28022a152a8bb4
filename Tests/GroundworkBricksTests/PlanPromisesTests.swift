import Foundation
import GroundworkAudit
import GroundworkAuditModel
import GroundworkTestSupport
import Testing

@testable import GroundworkBricks

/// `groundwork plan` credits a brick with a check only when the apply it plans makes that check pass.
@Suite("Plan promises: fixes are credited only when apply makes them pass")
struct PlanPromisesTests {
    /// A workflow whose actions are pinned by tag and whose token is not restricted.
    static let taggedWorkflow = """
        # CI for the orders service
        name: CI
        on: [push, pull_request]
        jobs:
          test:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4  # fetch the code
              - uses: actions/setup-node@v4
                with:
                  node-version: 20
              - run: npm ci && npm test

        """

    /// The verifier the CLI uses: the claimed checks, run again on the tree the plan leaves.
    static func verifier(_ path: String) -> FixVerifier {
        { plan, claimed in
            var options = AuditOptions()
            options.includeHistory = false
            options.useCache = false
            let changes = Dictionary(plan.files.filter(\.operation.writes).map { ($0.path, $0.after) }, uniquingKeysWith: { _, last in last })
            return try Auditor.passing(claimed, source: path, changes: changes, options: options)
        }
    }

    @Test func aBrickWhoseFileIsKeptIsNotCreditedWithItsFixes() throws {
        let folder = BrickFolder()
        try folder.brick(
            "whole-ci",
            """
            id: whole-ci
            version: 1.0.0
            summary: a CI workflow written whole
            fixes: [actions.pinned, actions.permissions]
            files:
              - template: ci.yml.mustache
                path: .github/workflows/ci.yml
            """, templates: ["ci.yml.mustache": "name: CI\non: push\npermissions:\n  contents: read\njobs: {}\n"])
        let repo = try BrickFixtures.nodeService(extraFiles: [".github/workflows/ci.yml": .text(Self.taggedWorkflow)])
        let workspace = try BrickFixtures.workspace(repo)
        let library = try folder.library()
        let unverified = BrickRecommender.recommend(report: workspace.report, facts: workspace.facts, library: library)
        #expect(unverified.recommended.map(\.brick.id) == ["whole-ci"], "the unverified ranking still trusts brick.yaml")

        let verified = BrickRecommender.recommend(workspace: workspace, library: library, verify: Self.verifier(repo.path))
        #expect(verified.recommended.isEmpty)
        let declined = try #require(verified.declined.first)
        #expect(declined.brick.id == "whole-ci")
        #expect(Set(declined.notCredited.map(\.check.id)) == ["actions.pinned", "actions.permissions"])
        #expect(declined.notCredited.allSatisfy { $0.reason.contains("keeps your .github/workflows/ci.yml") })
    }

    @Test func aBrickIsCreditedOnlyWithWhatItsRenderSatisfies() throws {
        let long = "# Orders\n\n" + (1...12).map { "Line \($0) of the guide: run the orders service with npm start and test it with npm test." }.joined(separator: "\n") + "\n"
        for (template, credited) in [("# Orders\n", false), (long, true)] {
            let folder = BrickFolder()
            try folder.brick(
                "readme",
                """
                id: readme
                version: 1.0.0
                summary: a README
                fixes: [docs.readme, docs.license]
                files:
                  - template: README.md.mustache
                    path: README.md
                """, templates: ["README.md.mustache": template])
            let repo = try BrickFixtures.nodeService()
            let workspace = try BrickFixtures.workspace(repo)
            let verified = BrickRecommender.recommend(workspace: workspace, library: try folder.library(), verify: Self.verifier(repo.path))
            if credited {
                let readme = try #require(verified.recommended.first)
                #expect(readme.fixes.map(\.id) == ["docs.readme"])
                #expect(readme.notCredited.map(\.check.id) == ["docs.license"], "a README does not license the project")
            } else {
                #expect(verified.recommended.isEmpty, "a one-line README does not pass docs.readme")
                #expect(verified.declined.first?.notCredited.first?.reason == "the check still fails after its apply")
            }
        }
    }

    /// Every built-in brick the plan recommends for a repository with a tag-pinned workflow fixes, once
    /// applied, every check the plan credited it with.
    @Test func everyCreditedFixOfTheBuiltInBricksHolds() throws {
        let repo = try BrickFixtures.nodeService(extraFiles: [".github/workflows/ci.yml": .text(Self.taggedWorkflow)])
        let workspace = try BrickFixtures.workspace(repo)
        let library = try BuiltInBrickLibrary.load()
        let verified = BrickRecommender.recommend(workspace: workspace, library: library, verify: Self.verifier(repo.path))
        #expect(!verified.recommended.isEmpty)
        for item in verified.recommended {
            let fresh = try BrickFixtures.workspace(repo)
            let plan = try ApplyPlanner.plan([item.brick.id], library: library, workspace: fresh)
            let outcome = try BrickApplier.apply(plan, requested: [item.brick.id], workspace: fresh)
            guard case .branch(let name, _, _) = outcome else { Issue.record("\(item.brick.id): no branch"); continue }
            let after = try PreparedFixture.audit(repo.path, revision: name)
            for fix in item.fixes {
                #expect(after.results.first { $0.id == fix.id }?.status == .pass, "\(item.brick.id) was credited with \(fix.id)")
            }
        }
    }
}

extension PlanPromisesTests {
    /// A composite action's tag-pinned step is pinned too, so the plan can credit actions.pinned.
    @Test func compositeActionsArePinnedAndCredited() throws {
        let repo = try BrickFixtures.nodeService(extraFiles: [
            ".github/workflows/ci.yml": .text(Self.taggedWorkflow),
            ".github/actions/setup/action.yml": .text("name: setup\nruns:\n  using: composite\n  steps:\n    - uses: actions/cache@v4\n"),
        ])
        let workspace = try BrickFixtures.workspace(repo)
        let library = try BuiltInBrickLibrary.load()
        let verified = BrickRecommender.recommend(workspace: workspace, library: library, verify: Self.verifier(repo.path))
        let actions = try #require((verified.recommended + verified.alternatives).first { $0.brick.id == "github-actions" })
        #expect(Set(actions.fixes.map(\.id)).isSuperset(of: ["actions.pinned", "actions.permissions"]))
        let plan = try ApplyPlanner.plan(["github-actions"], library: library, workspace: workspace)
        let composite = String(decoding: plan.files.first { $0.path == ".github/actions/setup/action.yml" }?.after ?? Data(), as: UTF8.self)
        #expect(composite.contains("uses: actions/cache@1bd1e32a3bdc45362d1e726936510720a7c30a57 # v4.2.0"))
    }
}
