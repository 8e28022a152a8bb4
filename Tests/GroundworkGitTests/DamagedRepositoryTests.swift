import Foundation
import GroundworkBasics
import GroundworkGit
import GroundworkTestSupport
import Testing

/// Issue 10, D13: a damaged repository is an incomplete run (exit 2), not a usage error (64).
@Suite("damaged repositories are incomplete runs")
struct DamagedRepositoryTests {
    static func git(_ arguments: [String], in directory: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
        process.arguments = ["-C", directory] + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
    }

    @Test func headAtAnUnknownIDIsDamage() throws {
        let repo = try RepoBuilder()
        try repo.commit("first", files: ["a.txt": "a\n"])
        try Data("0123456789abcdef0123456789abcdef01234567\n".utf8).write(to: URL(fileURLWithPath: repo.path + "/.git/HEAD"))
        let reopened = try Repository.open(at: repo.path)
        let error = #expect(throws: GitError.self) { try reopened.headCommitID() }
        #expect(error?.code == .corrupted)
        #expect(error?.exitStatus == .incomplete)
    }

    @Test func aPackWithoutItsIndexIsDamage() throws {
        let repo = try RepoBuilder()
        try repo.commit("first", files: ["a.txt": "a\n"])
        try Self.git(["gc", "-q", "--prune=now"], in: repo.path)
        let pack = repo.path + "/.git/objects/pack"
        for file in try FileManager.default.contentsOfDirectory(atPath: pack) where file.hasSuffix(".idx") {
            try FileManager.default.removeItem(atPath: pack + "/" + file)
        }
        let reopened = try Repository.open(at: repo.path)
        let error = #expect(throws: GitError.self) { try reopened.headCommitID() }
        #expect(error?.exitStatus == .incomplete, "\(String(describing: error))")
    }
}
