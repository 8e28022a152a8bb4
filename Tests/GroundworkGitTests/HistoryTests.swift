import Foundation
import GroundworkGit
import GroundworkTestSupport
import Testing

@Suite("Revision walks and tree diffs")
struct HistoryTests {
    /// main: A - B - M (merge of feature: A - F1 - F2); tag on F2; an unmerged branch `side` from A.
    func history() throws -> (RepoBuilder, [String: ObjectID]) {
        let repo = try RepoBuilder()
        var ids: [String: ObjectID] = [:]
        ids["A"] = try repo.commit("A", files: ["a.txt": "a\n"], author: "Ana")
        try repo.branch("feature")
        ids["F1"] = try repo.commit("F1", files: ["f.txt": "f1\n"], author: "Ben")
        ids["F2"] = try repo.commit("F2", files: ["f.txt": "f1\nf2\n"], author: "Ben")
        try repo.tag("v1", at: ids["F2"])
        try repo.branch("side", at: ids["A"])
        ids["S"] = try repo.commit("S", files: ["s.txt": "s\n"], author: "Sam")
        try repo.switchTo("main")
        ids["B"] = try repo.commit("B", files: ["b.txt": "b\n"], author: "Ana")
        ids["M"] = try repo.merge("feature")
        return (repo, ids)
    }

    @Test func walksAllReferencesOrOnlyHead() throws {
        let (repo, ids) = try history()
        let all = Array(try repo.repository.walk(RevisionWalkOptions(start: .allReferences)))
        #expect(Set(all) == Set(ids.values))
        let head = Array(try repo.repository.walk(RevisionWalkOptions(start: .head)))
        #expect(Set(head) == Set(ids.values).subtracting([ids["S"]!]))
    }

    @Test func firstParentAndOrderAndHide() throws {
        let (repo, ids) = try history()
        let mainline = Array(try repo.repository.walk(RevisionWalkOptions(start: .head, order: .topological, firstParentOnly: true)))
        #expect(mainline == [ids["M"]!, ids["B"]!, ids["A"]!])
        let oldestFirst = Array(try repo.repository.walk(RevisionWalkOptions(start: .head, order: .oldestFirst)))
        #expect(oldestFirst.first == ids["A"])
        #expect(oldestFirst.last == ids["M"])
        let byTime = Array(try repo.repository.walk(RevisionWalkOptions(start: .allReferences, order: .time)))
        let dates = try byTime.map { try repo.repository.commit($0).committer.date }
        #expect(dates == dates.sorted(by: >))
        let sinceB = Array(try repo.repository.walk(RevisionWalkOptions(start: .head, hide: [ids["B"]!])))
        #expect(Set(sinceB) == [ids["M"]!, ids["F1"]!, ids["F2"]!])
    }

    @Test func commitsCarryAuthorsDatesAndParents() throws {
        let (repo, ids) = try history()
        let merge = try repo.repository.commit(ids["M"]!)
        #expect(merge.isMerge)
        #expect(merge.parents == [ids["B"]!, ids["F2"]!])
        #expect(merge.summary == "Merge branch 'feature'")
        let f1 = try repo.repository.commit(ids["F1"]!)
        #expect(f1.author.name == "Ben")
        #expect(f1.author.email == "ben@example.com")
        #expect(f1.author.date == Date(timeIntervalSince1970: 1_704_067_200 + 86_400))
        #expect(try repo.repository.mergeBase(ids["S"]!, ids["B"]!) == ids["A"])
        #expect(try repo.repository.isAncestor(ids["F2"]!, of: ids["M"]!))
        #expect(try !repo.repository.isAncestor(ids["S"]!, of: ids["M"]!))
    }

