import CGit2

/// How one path in the work tree differs from HEAD and the index.
package struct WorkTreeStatusEntry: Hashable, Sendable {
    /// The path, relative to the work tree.
    package var path: String
    /// Not tracked and not ignored.
    package var isUntracked: Bool
    /// Staged changes (index differs from HEAD).
    package var isStaged: Bool
    /// Unstaged edits, deletions or type changes in the work tree.
    package var isModifiedInWorkTree: Bool
    /// In conflict from an unfinished merge.
    package var isConflicted: Bool

    /// True when the path has changes that a write could clobber.
    package var hasUncommittedChanges: Bool { isStaged || isModifiedInWorkTree || isConflicted }
}

extension Repository {
    /// Paths of the work tree that differ from HEAD or are untracked (ignored files are left out).
    /// Throws `.bareRepository` for a bare repository.
    package func workTreeStatus(includeUntracked: Bool = true) throws(GitError) -> [WorkTreeStatusEntry] {
        var options = git_status_options()
        git_status_options_init(&options, UInt32(GIT_STATUS_OPTIONS_VERSION))
        options.show = GIT_STATUS_SHOW_INDEX_AND_WORKDIR
        options.flags =
            GIT_STATUS_OPT_EXCLUDE_SUBMODULES.rawValue
            | (includeUntracked ? GIT_STATUS_OPT_INCLUDE_UNTRACKED.rawValue | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS.rawValue : 0)
        var list: OpaquePointer?
        try check(git_status_list_new(&list, handle, &options), "reading the work tree status of \(path)")
        defer { git_status_list_free(list) }
        var entries: [WorkTreeStatusEntry] = []
        for index in 0..<git_status_list_entrycount(list) {
            guard let entry = git_status_byindex(list, index)?.pointee else { continue }
            let flags = entry.status.rawValue
            let delta = entry.index_to_workdir ?? entry.head_to_index
            guard let delta, let pathPointer = delta.pointee.new_file.path ?? delta.pointee.old_file.path else { continue }
            let staged =
                GIT_STATUS_INDEX_NEW.rawValue | GIT_STATUS_INDEX_MODIFIED.rawValue | GIT_STATUS_INDEX_DELETED.rawValue
                | GIT_STATUS_INDEX_RENAMED.rawValue | GIT_STATUS_INDEX_TYPECHANGE.rawValue
            let edited =
                GIT_STATUS_WT_MODIFIED.rawValue | GIT_STATUS_WT_DELETED.rawValue | GIT_STATUS_WT_TYPECHANGE.rawValue
                | GIT_STATUS_WT_RENAMED.rawValue
            entries.append(
                WorkTreeStatusEntry(
                    path: String(cString: pathPointer),
                    isUntracked: flags & GIT_STATUS_WT_NEW.rawValue != 0,
                    isStaged: flags & staged != 0,
                    isModifiedInWorkTree: flags & edited != 0,
                    isConflicted: flags & GIT_STATUS_CONFLICTED.rawValue != 0
                ))
        }
        return entries
    }

    /// Whether the repository's ignore rules (.gitignore files, info/exclude, core.excludesFile) ignore `path`.
    package func isIgnored(_ path: String) throws(GitError) -> Bool {
        var ignored: Int32 = 0
        try check(git_ignore_path_is_ignored(&ignored, handle, path), "matching \(path) against ignore rules")
        return ignored == 1
    }
}
