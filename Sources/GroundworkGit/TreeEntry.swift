import CGit2

/// One entry met while walking a tree: a file, a symlink, a submodule or a directory.
package struct TreeEntry: Hashable, Sendable {
    /// What the entry is, from its git file mode.
    package enum Kind: Sendable, Hashable {
        case file, executable, symlink, submodule, directory
    }

    /// The path from the root of the tree, with `/` separators and no leading slash.
    package var path: String
    /// The blob (file, symlink target), tree (directory) or commit (submodule) id.
    package var id: ObjectID
    package var kind: Kind

    /// The last path component.
    package var name: Substring {
        guard let slash = path.lastIndex(of: "/") else { return path[...] }
        return path[path.index(after: slash)...]
    }

    /// True for files and executables: the entries with content to scan.
    package var isRegularFile: Bool { kind == .file || kind == .executable }

    package init(path: String, id: ObjectID, mode: git_filemode_t) {
        self.path = path
        self.id = id
        switch mode {
        case GIT_FILEMODE_BLOB_EXECUTABLE: kind = .executable
        case GIT_FILEMODE_LINK: kind = .symlink
        case GIT_FILEMODE_COMMIT: kind = .submodule
        case GIT_FILEMODE_TREE: kind = .directory
        default: kind = .file
        }
    }
}

/// Whether a tree walk goes into a directory.
package enum TreeWalkDecision: Sendable {
    case descend, skip
}

extension Repository {
    /// Visits every entry of a tree, depth first in git's order, straight from the object database.
    /// `visit` decides, for each directory, whether to go into it (to skip `node_modules`, say).
    package func walkTree(_ treeID: ObjectID, visit: (TreeEntry) throws -> TreeWalkDecision) throws {
        try walkTree(treeID, prefix: "", visit: visit)
    }

    private func walkTree(_ treeID: ObjectID, prefix: String, visit: (TreeEntry) throws -> TreeWalkDecision) throws {
        var tree: OpaquePointer?
        var oid = treeID.raw
        try check(git_tree_lookup(&tree, handle, &oid), "reading tree \(treeID.short)\(prefix.isEmpty ? "" : " at \(prefix)")")
        defer { git_tree_free(tree) }
        for index in 0..<git_tree_entrycount(tree) {
            guard let entry = git_tree_entry_byindex(tree, index) else { continue }
            let name = String(cString: git_tree_entry_name(entry))
            let item = TreeEntry(path: prefix + name, id: ObjectID(git_tree_entry_id(entry)), mode: git_tree_entry_filemode(entry))
            // Pre-order: a directory is visited, then its content, then its next sibling.
            if try visit(item) == .descend, item.kind == .directory {
                try walkTree(item.id, prefix: item.path + "/", visit: visit)
            }
        }
    }

    /// Every file, symlink and submodule of a tree (directories are walked, not listed).
    package func treeEntries(_ treeID: ObjectID) throws -> [TreeEntry] {
        var entries: [TreeEntry] = []
        try walkTree(treeID) { entry in
            if entry.kind != .directory { entries.append(entry) }
            return .descend
        }
        return entries
    }

    /// The entry at `path` in a tree, or nil when there is none.
    package func entry(at path: String, inTree treeID: ObjectID) throws(GitError) -> TreeEntry? {
        var tree: OpaquePointer?
        var oid = treeID.raw
        try check(git_tree_lookup(&tree, handle, &oid), "reading tree \(treeID.short)")
        defer { git_tree_free(tree) }
        var entry: OpaquePointer?
        let code = git_tree_entry_bypath(&entry, tree, path)
        if code == GIT_ENOTFOUND.rawValue { git_error_clear(); return nil }
        try check(code, "looking up \(path)")
        defer { git_tree_entry_free(entry) }
        return TreeEntry(path: path, id: ObjectID(git_tree_entry_id(entry)), mode: git_tree_entry_filemode(entry))
    }
}
