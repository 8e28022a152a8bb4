import Foundation
import GroundworkGit
import GroundworkTestSupport
import Testing

@Suite("Trees and blobs, read without a checkout")
struct TreeAndBlobTests {
    @Test func walksTheTreeOfAnyCommitWithoutCheckout() throws {
        let repo = try RepoBuilder()
        try repo.commit(
            "first",
            files: [
                "README.md": "# x\n",
                "src/app/main.swift": "print(1)\n",
                "scripts/run.sh": .executable("#!/bin/sh\necho hi\n"),
                "link": .symlink(target: "README.md"),
            ])
        let old = try #require(repo.head)
        try repo.commit("second", files: ["src/new.txt": "n"], removing: ["README.md"])

        // Nothing was ever written to the work tree.
        #expect(!FileManager.default.fileExists(atPath: repo.path + "/README.md"))
        let entries = try repo.repository.treeEntries(try repo.repository.commit(old).tree)
        #expect(entries.map(\.path) == ["README.md", "link", "scripts/run.sh", "src/app/main.swift"])
        #expect(entries.first { $0.path == "scripts/run.sh" }?.kind == .executable)
        #expect(entries.first { $0.path == "link" }?.kind == .symlink)
        #expect(entries.first { $0.path == "src/app/main.swift" }?.name == "main.swift")

        var visited: [String] = []
        try repo.repository.walkTree(try repo.repository.commit(repo.head!).tree) { entry in
            visited.append(entry.path)
            return entry.path == "src" ? .skip : .descend
        }
        #expect(visited == ["link", "scripts", "scripts/run.sh", "src"])
    }

    @Test func readsBlobsWithSizeAndBinaryDetection() throws {
        let repo = try RepoBuilder()
        try repo.commit("files", files: ["text.txt": "héllo\n", "image.bin": .binary(count: 4096)])
        let tree = try repo.repository.commit(repo.head!).tree
        let text = try #require(try repo.repository.entry(at: "text.txt", inTree: tree))
        let binary = try #require(try repo.repository.entry(at: "image.bin", inTree: tree))

        let textBlob = try repo.repository.blob(text.id)
        #expect(textBlob.text == "héllo\n")
        #expect(!textBlob.isBinary)
        #expect(try repo.repository.objectSize(text.id) == 7)

        let binaryBlob = try repo.repository.blob(binary.id)
        #expect(binaryBlob.isBinary)
        #expect(binaryBlob.text == nil)
        #expect(try repo.repository.objectSize(binary.id) == 4096)
        #expect(try repo.repository.entry(at: "missing.txt", inTree: tree) == nil)
    }

    @Test func corruptedObjectIsATypedError() throws {
        let repo = try RepoBuilder()
        try repo.commit("files", files: ["a.txt": "alpha\n", "b.txt": "beta\n"])
        let tree = try repo.repository.commit(repo.head!).tree
        let entry = try #require(try repo.repository.entry(at: "a.txt", inTree: tree))
        try repo.corrupt(entry.id)

        let reopened = try Repository.open(at: repo.path)
        let error = #expect(throws: GitError.self) { try reopened.blob(entry.id) }
        #expect(error?.description.contains(entry.id.short) == true)
        // The other object is still readable.
        let other = try #require(try reopened.entry(at: "b.txt", inTree: tree))
        #expect(try reopened.blob(other.id).text == "beta\n")
    }

    @Test func mailmapFoldsAliases() throws {
        let mailmap = try Mailmap(text: "Alice Example <alice@example.com> <alice@old-laptop.local>\n")
        #expect(mailmap.resolve(name: "alice", email: "alice@old-laptop.local") == ("Alice Example", "alice@example.com"))
        #expect(mailmap.resolve(name: "Bob", email: "bob@example.com") == ("Bob", "bob@example.com"))
    }
}
