import CGit2
import Foundation

extension Repository {
    /// The files (and executables, symlinks) that `new` adds or changes compared with `old` (nil: the
    /// empty tree): the fast path of the history walk.
    ///
    /// It merge-joins the two trees' sorted entries and skips every subtree whose id did not change,
    /// as git does, instead of going through libgit2's general diff machinery, which allocates a
    /// delta per entry and was most of the history walk's time. Deletions are not reported.
    package func changedFiles(from old: ObjectID?, to new: ObjectID) throws(GitError) -> [FileChange] {
        var changes: [FileChange] = []
        try compare(old: old, new: new, prefix: "", into: &changes)
        return changes
    }

    private func compare(old: ObjectID?, new: ObjectID, prefix: String, into changes: inout [FileChange]) throws(GitError) {
        var newTree: OpaquePointer?, oldTree: OpaquePointer?
        var newOID = new.raw
        try check(git_tree_lookup(&newTree, handle, &newOID), "reading tree \(new.short)")
        defer { git_tree_free(newTree); git_tree_free(oldTree) }
        if var oldOID = old?.raw { try check(git_tree_lookup(&oldTree, handle, &oldOID), "reading tree \(old!.short)") }

        let newCount = git_tree_entrycount(newTree)
        let oldCount = oldTree.map { git_tree_entrycount($0) } ?? 0
        var oldIndex = 0
        for newIndex in 0..<newCount {
            guard let entry = git_tree_entry_byindex(newTree, newIndex) else { continue }
            let mode = git_tree_entry_filemode(entry)
            let isTree = mode == GIT_FILEMODE_TREE
            // Advance the old side past entries that sort before this one (deleted entries).
            var match: OpaquePointer?
            while oldIndex < oldCount, let candidate = git_tree_entry_byindex(oldTree, oldIndex) {
                let order = Self.gitOrder(candidate, entry)
                if order < 0 { oldIndex += 1; continue }
                if order == 0 { match = candidate; oldIndex += 1 }
                break
            }
            let newID = git_tree_entry_id(entry)!
            if let match, git_oid_equal(git_tree_entry_id(match), newID) == 1, git_tree_entry_filemode(match) == mode { continue }
            let name = String(cString: git_tree_entry_name(entry))
            if isTree {
                let oldSubtree = match.flatMap { git_tree_entry_filemode($0) == GIT_FILEMODE_TREE ? ObjectID(git_tree_entry_id($0)) : nil }
                try compare(old: oldSubtree, new: ObjectID(newID), prefix: prefix + name + "/", into: &changes)
                continue
            }
            guard mode != GIT_FILEMODE_COMMIT else { continue }
            let oldBlob = match.flatMap { git_tree_entry_filemode($0) == GIT_FILEMODE_TREE || git_tree_entry_filemode($0) == GIT_FILEMODE_COMMIT ? nil : ObjectID(git_tree_entry_id($0)) }
            let path = prefix + name
            changes.append(
                FileChange(
                    status: oldBlob == nil ? .added : .modified, oldPath: path, newPath: path,
                    oldID: oldBlob, newID: ObjectID(newID), kind: TreeEntry(path: path, id: ObjectID(newID), mode: mode).kind
                ))
        }
    }

    /// git's tree order: names compared bytewise, a directory's name as if it ended in "/".
    private static func gitOrder(_ left: OpaquePointer, _ right: OpaquePointer) -> Int {
        let leftName = git_tree_entry_name(left)!, rightName = git_tree_entry_name(right)!
        let leftLength = strlen(leftName), rightLength = strlen(rightName)
        let common = min(leftLength, rightLength)
        let order = memcmp(leftName, rightName, common)
        if order != 0 { return Int(order) }
        let leftNext: UInt8 = leftLength > common ? UInt8(bitPattern: leftName[common]) : (git_tree_entry_filemode(left) == GIT_FILEMODE_TREE ? 0x2F : 0)
        let rightNext: UInt8 = rightLength > common ? UInt8(bitPattern: rightName[common]) : (git_tree_entry_filemode(right) == GIT_FILEMODE_TREE ? 0x2F : 0)
        return Int(leftNext) - Int(rightNext)
    }
}
