import CGit2

/// A path that differs between two trees.
package struct FileChange: Hashable, Sendable {
    /// How the path changed.
    package enum Status: String, Sendable, Hashable {
        case added, deleted, modified, renamed, copied, typeChanged
    }

    package var status: Status
    /// The path before (equal to `newPath` unless renamed or copied).
    package var oldPath: String
    /// The path after.
    package var newPath: String
    /// The blob before; nil when added.
    package var oldID: ObjectID?
    /// The blob after; nil when deleted.
    package var newID: ObjectID?
    /// The entry kind after the change (or before, when deleted).
    package var kind: TreeEntry.Kind
}

extension Repository {
    /// The files that differ between two trees (nil stands for the empty tree), read from the object
    /// database without loading file contents. Renames are found only when asked, as that reads blobs.
    package func diffTrees(from old: ObjectID?, to new: ObjectID?, detectRenames: Bool = false) throws(GitError) -> [FileChange] {
        var oldTree: OpaquePointer?, newTree: OpaquePointer?
        defer { git_tree_free(oldTree); git_tree_free(newTree) }
        if var oid = old?.raw { try check(git_tree_lookup(&oldTree, handle, &oid), "reading tree \(old!.short)") }
        if var oid = new?.raw { try check(git_tree_lookup(&newTree, handle, &oid), "reading tree \(new!.short)") }

        var options = git_diff_options()
        git_diff_options_init(&options, UInt32(GIT_DIFF_OPTIONS_VERSION))
        // Paths and ids are all we need here: do not inflate blobs to sniff for binary content.
        options.flags = GIT_DIFF_SKIP_BINARY_CHECK.rawValue
        var diff: OpaquePointer?
        try check(git_diff_tree_to_tree(&diff, handle, oldTree, newTree, &options), "comparing trees")
        defer { git_diff_free(diff) }
        if detectRenames {
            var findOptions = git_diff_find_options()
            git_diff_find_options_init(&findOptions, UInt32(GIT_DIFF_FIND_OPTIONS_VERSION))
            findOptions.flags = GIT_DIFF_FIND_RENAMES.rawValue
            try check(git_diff_find_similar(diff, &findOptions), "finding renames")
        }

        var changes: [FileChange] = []
        for index in 0..<git_diff_num_deltas(diff) {
            guard let delta = git_diff_get_delta(diff, index)?.pointee else { continue }
            let status: FileChange.Status
            switch delta.status {
            case GIT_DELTA_ADDED: status = .added
            case GIT_DELTA_DELETED: status = .deleted
            case GIT_DELTA_RENAMED: status = .renamed
            case GIT_DELTA_COPIED: status = .copied
            case GIT_DELTA_TYPECHANGE: status = .typeChanged
            default: status = .modified
            }
            var oldFileID = delta.old_file.id, newFileID = delta.new_file.id
            let oldID = git_oid_is_zero(&oldFileID) == 1 ? nil : ObjectID(oldFileID)
            let newID = git_oid_is_zero(&newFileID) == 1 ? nil : ObjectID(newFileID)
            let mode = git_filemode_t(UInt32(status == .deleted ? delta.old_file.mode : delta.new_file.mode))
            changes.append(
                FileChange(
                    status: status,
                    oldPath: String(cString: delta.old_file.path),
                    newPath: String(cString: delta.new_file.path),
                    oldID: oldID,
                    newID: newID,
                    kind: TreeEntry(path: "", id: newID ?? oldID ?? ObjectID(git_oid()), mode: mode).kind
                ))
        }
        return changes
    }
}
