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

@Suite("Binary content, as libgit2 judges it")
struct BinaryContentTests {
    /// `LoadedBlob.isBinary` reads eight bytes at a time; libgit2 reads one: they must agree on byte order marks,
    /// NUL bytes inside and past the 8,000 bytes read, and control bytes around the one-in-128 threshold.
    @Test func agreesWithLibgit2() throws {
        let repo = try RepoBuilder()
        var generator = SystemRandomNumberGenerator()
        var contents: [[UInt8]] = [
            [], [0], [0xEF], [0xEF, 0xBB, 0xBF], [0xEF, 0xBB, 0xBF, 0x01], [0xFE, 0xFF, 0x41], [0xFF, 0xFE], [0xFF, 0xFE, 0, 0],
            [0, 0, 0xFE, 0xFF], [0, 0, 0xFE], Array("plain text\n".utf8), [0x7F], [0x1B, 0x08, 0x0C, 0x09, 0x0B, 0x0D, 0x0A],
            Array(repeating: 0x41, count: 7_999) + [0], Array(repeating: 0x41, count: 8_000) + [0],
        ]
        let controls: [UInt8] = [0x01, 0x02, 0x07, 0x0E, 0x1F, 0x7F, 0x09, 0x0A, 0x0B, 0x0D, 0x08, 0x0C, 0x1B, 0x80, 0xFF, 0x20]
        for length in [1, 7, 8, 9, 15, 16, 17, 127, 128, 129, 1_000, 8_000, 9_000] {
            for rate in [0, 1, 10, 20, 25, 60, 1_000] {
                contents.append(
                    (0..<length).map { _ in
                        Int.random(in: 0..<1_000, using: &generator) < rate
                            ? controls.randomElement(using: &generator)! : UInt8.random(in: 0x21...0x7E, using: &generator)
                    })
            }
        }
        var binary = 0
        for content in contents {
            let blob = try repo.repository.loadBlob(try repo.repository.writeBlob(Data(content)))
            #expect(blob.isBinary == blob.libgit2IsBinary, "\(content.prefix(24)) (\(content.count) bytes)")
            if blob.libgit2IsBinary { binary += 1 }
        }
        // Both verdicts must be well represented, or the contents would test little.
        #expect(binary > 20 && contents.count - binary > 20, "\(binary) binary of \(contents.count)")
    }
}

@Suite("Added lines of a blob diff")
struct AddedLinesTests {
    /// A repository's attribute files can mark every path binary for git's diff (`* -diff`); the history scan's
    /// diff looks no attribute up, so it still shows the lines a text file adds, through any kind of handle.
    @Test func attributeFilesDoNotHideAddedLines() throws {
        let repo = try RepoBuilder()
        let first = try repo.commit("one", files: ["app.py": "x = 1\n", ".gitattributes": "* binary -diff\n"])
        let second = try repo.commit("two", files: ["app.py": "x = 1\ny = 2\n"])
        let gitDirectory = repo.repository.gitDirectory
        try FileManager.default.createDirectory(atPath: gitDirectory + "/info", withIntermediateDirectories: true)
        try "* -diff\n".write(toFile: gitDirectory + "/info/attributes", atomically: true, encoding: .utf8)
        for handle in [try Repository.open(at: gitDirectory, objectsOnly: true), try Repository.openObjects(at: gitDirectory, reader: 0), repo.repository] {
            let changes = try handle.changedFiles(from: try handle.commitTree(first), to: try handle.commitTree(second))
            let change = try #require(changes.first { $0.newPath == "app.py" })
            let old = try handle.loadBlob(try #require(change.oldID))
            var added: [(Int, String)] = []
            try handle.forEachAddedLine(from: old, to: try handle.loadBlob(try #require(change.newID))) { number, bytes in
                added.append((number, String(decoding: bytes, as: UTF8.self)))
            }
            #expect(added.map(\.0) == [2] && added.map(\.1) == ["y = 2"], "\(added)")
        }
    }
}
