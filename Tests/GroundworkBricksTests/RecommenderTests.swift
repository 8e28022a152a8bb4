import Foundation
import Testing

@testable import GroundworkBricks

@Suite("groundwork plan: recommended bricks")
struct RecommenderTests {
    static func brick(_ folder: BrickFolder, _ id: String, fixes: [String], when: String = "", conflicts: [String] = [], effort: Double = 0) throws {
        try folder.brick(
            id,
            """
            id: \(id)
            version: 1.0.0
            summary: \(id)
            fixes: [\(fixes.joined(separator: ", "))]
            conflicts: [\(conflicts.joined(separator: ", "))]
            effort_hours: \(effort)
            \(when)
            """)
    }

    @Test func bricksAreOrderedByHoursSavedWithAlternativesApart() throws {
        let folder = BrickFolder()
        try Self.brick(folder, "docker", fixes: ["delivery.dockerfile", "delivery.dockerignore"])
        try Self.brick(folder, "ci-a", fixes: ["ci.configured", "ci.runs-tests"])
        try Self.brick(folder, "ci-b", fixes: ["ci.configured"])
        try Self.brick(folder, "license", fixes: ["docs.license"])
        try Self.brick(folder, "deps-a", fixes: ["ci.dependency-updates"], conflicts: ["deps-b"])
        try Self.brick(folder, "deps-b", fixes: ["ci.dependency-updates", "docs.changelog"])
        try Self.brick(folder, "python-only", fixes: ["docs.readme"], when: "when: {ecosystem: python}")
        try Self.brick(folder, "nothing-to-fix", fixes: ["actions.pinned"], effort: 9)
        let library = try folder.library()
        let repo = try BrickFixtures.nodeService()
        let workspace = try BrickFixtures.workspace(repo)
        let (recommended, alternatives) = BrickRecommender.recommend(report: workspace.report, facts: workspace.facts, library: library)
        let failing = Dictionary(uniqueKeysWithValues: workspace.report.results.filter { $0.status == .fail }.map { ($0.id, $0.effortHours) })
        #expect(recommended.map(\.brick.id) == recommended.sorted { $0.hours > $1.hours }.map(\.brick.id))
        #expect(Set(recommended.map(\.brick.id)) == ["docker", "ci-a", "license", "deps-b"])
        let docker = try #require(recommended.first { $0.brick.id == "docker" })
        #expect(docker.hours == (failing["delivery.dockerfile"] ?? 0) + (failing["delivery.dockerignore"] ?? 0))
        #expect(docker.fixes.map(\.id) == ["delivery.dockerfile"], "only failing checks count (.dockerignore is not asked for without a Dockerfile)")
        #expect(Set(alternatives.map(\.brick.id)) == ["ci-b", "deps-a"])
        #expect(alternatives.first { $0.brick.id == "ci-b" }?.alternativeTo == ["ci-a"])

        // Once applied at this version, a brick is not recommended again.
        let lock = LockFile(bricks: [LockedBrick(id: "docker", version: SemanticVersion(1, 0, 0), source: .builtin, parameters: [:], files: [])])
        let afterApply = BrickRecommender.recommend(report: workspace.report, facts: workspace.facts, library: library, lock: lock)
        #expect(!afterApply.recommended.contains { $0.brick.id == "docker" })
    }
}
