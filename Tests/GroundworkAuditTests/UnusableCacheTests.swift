import Foundation
import GroundworkAudit
import GroundworkAuditModel
import GroundworkBasics
import GroundworkGit
import GroundworkTestSupport
import Testing

/// Issue 10, D9: an unusable cache is a warning and an uncached run, never "internal error" (exit 70).
@Suite("an unusable result cache")
struct UnusableCacheTests {
    enum Breakage: String, CaseIterable {
        case cacheFolderIsAFile, databaseIsAFolder, cacheIsDevNull
    }

    @Test(arguments: Breakage.allCases)
    func theAuditWarnsAndRunsUncached(_ breakage: Breakage) throws {
        let repo = try RepoBuilder()
        try repo.commit("first", files: ["README.md": "# r\n", "config.js": .text("const token = 'ghp_" + String(repeating: "a1B2", count: 9) + "'\n")])
        let scratch = ScratchDirectory()
        var cache = scratch.appending("cache")
        switch breakage {
        case .cacheFolderIsAFile:
            try scratch.write("cache", "not a folder\n")
        case .databaseIsAFolder:
            let database = cache + "/audit/" + RemoteMirror.directoryName(for: repo.repository.gitDirectory) + ".sqlite"
            try FileManager.default.createDirectory(atPath: database, withIntermediateDirectories: true)
        case .cacheIsDevNull:
            cache = "/dev/null"
        }
        var options = AuditOptions()
        options.directories = Directories(cache: cache, config: scratch.appending("config"))
        let report = try Auditor.audit(repo.path, options: options)
        #expect(report.problems.contains { $0.kind == .cacheUnavailable && $0.message.contains("without it") }, "\(report.problems)")
        #expect(report.isComplete)
        #expect(report.history?.commitCount == 1, "the history was still walked")
    }
}
