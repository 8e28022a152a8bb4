import Foundation
import GroundworkTestSupport
import Testing

/// Issue 10, D1, through the built binary: a committed lock file listing paths outside the repository
/// makes `update --worktree` exit 64 naming the path, and removes nothing.
@Suite("a hostile lock file through the binary")
struct LockSafetyEndToEndTests {
    @Test(arguments: ["../victim.txt", ".git/HEAD", "sub/link/x"])
    func updateWorktreeDeletesNothingOutsideTheRepository(_ path: String) throws {
        let world = try BricksEndToEndTests.World()
        let repo = world.repo.path
        let outside = ScratchDirectory()
        try outside.write("x", "outside the repository\n")
        try FileManager.default.createDirectory(atPath: repo + "/sub", withIntermediateDirectories: true)
        #expect(symlink(outside.path, repo + "/sub/link") == 0)
        let victim = repo + "/../victim.txt"
        try Data("someone else's file\n".utf8).write(to: URL(fileURLWithPath: victim))
        let target =
            switch path {
            case "../victim.txt": victim
            case ".git/HEAD": repo + "/.git/HEAD"
            default: outside.appending("x")
            }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: target))
        let digest = try Self.sha256(target)
        try FileManager.default.createDirectory(atPath: repo + "/.groundwork", withIntermediateDirectories: true)
        try Data(HostileLockFile.text(path: path, sha256: digest).utf8).write(to: URL(fileURLWithPath: repo + "/.groundwork/lock.yaml"))
        try world.commitAll("a hostile lock")
        try world.writeDockerBrick(version: "1.1.0", workdir: "/app")

        let update = try world.run(["update", "--worktree", "-C", repo, "--bricks", world.bricks])
        #expect(update.status == 64, "\(update.standardOutput)\(update.standardError)")
        #expect(update.standardError.contains(path))
        #expect(!update.standardOutput.contains("remove"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: target)) == bytes, "\(target) is untouched")
        #expect(try BricksEndToEndTests.World.git(["status", "--porcelain"], in: repo).isEmpty)
    }

    /// The file's sha256 in hex, as the lock file records it (computed with sha256sum, independent of groundwork).
    static func sha256(_ path: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        process.arguments = [path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(String(decoding: data, as: UTF8.self).prefix(64))
    }
}
