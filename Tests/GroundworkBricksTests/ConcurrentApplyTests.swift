import Foundation
import GroundworkGit
import GroundworkTestSupport
import Testing

@testable import GroundworkBricks

/// Issue 10, D8 and D12: concurrent applies keep every render, and a killed apply leaves nothing in the work tree.
@Suite("concurrent and interrupted applies")
struct ConcurrentApplyTests {
    static func folderOfFourBricks() throws -> BrickFolder {
        let folder = BrickFolder()
        for index in 0..<4 {
            try folder.brick(
                "b\(index)",
                """
                id: b\(index)
                version: 1.0.0
                summary: Writes file \(index)
                files:
                  - template: file.mustache
                    path: notes/file\(index).txt
                """, templates: ["file.mustache": "file \(index)\n"])
        }
        return folder
    }

    @Test func fourConcurrentAppliesKeepEveryRenderOnThePristineReference() async throws {
        let repo = try BrickFixtures.nodeService()
        let folder = try Self.folderOfFourBricks()
        let library = try folder.library()
        // Every workspace is opened (and its plan made) before any writes, so all four start from the same reference.
        let workspaces = try (0..<4).map { _ in try BrickFixtures.workspace(repo) }
        let plans = try (0..<4).map { try ApplyPlanner.plan(["b\($0)"], library: library, workspace: workspaces[$0]) }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<4 {
                let workspace = workspaces[index], plan = plans[index]
                nonisolated(unsafe) let unsafeWorkspace = workspace
                group.addTask { _ = try BrickApplier.apply(plan, requested: ["b\(index)"], workspace: unsafeWorkspace) }
            }
            try await group.waitForAll()
        }
        let pristine = try #require(try repo.repository.referenceTarget(PristineStore.reference))
        let paths = try repo.repository.treeEntries(try repo.repository.commit(pristine).tree).map(\.path).sorted()
        #expect(paths == (0..<4).map { "b\($0)/notes/file\($0).txt" })
    }

    @Test func temporariesGoUnderGitAndThoseOfAKilledRunAreCleaned() throws {
        let repo = try BrickFixtures.nodeService()
        // A process that has exited: its pid names a folder of leftovers, as SIGKILL would leave them.
        let gone = Process()
        gone.executableURL = URL(fileURLWithPath: "/bin/true")
        try gone.run()
        gone.waitUntilExit()
        let stale = repo.path + "/.git/groundwork-tmp/\(gone.processIdentifier)"
        try FileManager.default.createDirectory(atPath: stale, withIntermediateDirectories: true)
        try Data("half written".utf8).write(to: URL(fileURLWithPath: stale + "/.groundwork-deadbeef.tmp"))

        let folder = try Self.folderOfFourBricks()
        let workspace = try BrickFixtures.workspace(repo, workTree: true)
        _ = try BrickApplier.apply(try ApplyPlanner.plan(["b0"], library: try folder.library(), workspace: workspace), requested: ["b0"], workspace: workspace)
        #expect(FileManager.default.fileExists(atPath: repo.path + "/notes/file0.txt"))
        #expect(!FileManager.default.fileExists(atPath: stale), "the dead run's temporaries are gone")
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: repo.path + "/.git/groundwork-tmp")) ?? []).isEmpty)
        let leftovers = try BrickFixtures.git(["status", "--porcelain", "--ignored", "--untracked-files=all"], in: repo.path)
        #expect(!leftovers.contains(".tmp"), "\(leftovers)")
        let scratch = try #require(ChangeWriter.temporaryFolder(gitDirectory: repo.repository.gitDirectory, workTree: repo.path + "/"))
        #expect(scratch.hasPrefix(repo.repository.gitDirectory))
    }
}
