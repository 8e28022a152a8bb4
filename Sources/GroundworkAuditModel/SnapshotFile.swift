import GroundworkGit

/// One entry of the audited tree: a file, an executable, a symlink or a submodule.
public struct SnapshotFile: Sendable, Hashable {
    public var path: String
    /// The blob id (commit id for a submodule).
    public var id: ObjectID
    public var kind: TreeEntry.Kind
    /// Size in bytes (0 for a submodule).
    public var size: Int

    public init(path: String, id: ObjectID, kind: TreeEntry.Kind, size: Int) {
        self.path = path
        self.id = id
        self.kind = kind
        self.size = size
    }

    /// The last path component.
    public var name: String { path.split(separator: "/").last.map(String.init) ?? path }

    /// The directory, "" at the root.
    public var directory: String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    /// The extension in lowercase without the dot ("" when none): `ts` for `src/App.TS`.
    public var fileExtension: String {
        let name = self.name
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }
}
