import Foundation
import GroundworkGit
import GroundworkTestSupport
import Testing

@Suite("Pushes through libgit2, leased on what the pusher last saw")
struct RemotePushTests {
    @Test func aForcedPushIsRefusedWhenTheRemoteMovedSinceItWasSeen() throws {
        let remote = try RepoBuilder(bare: true)
        let seen = try remote.commit("first", files: ["a.txt": "a\n"])
        let url = "file://" + remote.path
        // Someone pushes after this pusher looked at the remote.
        let theirs = try remote.commit("second", files: ["b.txt": "b\n"])
        let local = try RepoBuilder()
        let mine = try local.commit("mine", files: ["c.txt": "c\n"])

        let error = #expect(throws: GitError.self) {
            try RemotePush.push(local.repository, url: url, refspecs: ["+refs/heads/main:refs/heads/main"], leases: ["refs/heads/main": seen])
        }
        #expect(error?.description.contains("the remote moved since it was fetched") == true, "\(String(describing: error))")
        #expect(remote.head == theirs, "their commit is still there")

        try RemotePush.push(local.repository, url: url, refspecs: ["+refs/heads/main:refs/heads/main"], leases: ["refs/heads/main": theirs])
        #expect(remote.head == mine)
    }

    @Test func aLeaseOnNothingCreatesTheBranchOnce() throws {
        let remote = try RepoBuilder(bare: true)
        try remote.commit("first", files: ["a.txt": "a\n"])
        let url = "file://" + remote.path
        let local = try RepoBuilder()
        let mine = try local.commit("mine", files: ["c.txt": "c\n"])
        let lease: [String: ObjectID?] = ["refs/heads/campaign": nil]

        try RemotePush.push(local.repository, url: url, refspecs: ["refs/heads/main:refs/heads/campaign"], leases: lease)
        #expect(try remote.repository.referenceTarget("refs/heads/campaign") == mine)
        // A second run that still believes the branch is absent must not overwrite it.
        #expect(throws: GitError.self) {
            try RemotePush.push(local.repository, url: url, refspecs: ["+refs/heads/main:refs/heads/campaign"], leases: lease)
        }
    }
}
