import Foundation
import GRDB
import GroundworkAudit
import GroundworkAuditModel
import GroundworkBasics
import GroundworkGit
import GroundworkTestSupport
import Testing

/// Issue 10 §6: the tree's secret scans are cached by blob id, so a re-audit of the same commit reads
/// no file it scanned before; `--only` skips the scan when the secret check is not asked for.
@Suite("the tree secret cache")
struct TreeSecretCacheTests {
    // Built by concatenation so this source file itself holds no token.
    static let token = "ghp_" + "R8xKq2Lm5Np7Wz3Yt6Vb9Cd1Fg4Hj00XG6G8"

    /// Counts the blobs snapshots read: the injectable counter the cache is judged by.
    final class ReadCounter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        func add() { lock.withLock { count += 1 } }
        var value: Int { lock.withLock { count } }
    }

    /// A snapshot whose loader counts the blobs it reads.
    static func countingSnapshot(_ texts: [String: String], reads: ReadCounter) -> RepoSnapshot {
        let memory = RepoSnapshot(texts: texts)
        return RepoSnapshot(commit: nil, files: memory.files) { id in
            reads.add()
            guard let file = memory.files.first(where: { $0.id == id }), let data = memory.data(file) else { throw CocoaError(.fileNoSuchFile) }
            return data
        }
    }

    @Test func aSecondScanOfTheSameBlobsReadsNothing() throws {
        let scratch = ScratchDirectory()
        let cachePath = scratch.appending("cache/audit/repo.tree.sqlite")
        let texts = [
            "config.js": "module.exports = { token: '\(Self.token)' }\n",
            "session.js": "const session = req.session\nconst token = session.token\n",
            "README.md": "# r\n",
        ]
        let reads = ReadCounter()
        let first = Self.countingSnapshot(texts, reads: reads)
        let cold = TreeSecretScans.resolve(first.files, in: first, cachePath: cachePath, rulesVersion: "test/1")
        #expect(cold.scanned == 3)
        #expect(cold.cacheHits == 0)
        #expect(reads.value == 3)
        #expect(cold.cacheProblem == nil)

        let second = Self.countingSnapshot(texts, reads: reads)
        let warm = TreeSecretScans.resolve(second.files, in: second, cachePath: cachePath, rulesVersion: "test/1")
        #expect(warm.scanned == 0)
        #expect(warm.cacheHits == 3)
        #expect(reads.value == 3, "the warm scan read no blob")
        #expect(warm.scans == cold.scans)
        let config = try #require(second.file(at: "config.js"))
        let hits = try #require(warm.scans[config.id]).hits
        #expect(hits.map { $0.ruleID } == ["github-token"])

        // The cache keeps the redacted form only.
        let stored =
            try Data(contentsOf: URL(fileURLWithPath: cachePath))
            + ((try? Data(contentsOf: URL(fileURLWithPath: cachePath + "-wal"))) ?? Data())
        #expect(stored.range(of: Data(Self.token.utf8)) == nil)
        #expect(stored.range(of: Data(String(Self.token.prefix(4)).utf8)) != nil)

        // Other rules: nothing cached is reused.
        let third = Self.countingSnapshot(texts, reads: reads)
        let otherRules = TreeSecretScans.resolve(third.files, in: third, cachePath: cachePath, rulesVersion: "test/2")
        #expect(otherRules.scanned == 3)
    }

    func options(_ scratch: ScratchDirectory) -> AuditOptions {
        var options = AuditOptions()
        options.now = Date(timeIntervalSince1970: 1_767_225_600)
        options.directories = Directories(cache: scratch.appending("cache"), config: scratch.appending("config"))
        return options
    }

    func treeCachePath(_ scratch: ScratchDirectory, _ repo: RepoBuilder) -> String {
        scratch.appending("cache") + "/audit/" + RemoteMirror.directoryName(for: repo.repository.gitDirectory) + ".tree.sqlite"
    }

    @Test func aWarmAuditReportsTheSameFindings() throws {
        let repo = try RepoBuilder()
        try repo.commit("first", files: ["config.js": .text("const token = '\(Self.token)'\n"), "README.md": "# r\n"])
        let scratch = ScratchDirectory()
        let cold = try Auditor.audit(repo.path, options: options(scratch))
        #expect(FileManager.default.fileExists(atPath: treeCachePath(scratch, repo)))
        let warm = try Auditor.audit(repo.path, options: options(scratch))
        let coldResult = try #require(cold.results.first { $0.id == "security.secrets-in-tree" })
        let warmResult = try #require(warm.results.first { $0.id == "security.secrets-in-tree" })
        #expect(coldResult.status == .fail)
        #expect(warmResult.evidence == coldResult.evidence)
        #expect(warm.problems == cold.problems)
    }

    @Test func anUnusableTreeCacheWarnsAndScansAnyway() throws {
        let repo = try RepoBuilder()
        try repo.commit("first", files: ["config.js": .text("const token = '\(Self.token)'\n")])
        let scratch = ScratchDirectory()
        try FileManager.default.createDirectory(atPath: treeCachePath(scratch, repo), withIntermediateDirectories: true)
        let report = try Auditor.audit(repo.path, options: options(scratch))
        #expect(report.problems.contains { $0.kind == .cacheUnavailable && $0.message.contains("scanned the tree without it") }, "\(report.problems)")
        #expect(report.results.first(where: { $0.id == "security.secrets-in-tree" })?.status == .fail)
        #expect(report.isComplete)
    }

    @Test func onlyAnotherAreaSkipsTheSecretScan() throws {
        let repo = try RepoBuilder()
        try repo.commit("first", files: ["config.js": .text("const token = '\(Self.token)'\n")])
        let scratch = ScratchDirectory()
        var options = options(scratch)
        options.areas = [.docs]
        options.includeHistory = false
        let report = try Auditor.audit(repo.path, options: options)
        #expect(report.results.allSatisfy { $0.area == .docs })
        // The file may hold the stack detection's facts; it holds no secret scan.
        let path = treeCachePath(scratch, repo)
        if FileManager.default.fileExists(atPath: path) {
            let scans = try DatabaseQueue(path: path).read { db in
                try db.tableExists("scans") ? try Int.fetchOne(db, sql: "SELECT count(*) FROM scans") ?? 0 : 0
            }
            #expect(scans == 0, "the tree was not scanned for secrets")
        }
    }

    /// Parallel audits sharing one cache folder open a new cache file together: SQLite answers some of
    /// them "database is locked" without waiting (deadlock avoidance), and each must still get the cache.
    @Test func openersOfOneNewCacheAtOnceAllGetIt() throws {
        let scratch = ScratchDirectory()
        for round in 1...5 {
            let path = scratch.appending("race-\(round)/repo.tree.sqlite")
            let start = DispatchSemaphore(value: 0)
            let done = DispatchGroup()
            let failures = LockedList<String>()
            for _ in 0..<8 {
                done.enter()
                Thread {
                    start.wait()
                    do { _ = try TreeSecretCache(path: path, rulesVersion: "1") } catch { failures.append("\(error)") }
                    done.leave()
                }.start()
            }
            for _ in 0..<8 { start.signal() }
            done.wait()
            #expect(failures.all.isEmpty, "round \(round): \(failures.all)")
        }
    }
}
