import Foundation
import GroundworkGit

/// Builds real git repositories for tests through libgit2: commits with chosen authors and dates,
/// branches, tags, merges, renames, deletions, binary files; also empty, bare, shallow and damaged ones.
///
/// Commits are written straight into the object database; the work tree is written only by `checkout()`.
package final class RepoBuilder {
    /// The scratch directory that holds the repository; removed with the builder.
    package let scratch: ScratchDirectory
    /// The repository's path: its work tree, or the repository itself when bare.
    package let path: String
    package let repository: Repository
    /// The branch new commits go to.
    package private(set) var currentBranch: String
    /// The default time of the next commit: a fixed start, one day later per commit, so fixtures are reproducible.
    package var clock = Date(timeIntervalSince1970: 1_704_067_200) // 2024-01-01T00:00:00Z
    /// The author of commits that name none.
    package var defaultAuthor = "Alice Example"

    package init(bare: Bool = false, initialBranch: String = "main") throws {
        scratch = ScratchDirectory(prefix: "groundwork-repo")
        path = scratch.appending(bare ? "repo.git" : "repo")
        repository = try Repository.create(at: path, bare: bare, initialBranch: initialBranch)
        currentBranch = initialBranch
    }

    /// The commit the current branch points at, or nil before the first commit.
    package var head: ObjectID? { try? repository.referenceTarget("refs/heads/" + currentBranch) }

    /// Commits on the current branch: `files` written, `removing` deleted, `renaming` moved (old → new).
    @discardableResult
    package func commit(
        _ message: String = "change",
        files: [String: FixtureContent] = [:],
        removing: [String] = [],
        renaming: [String: String] = [:],
        author: String? = nil,
        email: String? = nil,
        date: Date? = nil
    ) throws -> ObjectID {
        let parent = head
        let baseTree = try parent.map { try repository.commit($0).tree }
        var changes: [TreeChange] = []
        for (old, new) in renaming.sorted(by: { $0.key < $1.key }) {
            guard let baseTree, let entry = try repository.entry(at: old, inTree: baseTree) else {
                throw FixtureError("cannot rename \(old): not in the current tree")
            }
            let blob = try repository.blob(entry.id)
            changes.append(.remove(path: old))
            changes.append(.write(path: new, content: blob.data, mode: entry.kind == .executable ? .executable : entry.kind == .symlink ? .symlink : .regular))
        }
        changes += removing.map { .remove(path: $0) }
        changes += files.sorted(by: { $0.key < $1.key }).map { $0.value.change(at: $0.key) }
        let tree = try repository.makeTree(base: baseTree, changes: changes)
        let when = date ?? clock
        clock = when.addingTimeInterval(86_400)
        let signature = Signature.fixture(author ?? defaultAuthor, email: email, date: when)
        let id = try repository.createCommit(tree: tree, parents: parent.map { [$0] } ?? [], author: signature, message: message)
        try repository.createBranch(currentBranch, at: id, force: true)
        return id
    }

    /// Creates a branch at `commit` (default: the current head) and, with `switchTo`, makes it current.
    package func branch(_ name: String, at commit: ObjectID? = nil, switchTo: Bool = true) throws {
        guard let target = commit ?? head else { throw FixtureError("cannot branch \(name): no commit yet") }
        try repository.createBranch(name, at: target)
        if switchTo { try self.switchTo(name) }
    }

    /// Makes `name` the branch that new commits go to, and points HEAD at it.
    package func switchTo(_ name: String) throws {
        currentBranch = name
        try repository.setHead(branch: name)
    }

    /// A lightweight tag, or an annotated one when a message is given.
    package func tag(_ name: String, at commit: ObjectID? = nil, message: String? = nil) throws {
        guard let target = commit ?? head else { throw FixtureError("cannot tag \(name): no commit yet") }
        guard let message else {
            try repository.setReference("refs/tags/" + name, to: target, force: false)
            return
        }
        try repository.createAnnotatedTag(name, at: target, tagger: Signature.fixture(defaultAuthor, date: clock), message: message)
    }

    /// Merges `branch` into the current branch with a two-parent commit. The merged tree is the
    /// current tree plus the branch's changes since their merge base (the branch wins overlaps).
    @discardableResult
    package func merge(_ branch: String, message: String? = nil, author: String? = nil) throws -> ObjectID {
        guard let ours = head, let theirs = try repository.referenceTarget("refs/heads/" + branch) else {
            throw FixtureError("cannot merge \(branch): missing commits")
        }
        let base = try repository.mergeBase(ours, theirs)
        let baseTree = try base.map { try repository.commit($0).tree }
        let theirTree = try repository.commit(theirs).tree
        var changes: [TreeChange] = []
        for change in try repository.diffTrees(from: baseTree, to: theirTree) {
            if let newID = change.newID {
                if change.status == .renamed { changes.append(.remove(path: change.oldPath)) }
                let mode: TreeChange.FileMode = change.kind == .executable ? .executable : change.kind == .symlink ? .symlink : .regular
                changes.append(.write(path: change.newPath, content: try repository.blob(newID).data, mode: mode))
            } else {
                changes.append(.remove(path: change.oldPath))
            }
        }
        let tree = try repository.makeTree(base: try repository.commit(ours).tree, changes: changes)
        let signature = Signature.fixture(author ?? defaultAuthor, date: clock)
        clock = clock.addingTimeInterval(86_400)
        let id = try repository.createCommit(tree: tree, parents: [ours, theirs], author: signature, message: message ?? "Merge branch '\(branch)'")
        try repository.createBranch(currentBranch, at: id, force: true)
        return id
    }
}

/// A fixture that could not be built as asked.
package struct FixtureError: Error, CustomStringConvertible {
    package let description: String
    package init(_ description: String) { self.description = description }
}
