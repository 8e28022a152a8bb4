import CGit2
import Foundation

/// One change to make to a tree: write a file (or symlink) at a path, or remove a path.
package enum TreeChange: Sendable, Hashable {
    /// The mode a written entry gets.
    package enum FileMode: Sendable, Hashable {
        case regular, executable, symlink

        var gitMode: git_filemode_t {
            switch self {
            case .regular: GIT_FILEMODE_BLOB
            case .executable: GIT_FILEMODE_BLOB_EXECUTABLE
            case .symlink: GIT_FILEMODE_LINK
            }
        }
    }

    /// Writes `content` at `path` (a symlink's content is its target).
    case write(path: String, content: Data, mode: FileMode = .regular)
    /// Records a submodule (a gitlink) at `path` pointing at a commit of another repository.
    case submodule(path: String, commit: ObjectID)
    /// Removes the file or directory at `path`.
    case remove(path: String)

    /// The path the change is about.
    package var path: String {
        switch self {
        case .write(let path, _, _), .submodule(let path, _), .remove(let path): path
        }
    }
}

extension Repository {
    /// The id of the empty tree, written if needed.
    package func emptyTree() throws(GitError) -> ObjectID {
        var builder: OpaquePointer?
        try check(git_treebuilder_new(&builder, handle, nil), "making an empty tree")
        defer { git_treebuilder_free(builder) }
        var oid = git_oid()
        try check(git_treebuilder_write(&oid, builder), "writing an empty tree")
        return ObjectID(oid)
    }

    /// Builds a new tree from `base` (or the empty tree) with `changes` applied, in memory: no index, no work tree.
    package func makeTree(base: ObjectID?, changes: [TreeChange]) throws(GitError) -> ObjectID {
        let baseID: ObjectID
        if let base { baseID = base } else { baseID = try emptyTree() }
        var baseTree: OpaquePointer?
        var baseOID = baseID.raw
        try check(git_tree_lookup(&baseTree, handle, &baseOID), "reading tree \(baseID.short)")
        defer { git_tree_free(baseTree) }
        guard !changes.isEmpty else { return baseID }

        // Blobs first; the C strings of the paths must outlive the git_tree_create_updated call.
        var blobIDs: [git_oid] = []
        for change in changes {
            switch change {
            case .write(_, let content, _): blobIDs.append(try writeBlob(content).raw)
            case .submodule(_, let commit): blobIDs.append(commit.raw)
            case .remove: blobIDs.append(git_oid())
            }
        }
        let paths = changes.map { strdup($0.path) }
        defer { for path in paths { free(path) } }
        var updates: [git_tree_update] = changes.enumerated().map { index, change in
            var update = git_tree_update()
            update.path = UnsafePointer(paths[index])
            update.id = blobIDs[index]
            switch change {
            case .write(_, _, let mode):
                update.action = GIT_TREE_UPDATE_UPSERT
                update.filemode = mode.gitMode
            case .submodule:
                update.action = GIT_TREE_UPDATE_UPSERT
                update.filemode = GIT_FILEMODE_COMMIT
            case .remove:
                update.action = GIT_TREE_UPDATE_REMOVE
                update.filemode = GIT_FILEMODE_BLOB
            }
            return update
        }
        var result = git_oid()
        try check(git_tree_create_updated(&result, handle, baseTree, updates.count, &updates), "building a tree with \(changes.count) changes")
        return ObjectID(result)
    }
}
