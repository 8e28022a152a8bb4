import Foundation
import GroundworkGit
import GroundworkTestSupport
import Testing

@Suite("Bare clones into the cache, fetch, shallow repositories")
struct RemoteMirrorTests {
    @Test func clonesBareThenFetchesUpdates() throws {
        let origin = try RepoBuilder(initialBranch: "trunk")
        let first = try origin.commit("first", files: ["a.txt": "a\n"])
        try origin.tag("v1")
        try origin.branch("feature", switchTo: false)
        let cache = ScratchDirectory()
        let url = "file://" + origin.path

        let mirror = try RemoteMirror.update(url: url, cacheRoot: cache.path)
        #expect(mirror.isBare)
        #expect(mirror.path.hasPrefix(cache.path))
        #expect(try mirror.headCommitID() == first)
        #expect(mirror.headBranchName() == "trunk")
        #expect(try mirror.references().map(\.name) == ["refs/heads/feature", "refs/heads/trunk", "refs/tags/v1"])

        let second = try origin.commit("second", files: ["b.txt": "b\n"])
        try origin.repository.deleteReference("refs/heads/feature")
        let updated = try RemoteMirror.update(url: url, cacheRoot: cache.path)
        #expect(updated.path == mirror.path)
        #expect(try updated.headCommitID() == second)
        // Pruned: the deleted branch is gone from the mirror.
        #expect(try updated.branches().map(\.shortName) == ["trunk"])
    }

    @Test func lockFilesLeftByAKilledProcessDoNotBlockTheNextFetch() throws {
        let origin = try RepoBuilder()
        try origin.commit("first", files: ["a.txt": "a\n"])
        let cache = ScratchDirectory()
        let url = "file://" + origin.path
        let mirror = try RemoteMirror.update(url: url, cacheRoot: cache.path)
        // What a process killed in the middle of a fetch or a branch update leaves behind.
        for stale in ["HEAD.lock", "packed-refs.lock", "refs/heads/main.lock"] {
            try Data().write(to: URL(fileURLWithPath: mirror.path + "/" + stale))
        }
        let second = try origin.commit("second", files: ["b.txt": "b\n"])
        let updated = try RemoteMirror.update(url: url, cacheRoot: cache.path)
        #expect(try updated.headCommitID() == second)
        #expect(!FileManager.default.fileExists(atPath: mirror.path + "/refs/heads/main.lock"))
    }

    @Test func badURLFailsAndLeavesNothingBehind() throws {
        let cache = ScratchDirectory()
        let error = #expect(throws: GitError.self) {
            try RemoteMirror.update(url: "file:///definitely/not/here.git", cacheRoot: cache.path)
        }
        #expect(error?.description.contains("not/here") == true)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: cache.path)
        #expect(leftovers.isEmpty)
    }

    @Test func redactsCredentialsInURLs() {
        #expect(RemoteMirror.redacted("https://user:s3cret@example.com/org/repo.git") == "https://example.com/org/repo.git")
        #expect(RemoteMirror.redacted("git@github.com:org/repo.git") == "git@github.com:org/repo.git")
        let name = RemoteMirror.directoryName(for: "https://token@example.com/org/repo.git")
        #expect(!name.contains("token"))
        #expect(name.hasPrefix("example.com_org_repo.git-"))
    }

    @Test func shallowRepositoryIsDetectedAndItsWalkStopsAtTheBoundary() throws {
        let repo = try RepoBuilder()
        try repo.commit("one", files: ["a.txt": "1\n"])
        try repo.commit("two", files: ["a.txt": "2\n"])
        let boundary = try repo.commit("three", files: ["a.txt": "3\n"])
        let tip = try repo.commit("four", files: ["a.txt": "4\n"])
        try repo.makeShallow(at: boundary)

        let repository = try Repository.open(at: repo.path)
        #expect(repository.isShallow)
        let walk = try repository.walk(RevisionWalkOptions(start: .head))
        let seen = Array(walk)
        // The walk stops at the boundary, as git's does, instead of failing on the missing parent.
        #expect(seen == [tip, boundary])
        #expect(walk.error == nil)
        let all = Array(try repository.walk(RevisionWalkOptions(start: .allReferences, order: .oldestFirst)))
        #expect(all == [boundary, tip])
        #expect(throws: GitError.self) { try repository.commit(try repository.commit(boundary).parents[0]) }
    }
}