    @Test func diffsTreesAndComputesAddedLines() throws {
        let repo = try RepoBuilder()
        let first = try repo.commit("first", files: ["keep.txt": "one\ntwo\n", "gone.txt": "x\n", "old-name.txt": "same content here\n"])
        let second = try repo.commit("second", files: ["keep.txt": "one\n2\ntwo\nthree\r\n", "new.txt": "n\n"], removing: ["gone.txt"], renaming: ["old-name.txt": "new-name.txt"])
        let oldTree = try repo.repository.commit(first).tree
        let newTree = try repo.repository.commit(second).tree

        let changes = try repo.repository.diffTrees(from: oldTree, to: newTree)
        let byPath = Dictionary(uniqueKeysWithValues: changes.map { ($0.newPath, $0) })
        #expect(byPath["keep.txt"]?.status == .modified)
        #expect(byPath["new.txt"]?.status == .added)
        #expect(byPath["new.txt"]?.oldID == nil)
        #expect(byPath["gone.txt"]?.status == .deleted)
        #expect(byPath["gone.txt"]?.newID == nil)

        let renamed = try repo.repository.diffTrees(from: oldTree, to: newTree, detectRenames: true)
        #expect(renamed.contains { $0.status == .renamed && $0.oldPath == "old-name.txt" && $0.newPath == "new-name.txt" })

        let keep = try #require(byPath["keep.txt"])
        let repository = repo.repository
        func addedLines(from old: LoadedBlob?, to new: LoadedBlob) throws -> [String] {
            var lines: [String] = []
            try repository.forEachAddedLine(from: old, to: new) { number, bytes in lines.append("\(number): \(String(decoding: bytes, as: UTF8.self))") }
            return lines
        }
        let added = try addedLines(from: repository.loadBlob(try #require(keep.oldID)), to: repository.loadBlob(try #require(keep.newID)))
        #expect(added == ["2: 2", "4: three"])
        let all = try addedLines(from: nil, to: repository.loadBlob(try #require(byPath["new.txt"]?.newID)))
        #expect(all == ["1: n"])

        let fromEmpty = try repo.repository.diffTrees(from: nil, to: oldTree)
        #expect(fromEmpty.allSatisfy { $0.status == .added })
        #expect(fromEmpty.count == 3)
    }
}

@Suite("The history walk's fast tree comparison")
struct TreeComparisonTests {
    @Test func agreesWithLibgit2DiffOnAddedAndChangedFiles() throws {
        let repo = try RepoBuilder()
        var commits: [ObjectID] = []
        commits.append(try repo.commit("one", files: ["a.txt": "1", "dir/b.txt": "b", "dir/sub/c.txt": "c", "dir-x": "sorts after dir/", "dir.txt": "sorts before dir/"]))
        commits.append(try repo.commit("two", files: ["dir/sub/c.txt": "c2", "dir/new.txt": "n", "run.sh": .executable("#!/bin/sh\n")], removing: ["a.txt"]))
        commits.append(try repo.commit("three", files: ["zzz/deep/x.txt": "x"], removing: ["dir/sub/c.txt"]))
        commits.append(try repo.commit("four", files: ["run.sh": "#!/bin/sh\n", "dir/sub": "now a file"], renaming: ["dir/b.txt": "moved/b.txt"]))
        var previous: ObjectID?
        // The walk keeps the trees each comparison read for the next one: the same answers, with or without them.
        let recent = RecentTrees()
        for id in commits {
            let tree = try repo.repository.commit(id).tree
            let fast = try repo.repository.changedFiles(from: previous, to: tree)
            #expect(try repo.repository.changedFiles(from: previous, to: tree, recent: recent) == fast)
            let reference = try repo.repository.diffTrees(from: previous, to: tree).filter { $0.newID != nil && $0.kind != .submodule }
            #expect(fast.map(\.newPath).sorted() == reference.map(\.newPath).sorted(), "commit \(id.short)")
            #expect(Set(fast.map(\.newID)) == Set(reference.map(\.newID)))
            for change in fast {
                #expect(change.oldID == reference.first { $0.newPath == change.newPath }?.oldID, "\(change.newPath)")
            }
            previous = tree
        }
    }

    /// `changedFiles` reads trees from their raw bytes: modes old git wrote (`100664`, `040000` with a leading
    /// zero) must read as libgit2 reads them, and a malformed tree must be an error, not a crash.
    @Test func readsUnusualModesAndRefusesMalformedTrees() throws {
        let repo = try RepoBuilder()
        let first = try repo.commit("one", files: ["a.txt": "a", "dir/b.txt": "b"])
        let tree = try repo.repository.commit(first).tree
        let blob = try repo.repository.writeBlob(Data("changed".utf8))
        let subtree = try #require(try repo.repository.changedFiles(from: nil, to: tree).first { $0.newPath == "dir/b.txt" })
        func rawTree(_ entries: [(mode: String, name: String, id: ObjectID)]) -> Data {
            var data = Data()
            for entry in entries {
                data += Data("\(entry.mode) \(entry.name)\0".utf8)
                data += entry.id.bytes
            }
            return data
        }
        let subtreeID = try Self.writeTree(rawTree([("100664", "b.txt", subtree.newID!)]), in: repo.path)
        let odd = try Self.writeTree(rawTree([("100664", "a.txt", blob), ("040000", "dir", subtreeID)]), in: repo.path)
        let fast = try repo.repository.changedFiles(from: tree, to: odd)
        // `dir/b.txt` kept its blob; only its mode is written differently (libgit2's diff reports that as a change).
        #expect(fast.map(\.newPath) == ["a.txt"], "\(fast)")
        #expect(fast.first?.kind == .file && fast.first?.oldID != nil)

        var truncated = rawTree([("100644", "a.txt", blob)])
        truncated.removeLast(5)
        let malformed = try Self.writeTree(truncated, in: repo.path)
        #expect(throws: GitError.self) { try repo.repository.changedFiles(from: tree, to: malformed) }
        #expect(throws: GitError.self) { try repo.repository.changedFiles(from: nil, to: blob) }
    }

    /// Writes `data` as a tree object as it is, with git's `hash-object --literally` (libgit2 refuses to).
    static func writeTree(_ data: Data, in directory: String) throws -> ObjectID {
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("tree-\(UUID().uuidString)")
        try data.write(to: input)
        defer { try? FileManager.default.removeItem(at: input) }
        let process = Process()
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
        process.arguments = ["-C", directory, "hash-object", "-t", "tree", "--literally", "-w", input.path]
        process.standardOutput = output
        try process.run()
        process.waitUntilExit()
        let hex = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return try #require(ObjectID(hex: hex), "git hash-object wrote no tree: \(hex)")
    }
}

@Suite("Object stores of their own")
struct ObjectStoreTests {
    /// Each reader opens the objects alone (packed, loose and behind alternates) and reads the same commits,
    /// trees and blobs as a normal open does.
    @Test func readersSeeEveryObjectOfTheRepositoryAndItsAlternates() throws {
        let source = try RepoBuilder()
        let first = try source.commit("first", files: ["a.txt": "alpha\n", "dir/b.txt": "beta\n"])
        _ = try git(["repack", "-a", "-d", "-q"], in: source.path)
        let second = try source.commit("second", files: ["a.txt": "alpha\ngamma\n"]) // loose
        let scratch = ScratchDirectory()
        let clone = scratch.path + "/shared"
        _ = try git(["clone", "-q", "--shared", source.path, clone], in: scratch.path)
        #expect(FileManager.default.fileExists(atPath: clone + "/.git/objects/info/alternates"))

        // Opened as the history walk opens them: by their git folders.
        for path in [source.repository.gitDirectory, clone + "/.git"] {
            for reader in 0..<3 {
                let objects = try Repository.openObjects(at: path, reader: reader)
                let outline = try objects.commitOutline(second)
                #expect(outline.parents == [first])
                #expect(outline.author.name == source.defaultAuthor)
                #expect(try objects.commitTree(first) == (try source.repository.commit(first).tree))
                let changes = try objects.changedFiles(from: try objects.commitTree(first), to: outline.tree)
                #expect(changes.map(\.newPath) == ["a.txt"])
                let blob = try objects.loadBlob(try #require(changes.first?.newID))
                #expect(blob.withBytes { String(decoding: $0, as: UTF8.self) } == "alpha\ngamma\n")
            }
        }
        #expect(throws: GitError.self) { try Repository.openObjects(at: scratch.path + "/missing", reader: 0) }
    }
}
