import Foundation
import GroundworkAudit
import GroundworkAuditModel
import GroundworkBasics
import GroundworkTestSupport
import Testing

/// Issue 10, D6: HEAD naming a missing branch while other branches hold commits is not an empty repository.
@Suite("an unborn HEAD beside branches with commits")
struct UnbornHeadTests {
    /// A repository whose `main` has a commit and whose HEAD names `refs/heads/missing`.
    static func repository() throws -> RepoBuilder {
        let repo = try RepoBuilder()
        try repo.commit("first", files: ["README.md": "# r\n"])
        // libgit2 lets HEAD name a branch that does not exist (unborn), as `git symbolic-ref` does.
        try repo.repository.setHead(branch: "missing")
        return repo
    }

    @Test func theAuditSaysHEADIsUnbornNamesTheBranchesAndIsIncomplete() throws {
        let repo = try Self.repository()
        let cache = ScratchDirectory()
        var options = AuditOptions()
        options.directories = Directories(cache: cache.path, config: cache.appending("config"))
        let report = try Auditor.audit(repo.path, options: options)
        #expect(report.repository.commit == nil)
        #expect(!report.isComplete, "an incomplete audit exits 2")
        let problem = try #require(report.problems.first)
        #expect(problem.kind == .unbornHead)
        #expect(problem.message.contains("HEAD is unborn"))
        #expect(problem.message.contains("missing"))
        #expect(problem.message.contains("main"))
    }

    @Test func aTrulyEmptyRepositoryIsStillComplete() throws {
        let repo = try RepoBuilder()
        let cache = ScratchDirectory()
        var options = AuditOptions()
        options.directories = Directories(cache: cache.path, config: cache.appending("config"))
        let report = try Auditor.audit(repo.path, options: options)
        #expect(report.isComplete)
        #expect(report.problems.map(\.kind) == [.noCommits])
        #expect(report.problems.map(\.message) == ["the repository has no commits yet: there is nothing to audit"])
    }
}
