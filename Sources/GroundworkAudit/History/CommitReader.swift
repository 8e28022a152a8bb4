import Foundation
import GroundworkAuditModel
import GroundworkGit

/// The first pass of the history walk on one worker: reads a commit, its author and the files it adds or changes
/// against its first parent.
package struct CommitReader {
    /// A file a commit adds or changes, with the commit.
    package struct Change: Sendable {
        package var commit: ObjectID
        package var blob: ObjectID
        package var previous: ObjectID?
        package var path: String
    }

    package var repository: Repository
    package var authors = AuthorInterner()
    /// The commit read last and its tree: a worker reads runs of consecutive commits, parents first, so on a linear
    /// stretch of history a commit's parent is the one read before it, and its tree need not be read again.
    private var previous: (id: ObjectID, tree: ObjectID)?
    /// The trees the last comparison read, which the next one, with the parent on its old side, reads again.
    private let recentTrees = RecentTrees()

    package init(repository: Repository) {
        self.repository = repository
    }

    /// The record of one commit and the files it adds or changes (not deleted ones, submodules or symlinks);
    /// throws only when the commit itself cannot be read.
    package mutating func changes(of id: ObjectID) throws -> (record: CommitRecord, changes: [Change], missingParent: Bool) {
        let readBefore = previous
        let commit = try repository.commitOutline(id)
        previous = (id, commit.tree)
        let author = authors.intern(name: commit.author.name, email: commit.author.email)
        let record = CommitRecord(id: id, authorName: author.name, authorEmail: author.email, time: commit.author.date.timeIntervalSince1970)
        var missingParent = false
        var parentTree: ObjectID?
        if let parent = commit.parents.first {
            do {
                parentTree = try parent == readBefore?.id ? readBefore?.tree : repository.commitTree(parent)
            } catch {
                // A shallow boundary: its parent is not here, so the commit is compared with nothing.
                missingParent = true
            }
        }
        let changes = try repository.changedFiles(from: parentTree, to: commit.tree, recent: recentTrees).compactMap { change -> Change? in
            guard let blob = change.newID, change.kind == .file || change.kind == .executable else { return nil }
            return Change(commit: id, blob: blob, previous: change.oldID, path: change.newPath)
        }
        return (record, changes, missingParent)
    }
}
