import Foundation
import GroundworkGit
import GroundworkTestSupport
import Testing

@Suite("Three-way merge and commits from in-memory trees")
struct MergeAndCommitTests {
    @Test func mergesNonOverlappingEditsCleanly() throws {
        let base = Data("one\ntwo\nthree\nfour\nfive\n".utf8)
        let ours = Data("ONE\ntwo\nthree\nfour\nfive\n".utf8)
        let theirs = Data("one\ntwo\nthree\nfour\nFIVE\n".utf8)
        let result = try ThreeWayMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(result.isClean)
        #expect(String(decoding: result.content, as: UTF8.self) == "ONE\ntwo\nthree\nfour\nFIVE\n")
    }

    @Test func reportsConflictsWithMarkersAndKeepsBothSides() throws {
        let base = Data("port: 80\nname: app\n".utf8)
        let ours = Data("port: 8080\nname: app\n".utf8)
        let theirs = Data("port: 9090\nname: app\n".utf8)
        let result = try ThreeWayMerge.merge(base: base, ours: ours, theirs: theirs, labels: .init(base: "pristine", ours: "yours", theirs: "brick 2.0"))
        #expect(result.conflictCount == 1)
        let text = String(decoding: result.content, as: UTF8.self)
        #expect(text.contains("<<<<<<< yours"))
        #expect(text.contains("port: 8080"))
        #expect(text.contains("port: 9090"))
        #expect(text.contains(">>>>>>> brick 2.0"))
    }

    @Test func mergesEmptyInputs() throws {
        let result = try ThreeWayMerge.merge(base: Data(), ours: Data(), theirs: Data("new\n".utf8))
        #expect(result.isClean)
        #expect(result.content == Data("new\n".utf8))
    }

    @Test func commitsOnANewBranchWithoutTouchingHeadIndexOrWorkTree() throws {
        let repo = try RepoBuilder()
        let first = try repo.commit("first", files: ["README.md": "# app\n", "src/a.txt": "a\n"])
        try repo.checkout()
        try repo.writeWorkTreeFile("notes.txt", "uncommitted work\n")
        let repository = try Repository.open(at: repo.path)

        let tree = try repository.makeTree(
            base: try repository.commit(first).tree,
            changes: [
                .write(path: "Dockerfile", content: Data("FROM swift:6.0\n".utf8)),
                .write(path: "scripts/deploy.sh", content: Data("#!/bin/sh\n".utf8), mode: .executable),
                .remove(path: "src/a.txt"),
            ])
        let signature = Signature(name: "groundwork", email: "groundwork@example.com", date: Date(timeIntervalSince1970: 1_750_000_000))
        let commit = try repository.createCommit(tree: tree, parents: [first], author: signature, message: "Add docker")
        try repository.createBranch("groundwork/docker", at: commit)

        #expect(try repository.headCommitID() == first)
        #expect(repository.headBranchName() == "main")
        #expect(try repository.branches().map(\.shortName) == ["groundwork/docker", "main"])
        let entries = try repository.treeEntries(try repository.commit(commit).tree)
        #expect(entries.map(\.path) == ["Dockerfile", "README.md", "scripts/deploy.sh"])
        #expect(entries.first { $0.path == "scripts/deploy.sh" }?.kind == .executable)
        // The work tree and the index are as they were: git sees only the untracked note.
        let status = try git(["status", "--porcelain"], in: repo.path)
        #expect(status == "?? notes.txt\n")
        #expect(try git(["log", "--format=%an|%s", "groundwork/docker"], in: repo.path).hasPrefix("groundwork|Add docker\n"))
        // Refusing to move an existing branch without force.
        #expect(throws: GitError.self) { try repository.createBranch("groundwork/docker", at: first) }
    }

    @Test func workTreeStatusAndIgnoreRules() throws {
        let repo = try RepoBuilder()
        try repo.commit("first", files: [".gitignore": "*.log\nbuild/\n", "tracked.txt": "v1\n"])
        try repo.checkout()
        try repo.writeWorkTreeFile("tracked.txt", "v2\n")
        try repo.writeWorkTreeFile("new.txt", "new\n")
        try repo.writeWorkTreeFile("debug.log", "noise\n")
        let repository = try Repository.open(at: repo.path)
        let status = try repository.workTreeStatus()
        #expect(status.first { $0.path == "tracked.txt" }?.isModifiedInWorkTree == true)
        #expect(status.first { $0.path == "new.txt" }?.isUntracked == true)
        #expect(!status.contains { $0.path == "debug.log" })
        #expect(try repository.isIgnored("debug.log"))
        #expect(try repository.isIgnored("build/output.bin"))
        #expect(try !repository.isIgnored("src/main.swift"))

        let bare = try RepoBuilder(bare: true)
        try bare.commit("first", files: ["a": "a"])
        let error = #expect(throws: GitError.self) { try bare.repository.workTreeStatus() }
        #expect(error?.code == .bareRepository)
    }
}

/// Runs the git CLI to cross-check what libgit2 wrote (tests only).
func git(_ arguments: [String], in directory: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git", "-C", directory] + arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
}
