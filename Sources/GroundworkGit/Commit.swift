import CGit2
import Foundation

/// A commit's metadata, copied out of libgit2 so it outlives the lookup.
package struct Commit: Hashable, Sendable {
    package var id: ObjectID
    /// The root tree of the commit's snapshot.
    package var tree: ObjectID
    /// Parent commits: none for a root commit, two or more for a merge.
    package var parents: [ObjectID]
    package var author: Signature
    package var committer: Signature
    /// The whole message.
    package var message: String

    /// The first line of the message.
    package var summary: String {
        String(message.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
    }

    /// True for a merge commit.
    package var isMerge: Bool { parents.count > 1 }
}

/// What a walk over history reads of a commit: its tree, parents and author; not its message and committer, which
/// cost a copy each and which the walk does not use.
package struct CommitOutline: Hashable, Sendable {
    package var tree: ObjectID
    package var parents: [ObjectID]
    package var author: Signature
}

extension Repository {
    /// Reads a commit's tree, parents and author.
    package func commitOutline(_ id: ObjectID) throws(GitError) -> CommitOutline {
        try withCommit(id) { commit in
            CommitOutline(tree: ObjectID(git_commit_tree_id(commit)), parents: Self.parents(of: commit), author: Signature(git_commit_author(commit)))
        }
    }

    /// The root tree of a commit.
    package func commitTree(_ id: ObjectID) throws(GitError) -> ObjectID {
        try withCommit(id) { commit in ObjectID(git_commit_tree_id(commit)) }
    }

    /// Reads a commit by id.
    package func commit(_ id: ObjectID) throws(GitError) -> Commit {
        try withCommit(id) { commit in
            let message = git_commit_message(commit).map { String(decoding: UnsafeRawBufferPointer(start: $0, count: strlen($0)), as: UTF8.self) } ?? ""
            return Commit(
                id: id,
                tree: ObjectID(git_commit_tree_id(commit)),
                parents: Self.parents(of: commit),
                author: Signature(git_commit_author(commit)),
                committer: Signature(git_commit_committer(commit)),
                message: message
            )
        }
    }

    /// Calls `body` with the commit `id` looked up in libgit2, freed after the call.
    private func withCommit<Result>(_ id: ObjectID, _ body: (OpaquePointer?) -> Result) throws(GitError) -> Result {
        var commit: OpaquePointer?
        var oid = id.raw
        try check(git_commit_lookup(&commit, handle, &oid), "reading commit \(id.short)")
        defer { git_commit_free(commit) }
        return body(commit)
    }

    private static func parents(of commit: OpaquePointer?) -> [ObjectID] {
        (0..<git_commit_parentcount(commit)).compactMap { index in git_commit_parent_id(commit, index).map(ObjectID.init) }
    }

    /// Writes a commit of `tree` with `parents`, without moving any reference, HEAD, the index or the work tree.
    package func createCommit(tree: ObjectID, parents: [ObjectID], author: Signature, committer: Signature? = nil, message: String) throws(GitError) -> ObjectID {
        var treeOID = tree.raw
        var treeObject: OpaquePointer?
        try check(git_tree_lookup(&treeObject, handle, &treeOID), "reading tree \(tree.short)")
        defer { git_tree_free(treeObject) }
        var parentObjects: [OpaquePointer?] = []
        defer { for object in parentObjects { git_commit_free(object) } }
        for parent in parents {
            var object: OpaquePointer?
            var oid = parent.raw
            try check(git_commit_lookup(&object, handle, &oid), "reading parent commit \(parent.short)")
            parentObjects.append(object)
        }
        var result = git_oid()
        try author.withGitSignature { (authorSignature) throws(GitError) in
            try (committer ?? author).withGitSignature { (committerSignature) throws(GitError) in
                let code = parentObjects.withUnsafeMutableBufferPointer { buffer in
                    git_commit_create(&result, handle, nil, authorSignature, committerSignature, nil, message, treeObject, parents.count, buffer.baseAddress)
                }
                try check(code, "writing a commit")
            }
        }
        return ObjectID(result)
    }
}
