import GroundworkGit

/// One entry of the audited tree: a file, an executable, a symlink or a submodule.
package struct SnapshotFile: Sendable, Hashable {
    package let path: String
    /// The blob id (commit id for a submodule).
    package var id: ObjectID
    package var kind: TreeEntry.Kind
    /// Size in bytes (0 for a submodule).
    package var size: Int

    package init(path: String, id: ObjectID, kind: TreeEntry.Kind, size: Int) {
        self.path = path
        self.id = id
        self.kind = kind
        self.size = size
        let name = path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
        self.name = name
        if let dot = name.lastIndex(of: "."), dot != name.startIndex {
            fileExtension = name[name.index(after: dot)...].lowercased()
        } else {
            fileExtension = ""
        }
    }

    /// The last path component. Stored, like `fileExtension`: checks ask for them of every file of
    /// a 100k-file tree, many times over (a fifth of a tree audit of git/git when computed).
    package let name: String

    /// The directory, "" at the root.
    package var directory: String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    /// The extension in lowercase without the dot ("" when none): `ts` for `src/App.TS`.
    package let fileExtension: String
}
