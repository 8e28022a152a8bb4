import Foundation
import GroundworkGit
import GroundworkTestSupport
import Testing

@testable import GroundworkBricks

@Suite("update and drift")
struct UpdateTests {
    /// A repository with docker 1.0.0 applied and merged into main, checked out.
    static func appliedRepository(folder: BrickFolder) throws -> RepoBuilder {
        let repo = try BrickFixtures.nodeService()
        try BrickFixtures.dockerBricks(in: folder)
        let workspace = try BrickFixtures.workspace(repo)
        _ = try BrickApplier.apply(try ApplyPlanner.plan(["docker"], library: try folder.library(), workspace: workspace), requested: ["docker"], workspace: workspace)
        try BrickFixtures.git(["merge", "-q", "--ff-only", "groundwork/docker"], in: repo.path)
        return repo
    }

    static func commitEdit(_ repo: RepoBuilder, _ path: String, _ text: String?) throws {
        if let text { try repo.writeWorkTreeFile(path, text) } else { try FileManager.default.removeItem(atPath: repo.path + "/" + path) }
        try BrickFixtures.git(["add", "-A"], in: repo.path)
        try BrickFixtures.git(["commit", "-qm", "edit \(path)"], in: repo.path)
    }

    static let version2Dockerfile = BrickFixtures.defaultDockerfile.replacingOccurrences(of: "WORKDIR /app\n", with: "WORKDIR /app\nENV NODE_ENV=production\n")

