import Foundation
import GroundworkGit
import GroundworkTestSupport
import Testing

@testable import GroundworkBricks

/// A committed `.groundwork/lock.yaml` is untrusted input: `update` removes the files it lists, so its
/// paths obey the same rules as a brick's destinations (issue 10, D1).
@Suite("a lock file never names a file outside the repository")
struct LockPathSafetyTests {
    @Test(arguments: ["../victim.txt", ".git/HEAD", "sub/link/x"])
    func updateWorktreeRefusesALockPathOutsideTheRepositoryAndDeletesNothing(_ path: String) throws {
        let outside = ScratchDirectory()
        try outside.write("x", "outside the repository\n")
        let repo = try BrickFixtures.nodeService(extraFiles: ["sub/link": .symlink(target: outside.path)])
        let victim = repo.path + "/../victim.txt"
        try Data("someone else's file\n".utf8).write(to: URL(fileURLWithPath: victim))
        let target =
            switch path {
            case "../victim.txt": victim
            case ".git/HEAD": repo.path + "/.git/HEAD"
            default: outside.appending("x")
            }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: target))
        try repo.writeWorkTreeFile(LockFile.path, HostileLockFile.text(path: path, sha256: Digest.sha256(bytes)))
        try BrickFixtures.git(["add", "-A"], in: repo.path)
        try BrickFixtures.git(["commit", "-qm", "a hostile lock"], in: repo.path)
        let folder = BrickFolder()
        try BrickFixtures.dockerBricks(in: folder, version: "1.1.0")

        for workTree in [true, false] {
            #expect {
                let workspace = try BrickFixtures.workspace(repo, workTree: workTree)
                let plan = try UpdatePlanner.plan([], library: try folder.library(), workspace: workspace)
                _ = try BrickApplier.update(plan, workspace: workspace)
            } throws: { error in
                guard let error = error as? BrickError, error.exitStatus == .usage else { return false }
                return error.description.contains(path) && error.description.contains(LockFile.path)
            }
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: target)) == bytes, "\(target) is untouched")
        #expect(try BrickFixtures.git(["status", "--porcelain"], in: repo.path).isEmpty)
        #expect(try BrickFixtures.git(["rev-parse", "HEAD"], in: repo.path).count == 41, "the repository still works")
    }

    @Test func aLockThatNamesItselfIsRefused() throws {
        #expect(throws: BrickError.self) { try LockFile.parse(HostileLockFile.text(path: "./.groundwork//lock.yaml", sha256: "00")) }
    }

    @Test func workTreeReadsNeverFollowASymlinkedFolder() throws {
        let outside = ScratchDirectory()
        try outside.write("x", "outside\n")
        let root = ScratchDirectory()
        try root.write("real/x", "inside\n")
        #expect(symlink(outside.path, root.appending("link")) == 0)
        #expect(symlink(root.appending("real/x"), root.appending("alias")) == 0)
        #expect(try TargetState.regularFileContent("link/x", root: root.path + "/") == nil)
        #expect(try TargetState.regularFileContent("alias", root: root.path + "/") == nil)
        #expect(try TargetState.regularFileContent("real/x", root: root.path + "/") == Data("inside\n".utf8))
        #expect(mkfifo(root.appending("fifo"), 0o644) == 0)
        #expect(try TargetState.regularFileContent("fifo", root: root.path + "/") == nil, "a FIFO is not read, and opening it does not block")
    }
}
