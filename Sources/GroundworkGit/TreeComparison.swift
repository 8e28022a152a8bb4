import CGit2
import Foundation

extension Repository {
    /// The files (and executables, symlinks) that `new` adds or changes compared with `old` (nil: the
    /// empty tree): the fast path of the history walk.
    ///
    /// It merge-joins the two trees' sorted entries and skips every subtree whose id did not change,
    /// as git does, instead of going through libgit2's general diff machinery, which allocates a
    /// delta per entry and was most of the history walk's time. Deletions are not reported.
    ///
    /// `recent` keeps the trees this comparison reads on its new side for the next one to find on its old side, as
    /// when the next commit's parent is this one (libgit2 keeps no trees in its cache, see `LibGit2`).
    package func changedFiles(from old: ObjectID?, to new: ObjectID, recent: RecentTrees? = nil) throws(GitError) -> [FileChange] {
        var changes: [FileChange] = []
        let recent = recent ?? RecentTrees()
        defer { recent.comparisonEnded() }
        try compare(old: old, new: new, prefix: "", recent: recent, into: &changes)
        return changes
    }

    private func compare(old: ObjectID?, new: ObjectID, prefix: String, recent: RecentTrees, into changes: inout [FileChange]) throws(GitError) {
        let newTree = try recent.tree(new, in: self)
        recent.readNow[new] = newTree
        let oldTree = try old.map { id throws(GitError) in try recent.tree(id, in: self) }
        var oldOffset = 0
        var newOffset = 0
        while newOffset < newTree.bytes.count {
            let entry = try newTree.entry(at: newOffset)
            defer { newOffset = entry.end }
            // Advance the old side past entries that sort before this one (deleted entries). An entry whose
            // bytes are the same on both sides (name, mode and id) is unchanged: most entries, decided by one
            // comparison of bytes.
            var match: RawTree.Entry?
            var isUnchanged = false
            if let oldTree {
                while oldOffset < oldTree.bytes.count {
                    let candidate = try oldTree.entry(at: oldOffset)
                    if candidate.end - oldOffset == entry.end - newOffset,
                        memcmp(oldTree.bytes.baseAddress! + oldOffset, newTree.bytes.baseAddress! + newOffset, entry.end - newOffset) == 0
                    {
                        oldOffset = candidate.end
                        isUnchanged = true
                        break
                    }
                    let order = RawTree.gitOrder(candidate, in: oldTree, entry, in: newTree)
                    if order < 0 { oldOffset = candidate.end; continue }
                    if order == 0 { match = candidate; oldOffset = candidate.end }
                    break
                }
            }
            if isUnchanged { continue }
            let newID = newTree.id(of: entry)
            if let match, oldTree!.id(of: match) == newID, match.mode == entry.mode { continue }
            let name = newTree.name(of: entry)
            if entry.mode == GIT_FILEMODE_TREE {
                let oldSubtree = match.flatMap { $0.mode == GIT_FILEMODE_TREE ? oldTree!.id(of: $0) : nil }
                try compare(old: oldSubtree, new: newID, prefix: prefix + name + "/", recent: recent, into: &changes)
                continue
            }
            guard entry.mode != GIT_FILEMODE_COMMIT else { continue }
            let oldBlob = match.flatMap { $0.mode == GIT_FILEMODE_TREE || $0.mode == GIT_FILEMODE_COMMIT ? nil : oldTree!.id(of: $0) }
            let path = prefix + name
            changes.append(
                FileChange(
                    status: oldBlob == nil ? .added : .modified, oldPath: path, newPath: path,
                    oldID: oldBlob, newID: newID, kind: TreeEntry(path: path, id: newID, mode: entry.mode).kind
                ))
        }
    }
}

/// The trees the last comparison read on its new side: the history walk compares each commit with its parent,
/// which is mostly the commit it compared just before, so the old side's changed trees are the ones read then.
package final class RecentTrees {
    fileprivate var readBefore: [ObjectID: RawTree] = [:]
    fileprivate var readNow: [ObjectID: RawTree] = [:]

    package init() {}

    /// The tree `id`, from those the last comparison read, or else from the repository.
    fileprivate func tree(_ id: ObjectID, in repository: Repository) throws(GitError) -> RawTree {
        if let tree = readBefore[id] { return tree }
        return try RawTree(id, in: repository)
    }

    fileprivate func comparisonEnded() {
        swap(&readBefore, &readNow)
        readNow.removeAll(keepingCapacity: true)
    }
}

