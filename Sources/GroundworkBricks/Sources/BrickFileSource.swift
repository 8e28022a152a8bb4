import Foundation
import GroundworkGit

/// Read access to a tree of brick folders: a directory on disk, or a commit's tree in git.
protocol BrickFileSource {
    /// The bytes at a path relative to the source's root; nil when there is no such file.
    func read(_ path: String) throws -> Data?
    /// The folders (relative to the root; "" for the root) that hold a brick.yaml.
    func brickFolders() throws -> [String]
    /// How to show a path of this source in messages.
    func display(_ path: String) -> String
}

/// Brick folders in a directory on disk.
struct DirectoryBrickSource: BrickFileSource {
    let root: String
    /// What messages show in place of `root` (`Plugins` for the built-in library).
    let displayRoot: String

    func read(_ path: String) throws -> Data? {
        // Templates are files inside the brick folder: a symlink (the file or a folder on the way)
        // could lead anywhere on the machine.
        let parts = path.split(separator: "/").map(String.init)
        var full = root
        for (index, part) in parts.enumerated() {
            full += "/" + part
            var info = stat()
            guard lstat(full, &info) == 0 else { return nil }
            let expected = index == parts.count - 1 ? S_IFREG : S_IFDIR
            guard info.st_mode & S_IFMT == expected else {
                throw BrickError(
                    .source,
                    "\(parts.prefix(index + 1).joined(separator: "/")) is not a plain \(expected == S_IFREG ? "file" : "folder") (a symlink?); brick files must be plain files inside the brick folder",
                    file: display(path))
            }
        }
        return try Data(contentsOf: URL(fileURLWithPath: full))
    }

    func brickFolders() throws -> [String] {
        if FileManager.default.fileExists(atPath: root + "/brick.yaml") { return [""] }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw BrickError(.source, "\(displayRoot): no such directory of bricks")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: root)
        return names.sorted().filter { name in
            !name.hasPrefix(".") && !name.hasPrefix("_") && FileManager.default.fileExists(atPath: root + "/" + name + "/brick.yaml")
        }
    }

    func display(_ path: String) -> String { path.isEmpty ? displayRoot : displayRoot + "/" + path }
}

/// Brick folders in a commit's tree, read from the object database without a checkout.
struct GitTreeBrickSource: BrickFileSource {
    let repository: Repository
    let tree: ObjectID
    let displayRoot: String

    func read(_ path: String) throws -> Data? {
        guard let entry = try repository.entry(at: path, inTree: tree) else { return nil }
        guard entry.isRegularFile else {
            throw BrickError(.source, "not a regular file (a symlink, a submodule or a directory); brick files must be plain files", file: display(path))
        }
        return try repository.blob(entry.id).data
    }

    func brickFolders() throws -> [String] {
        if try repository.entry(at: "brick.yaml", inTree: tree) != nil { return [""] }
        var folders: [String] = []
        try repository.walkTree(tree) { entry in
            if entry.kind == .directory, !entry.name.hasPrefix("."), !entry.name.hasPrefix("_"),
                try repository.entry(at: entry.path + "/brick.yaml", inTree: tree)?.isRegularFile == true
            {
                folders.append(entry.path)
            }
            return .skip
        }
        return folders.sorted()
    }

    func display(_ path: String) -> String { path.isEmpty ? displayRoot : displayRoot + ":" + path }
}
