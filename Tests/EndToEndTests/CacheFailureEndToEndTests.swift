import Foundation
import GroundworkTestSupport
import Testing

/// Issue 10 §3: a cache that cannot be used (here a file where the cache folder should be, which stops root
/// too) is named in a clear message; never "internal error" (exit 70).
@Suite("caches that cannot be used")
struct CacheFailureEndToEndTests {
    @Test func aBrickPackWhoseCacheIsAFileIsABrickErrorNamingTheCache() throws {
        let scratch = ScratchDirectory()
        let pack = scratch.appending("bricks.tar")
        try Data("not extracted: the cache is checked first".utf8).write(to: URL(fileURLWithPath: pack))
        let cacheFile = scratch.appending("cache-is-a-file")
        try Data().write(to: URL(fileURLWithPath: cacheFile))
        let source = "file://\(pack)#sha256=\(try LockSafetyEndToEndTests.sha256(pack))"
        let environment = BinaryRunner.environment(cache: scratch.path, extra: ["GROUNDWORK_CACHE_DIR": cacheFile])
        let result = try BinaryRunner.run(["bricks", "list", "--bricks", source], environment: environment)
        #expect(result.status == 64, "\(result.standardError)")
        #expect(result.standardError.contains("cannot use the brick cache in \(cacheFile)"), "\(result.standardError)")
        #expect(result.standardError.contains("Not a directory"), "\(result.standardError)")
        #expect(!result.standardError.contains("internal error"))
    }

    @Test func aTreeCacheThatIsAFolderIsOneProblemAndTheAuditRunsUncached() throws {
        let repo = try RepoBuilder()
        try repo.commit("first", files: ["README.md": "# r\n", "app.py": "print('hi')\n"])
        let scratch = ScratchDirectory()
        let environment = BinaryRunner.environment(cache: scratch.path)
        let first = try BinaryRunner.run(["audit", repo.path, "--no-history", "--format", "json"], environment: environment)
        #expect(first.status == 0, "\(first.standardError)")
        let audit = scratch.appending("cache/audit")
        let tree = try #require(try FileManager.default.contentsOfDirectory(atPath: audit).first { $0.hasSuffix(".tree.sqlite") })
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: audit + "/" + tree + suffix) }
        try FileManager.default.createDirectory(atPath: audit + "/" + tree, withIntermediateDirectories: true)
        let result = try BinaryRunner.run(["audit", repo.path, "--no-history", "--format", "json"], environment: environment)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.components(separatedBy: "cannot be used").count == 2, "\(result.standardOutput)")
        #expect(result.standardOutput.contains("\"Python\""), "\(result.standardOutput)")
    }
}
