import Foundation
import GroundworkAudit
import GroundworkAuditModel
import GroundworkBasics
import GroundworkGit
import GroundworkTestSupport
import Testing

@Suite("Auditor: sources, bad input, options")
struct AuditorTests {
    static let now = Date(timeIntervalSince1970: 1_767_225_600)

    func options(cache: ScratchDirectory) -> AuditOptions {
        var options = AuditOptions()
        options.now = Self.now
        options.directories = Directories(cache: cache.path, config: cache.appending("config"))
        return options
    }

    @Test func notARepositoryIsAUsageError() throws {
        let scratch = ScratchDirectory()
        try scratch.write("plain/readme.txt", "hi")
        let error = #expect(throws: AuditError.self) { try Auditor.audit(scratch.appending("plain"), options: options(cache: scratch)) }
        #expect(error?.exitStatus == .usage)
        #expect(error?.description.contains("plain") == true)
    }

    @Test func emptyRepositoryIsReportedNotFatal() throws {
        let repo = try RepoBuilder()
        let cache = ScratchDirectory()
        let report = try Auditor.audit(repo.path, options: options(cache: cache))
        #expect(report.repository.commit == nil)
        #expect(report.problems.contains { $0.kind == .noCommits && $0.message.contains("no commits") })
        #expect(report.results.allSatisfy { $0.status == .notApplicable })
        #expect(report.scores.overall == nil)
    }

    @Test func auditsABareRepositoryAndARevision() throws {
        let repo = try RepoBuilder(bare: true)
        let first = try repo.commit("first", files: ["README.md": "# one\n"])
        try repo.commit("second", files: [".env": "DB_PASSWORD=hunter22\n"])
        let cache = ScratchDirectory()
        var options = options(cache: cache)
        let head = try Auditor.audit(repo.path, options: options)
        #expect(head.repository.isBare)
        #expect(head.results.first { $0.id == "security.env-file" }?.status == .fail)
        options.revision = first.hex
        let old = try Auditor.audit(repo.path, options: options)
        #expect(old.repository.commit == first.hex)
        #expect(old.results.first { $0.id == "security.env-file" }?.status == .pass)
        options.revision = "nope"
        let error = #expect(throws: AuditError.self) { try Auditor.audit(repo.path, options: options) }
        #expect(error?.exitStatus == .usage)
    }

    @Test func auditsAURLThroughABareMirrorInTheCache() throws {
        let origin = try RepoBuilder()
        try origin.commit("first", files: ["README.md": "# remote\n"])
        let cache = ScratchDirectory()
        let report = try Auditor.audit("file://" + origin.path, options: options(cache: cache))
        #expect(report.repository.commit == origin.head?.hex)
        #expect(report.repository.isBare)
        #expect(FileManager.default.fileExists(atPath: cache.appending("repositories")))
    }

    @Test func corruptedObjectIsReportedAndTheRestIsAudited() throws {
        let repo = try RepoBuilder()
        try repo.commit("first", files: ["a.txt": "alpha\n", "config.js": "x\n"])
        let tree = try repo.repository.commit(repo.head!).tree
        try repo.corrupt(try #require(try repo.repository.entry(at: "a.txt", inTree: tree)).id)
        let cache = ScratchDirectory()
        let report = try Auditor.audit(repo.path, options: options(cache: cache))
        #expect(!report.isComplete)
        #expect(report.problems.contains { $0.kind == .unreadableFile && $0.message.contains("a.txt") })
        #expect(!report.results.isEmpty)
    }

    @Test func badConfigurationNamesFileAndLine() throws {
        let repo = try RepoBuilder()
        try repo.commit("first", files: [".groundwork.yaml": "version: 1\nexclude:\n  - fixtures/**\nskip: true\n"])
        let cache = ScratchDirectory()
        let error = #expect(throws: AuditError.self) { try Auditor.audit(repo.path, options: options(cache: cache)) }
        #expect(error?.description.contains(".groundwork.yaml:4") == true)
        #expect(error?.exitStatus == .usage)
    }

    @Test func configurationExcludesAndDisables() throws {
        let repo = try RepoBuilder()
        let token = "ghp_" + "R8xKq2Lm5Np7Wz3Yt6Vb9Cd1Fg4Hj00XG6G8"
        try repo.commit(
            "first",
            files: [
                ".groundwork.yaml": "version: 1\nexclude: [\"fixtures/**\"]\nchecks:\n  disable: [git.activity]\n",
                "fixtures/sample.js": "const t = '\(token)'\n",
            ])
        let cache = ScratchDirectory()
        let report = try Auditor.audit(repo.path, options: options(cache: cache))
        #expect(report.results.first { $0.id == "security.secrets-in-tree" }?.status == .pass)
        #expect(report.results.first { $0.id == "git.activity" }?.reason == "disabled in .groundwork.yaml")
    }

    @Test func onlyAndNoHistory() throws {
        let repo = try RepoBuilder()
        try repo.commit("first", files: ["a.txt": "a\n"])
        let cache = ScratchDirectory()
        var options = options(cache: cache)
        options.areas = [.git]
        options.includeHistory = false
        let report = try Auditor.audit(repo.path, options: options)
        #expect(report.results.allSatisfy { $0.area == .git })
        #expect(report.results.first { $0.id == "git.bus-factor" }?.status == .notApplicable)
        #expect(report.history == nil)
    }

    @Test func submodulesAreListedAndLargeFilesSkipped() throws {
        let repo = try RepoBuilder()
        let other = try RepoBuilder()
        let pinned = try other.commit("lib", files: ["lib.c": "int x;\n"])
        try repo.commit(
            "first",
            files: [
                "big.bin": .binary(count: RepoSnapshot.maxContentBytes + 1),
                "a.txt": "a\n",
                "vendor/lib": .submodule(commit: pinned),
            ])
        let cache = ScratchDirectory()
        let report = try Auditor.audit(repo.path, options: options(cache: cache))
        #expect(report.repository.skippedLargeFiles == 1)
        #expect(report.repository.submodules == ["vendor/lib"])
        #expect(report.problems.contains { $0.kind == .oversizedFiles && $0.message.contains("were not read") })
        #expect(report.results.first { $0.id == "git.large-blobs" }?.status == .fail)
    }
}