    @Test func aUserEditAndANewVersionMergeCleanly() throws {
        let folder = BrickFolder()
        let repo = try Self.appliedRepository(folder: folder)
        let edited = try String(contentsOfFile: repo.path + "/Dockerfile", encoding: .utf8).replacingOccurrences(
            of: "USER node\n", with: "USER node\nHEALTHCHECK CMD curl -f http://localhost:3000/health\n")
        try Self.commitEdit(repo, "Dockerfile", edited)
        try BrickFixtures.dockerBricks(in: folder, version: "1.1.0", dockerfile: Self.version2Dockerfile)

        let workspace = try BrickFixtures.workspace(repo)
        let plan = try UpdatePlanner.plan([], library: try folder.library(), workspace: workspace)
        #expect(plan.bricks.map(\.id) == ["docker"], "gitignore has no newer version")
        let dockerfile = try #require(plan.files.first { $0.path == "Dockerfile" })
        #expect(dockerfile.operation == .merged)
        let merged = String(decoding: dockerfile.after ?? Data(), as: UTF8.self)
        #expect(merged.contains("ENV NODE_ENV=production"), "the brick's change came in")
        #expect(merged.contains("HEALTHCHECK CMD curl"), "the user's edit survived")
        #expect(plan.conflictCount == 0)

        guard case .branch(let name, let commit, _) = try BrickApplier.update(plan, workspace: workspace) else { Issue.record("no branch"); return }
        #expect(name == "groundwork/update-docker")
        #expect(try BrickFixtures.text(repo.repository, "Dockerfile", at: commit) == merged)
        let lock = try LockFile.parse(try #require(try BrickFixtures.text(repo.repository, ".groundwork/lock.yaml", at: commit)))
        #expect(lock.brick("docker")?.version == SemanticVersion(1, 1, 0))
        #expect(lock.brick("gitignore")?.version == SemanticVersion(1, 0, 0))
        let pristine = try #require(try repo.repository.referenceTarget(PristineStore.reference))
        #expect(try repo.repository.commit(pristine).parents.count == 1, "the pristine chain grows")
        #expect(try BrickFixtures.text(repo.repository, "docker/Dockerfile", at: pristine)?.contains("ENV NODE_ENV=production") == true)
        #expect(try BrickFixtures.git(["status", "--porcelain"], in: repo.path).isEmpty, "the work tree is untouched")
    }

    @Test func overlappingEditsConflictWithMarkers() throws {
        let folder = BrickFolder()
        let repo = try Self.appliedRepository(folder: folder)
        let edited = try String(contentsOfFile: repo.path + "/Dockerfile", encoding: .utf8).replacingOccurrences(of: "WORKDIR /app\n", with: "WORKDIR /srv\n")
        try Self.commitEdit(repo, "Dockerfile", edited)
        try BrickFixtures.dockerBricks(in: folder, version: "2.0.0", dockerfile: BrickFixtures.defaultDockerfile.replacingOccurrences(of: "WORKDIR /app\n", with: "WORKDIR /opt/app\n"))
        let workspace = try BrickFixtures.workspace(repo)
        let plan = try UpdatePlanner.plan(["docker"], library: try folder.library(), workspace: workspace)
        let dockerfile = try #require(plan.files.first { $0.path == "Dockerfile" })
        #expect(dockerfile.operation == .conflict)
        #expect(plan.conflictCount == 1)
        let text = String(decoding: dockerfile.after ?? Data(), as: UTF8.self)
        #expect(text.contains("<<<<<<< yours"))
        #expect(text.contains("WORKDIR /srv"))
        #expect(text.contains("WORKDIR /opt/app"))
        #expect(text.contains(">>>>>>> docker 2.0.0"))
        #expect(PlanText.render(plan, diffs: false).contains("conflict"))
    }

    @Test func aDeletedFileStaysDeletedUnlessRestored() throws {
        let folder = BrickFolder()
        let repo = try Self.appliedRepository(folder: folder)
        try Self.commitEdit(repo, "Dockerfile", nil)
        try BrickFixtures.dockerBricks(in: folder, version: "1.1.0", dockerfile: Self.version2Dockerfile)
        let library = try folder.library()

        let plan = try UpdatePlanner.plan([], library: library, workspace: try BrickFixtures.workspace(repo))
        #expect(plan.files.first { $0.path == "Dockerfile" }?.operation == .deleted)
        #expect(plan.notes.contains { $0.contains("Dockerfile was deleted: it stays deleted") })
        let workspace = try BrickFixtures.workspace(repo)
        guard case .branch(_, let commit, _) = try BrickApplier.update(try UpdatePlanner.plan([], library: library, workspace: workspace), workspace: workspace) else {
            Issue.record("no branch"); return
        }
        #expect(try BrickFixtures.text(repo.repository, "Dockerfile", at: commit) == nil)

        let restored = try UpdatePlanner.plan([], restore: true, library: library, workspace: try BrickFixtures.workspace(repo))
        let dockerfile = try #require(restored.files.first { $0.path == "Dockerfile" })
        #expect(dockerfile.operation == .restore)
        #expect(String(decoding: dockerfile.after ?? Data(), as: UTF8.self).contains("ENV NODE_ENV=production"))
    }

    @Test func updateInTheWorkTree() throws {
        let folder = BrickFolder()
        let repo = try Self.appliedRepository(folder: folder)
        try BrickFixtures.dockerBricks(in: folder, version: "1.1.0", dockerfile: Self.version2Dockerfile)
        let workspace = try BrickFixtures.workspace(repo, workTree: true)
        let plan = try UpdatePlanner.plan([], library: try folder.library(), workspace: workspace)
        #expect(plan.files.first { $0.path == "Dockerfile" }?.operation == .update, "an unedited file simply follows the brick")
        guard case .workTree = try BrickApplier.update(plan, workspace: workspace) else { Issue.record("expected work tree writes"); return }
        #expect(try String(contentsOfFile: repo.path + "/Dockerfile", encoding: .utf8).contains("ENV NODE_ENV=production"))
        #expect(try String(contentsOfFile: repo.path + "/.groundwork/lock.yaml", encoding: .utf8).contains("version: 1.1.0"))
    }

    @Test func checkReportsDriftAndOutdatedBricks() throws {
        let folder = BrickFolder()
        let repo = try Self.appliedRepository(folder: folder)
        let clean = try DriftReport.check(try BrickFixtures.workspace(repo), library: try folder.library())
        #expect(clean.isClean)
        #expect(PlanText.render(clean).contains("2 bricks up to date"))

        try Self.commitEdit(repo, "Dockerfile", "FROM scratch\n")
        try BrickFixtures.dockerBricks(in: folder, version: "1.1.0", dockerfile: Self.version2Dockerfile)
        let report = try DriftReport.check(try BrickFixtures.workspace(repo), library: try folder.library())
        #expect(!report.isClean)
        #expect(report.outdated == [DriftReport.Outdated(id: "docker", locked: SemanticVersion(1, 0, 0), available: SemanticVersion(1, 1, 0))])
        #expect(report.drifted == [DriftReport.Drift(path: "Dockerfile", brick: "docker", deleted: false)])
        let text = PlanText.render(report)
        #expect(text.contains("outdated  docker 1.0.0 → 1.1.0"))
        #expect(text.contains("drifted   Dockerfile (docker)"))
    }

    @Test func updateWithoutALockIsAClearError() throws {
        let repo = try BrickFixtures.nodeService()
        #expect(throws: BrickError.self) { try UpdatePlanner.plan([], library: BrickLibrary(), workspace: try BrickFixtures.workspace(repo)) }
    }
}