/// A tree object read in place from its raw bytes (`<octal mode> <name>\0<20-byte id>` per entry, sorted in
/// git's order): comparing two trees this way needs neither libgit2's parse of every entry into an array nor a
/// call into libgit2 per entry, which on git/git's big directories (`t/`, `Documentation/`, the root) were most of
/// the history walk's first pass.
private final class RawTree {
    /// One entry: where its parts are in the tree's bytes, and its mode as libgit2 reports it.
    struct Entry {
        var mode: git_filemode_t
        var nameStart: Int
        var nameLength: Int
        /// Where the entry ends: the next one starts there.
        var end: Int
    }

    private let object: OpaquePointer
    let bytes: UnsafeRawBufferPointer
    private let id: ObjectID

    init(_ id: ObjectID, in repository: Repository) throws(GitError) {
        var object: OpaquePointer?
        var oid = id.raw
        try check(git_odb_read(&object, repository.objectDatabase(), &oid), "reading tree \(id.short)")
        guard let object else { throw GitError(code: .generic(-1), message: "libgit2 returned no object", context: id.short) }
        guard git_odb_object_type(object) == GIT_OBJECT_TREE else {
            git_odb_object_free(object)
            throw GitError(code: .invalid, message: "the object is not a tree", context: id.short)
        }
        self.object = object
        self.id = id
        bytes = UnsafeRawBufferPointer(start: git_odb_object_data(object), count: git_odb_object_size(object))
    }

    deinit { git_odb_object_free(object) }

    /// The entry that starts at `offset`; throws when the tree is malformed there.
    func entry(at offset: Int) throws(GitError) -> Entry {
        var position = offset
        var mode: UInt32 = 0
        while position < bytes.count, bytes[position] != 0x20 {
            let digit = bytes[position] &- 0x30
            guard digit < 8 else { throw malformed(at: offset) }
            mode = mode << 3 | UInt32(digit)
            position += 1
        }
        guard position > offset, position < bytes.count else { throw malformed(at: offset) }
        let nameStart = position + 1
        guard nameStart < bytes.count,
            let terminator = memchr(bytes.baseAddress! + nameStart, 0, bytes.count - nameStart)
        else { throw malformed(at: offset) }
        let nameLength = UnsafeRawPointer(terminator) - (bytes.baseAddress! + nameStart)
        let end = nameStart + nameLength + 1 + 20
        guard nameLength > 0, end <= bytes.count else { throw malformed(at: offset) }
        return Entry(mode: Self.normalized(mode), nameStart: nameStart, nameLength: nameLength, end: end)
    }

    func id(of entry: Entry) -> ObjectID {
        var oid = git_oid()
        git_oid_fromraw(&oid, (bytes.baseAddress! + entry.end - 20).assumingMemoryBound(to: UInt8.self))
        return ObjectID(oid)
    }

    func name(of entry: Entry) -> String {
        String(decoding: UnsafeRawBufferPointer(rebasing: bytes[entry.nameStart..<(entry.nameStart + entry.nameLength)]), as: UTF8.self)
    }

    /// git's tree order: names compared bytewise, a directory's name as if it ended in "/".
    static func gitOrder(_ left: Entry, in leftTree: RawTree, _ right: Entry, in rightTree: RawTree) -> Int {
        let leftName = leftTree.bytes.baseAddress! + left.nameStart, rightName = rightTree.bytes.baseAddress! + right.nameStart
        let common = min(left.nameLength, right.nameLength)
        let order = memcmp(leftName, rightName, common)
        if order != 0 { return Int(order) }
        let leftNext: UInt8 = left.nameLength > common ? leftName.load(fromByteOffset: common, as: UInt8.self) : (left.mode == GIT_FILEMODE_TREE ? 0x2F : 0)
        let rightNext: UInt8 = right.nameLength > common ? rightName.load(fromByteOffset: common, as: UInt8.self) : (right.mode == GIT_FILEMODE_TREE ? 0x2F : 0)
        return Int(leftNext) - Int(rightNext)
    }

    /// A mode as `git_tree_entry_filemode` reports it: libgit2 folds the unusual modes old git wrote (`100664`,
    /// `040755`) into the five it knows.
    private static func normalized(_ mode: UInt32) -> git_filemode_t {
        let type = mode & 0o170000
        if type == 0o040000 { return GIT_FILEMODE_TREE }
        if mode & 0o100 != 0 { return GIT_FILEMODE_BLOB_EXECUTABLE }
        if type == 0o160000 { return GIT_FILEMODE_COMMIT }
        if type == 0o120000 { return GIT_FILEMODE_LINK }
        return GIT_FILEMODE_BLOB
    }

    private func malformed(at offset: Int) -> GitError {
        GitError(code: .corrupted, message: "malformed tree entry at byte \(offset)", context: id.short)
    }
}
