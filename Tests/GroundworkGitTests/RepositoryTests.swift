import Foundation
import GroundworkGit
import GroundworkTestSupport
import Testing

@Suite("Repository: open, HEAD, references")
struct RepositoryTests {
    @Test func opensWorkTreeAndBareRepositories() throws {
        let work = try RepoBuilder()
        try work.commit("first", files: ["README.md": "# hello\n"])
        let opened = try Repository.open(at: work.path)
        #expect(!opened.isBare)
        #expect(opened.workingDirectory?.hasSuffix("repo/") == true)
        #expect(try opened.headCommitID() == work.head)

        let bare = try RepoBuilder(bare: true)
        try bare.commit("first", files: ["a.txt": "a"])
        let openedBare = try Repository.open(at: bare.path)
        #expect(openedBare.isBare)
        #expect(openedBare.workingDirectory == nil)
        #expect(try openedBare.headCommitID() == bare.head)
    }

    @Test func missingPathAndPlainFolderAreClearErrors() throws {
        let scratch = ScratchDirectory()
        let missing = #expect(throws: GitError.self) { try Repository.open(at: scratch.appending("nope")) }
        #expect(missing?.code == .notARepository)
        #expect(missing?.description.contains("no such file") == true)

        try scratch.write("folder/file.txt", "x")
        let plain = #expect(throws: GitError.self) { try Repository.open(at: scratch.appending("folder")) }
        #expect(plain?.code == .notARepository)
        #expect(plain?.exitStatus == .usage)
    }

    @Test func emptyRepositoryHasNoHead() throws {
        let empty = try RepoBuilder()
        #expect(empty.repository.isEmpty)
        #expect(empty.repository.isHeadUnborn)
        #expect(try empty.repository.headCommitID() == nil)
        #expect(empty.repository.headBranchName() == "main")
        #expect(try empty.repository.references().isEmpty)
    }

    @Test func branchesTagsAndDetachedHead() throws {
        let repo = try RepoBuilder()
        let first = try repo.commit("first", files: ["a.txt": "a"])
        try repo.tag("v1.0", message: "release 1.0")
        try repo.tag("light", at: first)
        try repo.branch("feature")
        let second = try repo.commit("on feature", files: ["b.txt": "b"])
        let repository = try Repository.open(at: repo.path)

        #expect(try repository.branches().map(\.shortName) == ["feature", "main"])
        let tags = try repository.tags()
        #expect(tags.map(\.shortName) == ["light", "v1.0"])
        // The annotated tag peels to its commit.
        #expect(tags.allSatisfy { $0.commit == first })
        #expect(repository.headBranchName() == "feature")
        #expect(try repository.resolveCommit("main") == first)
        #expect(try repository.resolveCommit("feature~1") == first)
        #expect(try repository.resolveCommit("v1.0") == first)
        #expect(try repository.headCommitID() == second)

        let bad = #expect(throws: GitError.self) { try repository.resolveCommit("no-such-branch") }
        #expect(bad?.exitStatus == .usage)
    }

    @Test func objectIDsRoundTrip() throws {
        let id = try #require(ObjectID(hex: "0123456789abcdef0123456789abcdef01234567"))
        #expect(id.hex == "0123456789abcdef0123456789abcdef01234567")
        #expect(id.short == "01234567")
        #expect(ObjectID(bytes: id.bytes) == id)
        #expect(id.bytes.count == 20)
        #expect(ObjectID(bytes: Data(count: 19)) == nil)
        #expect(ObjectID(hex: "xyz") == nil)
        #expect(ObjectID(hex: String(repeating: "g", count: 40)) == nil)
        // The empty blob's well-known id, computed without a repository.
        #expect(ObjectID.forBlob(Data()).hex == "e69de29bb2d1d6434b8b29ae775ad8c2e48c5391")
        let decoded = try JSONDecoder().decode([ObjectID].self, from: JSONEncoder().encode([id]))
        #expect(decoded == [id])
    }

    @Test func libgit2ReportsVersionAndFeatures() {
        #expect(LibGit2.version.split(separator: ".").count == 3)
        #expect(LibGit2.features.threads)
        #expect(LibGit2.features.https)
    }
}
