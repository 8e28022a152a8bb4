import Foundation
import GroundworkTestSupport
import Testing

@testable import GroundworkBricks

/// Issue 10, D13 and D14: names that file systems resolve to `.git`, and branch names git refuses.
@Suite("destinations that are .git in disguise, and bad branch names")
struct DestinationAliasTests {
    @Test(arguments: [".git./hooks/post-checkout", "GIT~1/config", ".git /config", ".g\u{200C}it/config", "a/.GIT::$INDEX_ALLOCATION/x", ".Git. . /x"])
    func gitDirectoryAliasesAreRefusedBeforeAnyPlan(_ path: String) throws {
        #expect(DestinationPath.problem(path)?.contains(".git") == true)
        let repo = try BrickFixtures.nodeService()
        let folder = BrickFolder()
        try PathSafetyTests.escapingBrick(path: path, in: folder)
        let workspace = try BrickFixtures.workspace(repo)
        #expect { try ApplyPlanner.plan(["evil"], library: try folder.library(), workspace: workspace) } throws: { error in
            guard let error = error as? BrickError else { return false }
            return error.code == .unsafePath && error.exitStatus == .usage
        }
    }

    @Test(arguments: [".gitignore", ".github/workflows/ci.yml", "git~2/x", "docs/.gitkeep", "gitx"])
    func ordinaryNamesNearGitAreFine(_ path: String) {
        #expect(DestinationPath.problem(path) == nil)
    }

    @Test func branchNamesFollowCheckRefFormat() {
        for bad in ["HEAD", "@", ".hidden", "feature/.x", "a.lock/b", "a..b", "-x", "a b", "x/"] {
            #expect(BrickApplier.branchNameProblem(bad) != nil, "\(bad)")
        }
        for good in ["groundwork/docker", "feature/x-1", "v1.2", "HEADS"] {
            #expect(BrickApplier.branchNameProblem(good) == nil, "\(good)")
        }
    }
}
