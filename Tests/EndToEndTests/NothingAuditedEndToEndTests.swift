import Foundation
import GroundworkTestSupport
import Testing

/// Issue 10, D6, through the binary: an unborn HEAD is an incomplete audit, and nothing audited
/// never passes a gate.
@Suite("nothing audited through the binary")
struct NothingAuditedEndToEndTests {
    @Test func anUnbornHEADBesideABranchWithCommitsExitsTwoNamingTheBranch() throws {
        let scratch = ScratchDirectory()
        let repo = try RepoBuilder()
        try repo.commit("first", files: ["README.md": "# r\n"])
        try repo.repository.setHead(branch: "missing")
        let audit = try BinaryRunner.run(["audit", repo.path, "--no-history"], environment: BinaryRunner.environment(cache: scratch.path))
        #expect(audit.status == 2, "\(audit.standardError)")
        #expect(audit.standardError.contains("HEAD is unborn"))
        #expect(audit.standardError.contains("main"))
    }

    @Test func anEmptyRepositoryNeverPassesAGate() throws {
        let scratch = ScratchDirectory()
        let repo = try RepoBuilder()
        let environment = BinaryRunner.environment(cache: scratch.path)
        #expect(try BinaryRunner.run(["audit", repo.path], environment: environment).status == 0, "no gate asked: an empty repository is reported, not failed")
        let gated = try BinaryRunner.run(["audit", repo.path, "--min-score", "10"], environment: environment)
        #expect(gated.status == 1, "\(gated.standardError)")
        #expect(gated.standardError.contains("nothing was audited"))
    }
}
