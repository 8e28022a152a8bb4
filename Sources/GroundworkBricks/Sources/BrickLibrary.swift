import Foundation
import GroundworkBasics

/// The bricks available to a run: the built-in ones, then each `--bricks` source (a later source's
/// brick replaces an earlier one with the same id).
package struct BrickLibrary: Sendable {
    /// Bricks by id.
    package private(set) var bricks: [String: Brick] = [:]

    package init(_ bricks: [Brick] = []) {
        for brick in bricks { self.bricks[brick.id] = brick }
    }

    /// Loads the built-in library (when `builtin` is on and one is found) and then `sources`.
    package static func load(sources: [BrickSource], builtin: Bool = true, pluginsFolder: String? = BuiltinPlugins.locate(), directories: Directories = .resolve()) async throws -> BrickLibrary {
        var library = BrickLibrary()
        if builtin, let pluginsFolder {
            library.add(try builtinBricks(at: pluginsFolder))
        }
        for source in sources {
            library.add(try await load(source, directories: directories))
        }
        return library
    }

    /// The bricks of the built-in Plugins folder.
    package static func builtinBricks(at folder: String) throws -> [Brick] {
        try BrickLoader.loadAll(from: DirectoryBrickSource(root: folder, displayRoot: "Plugins"), origin: .builtin)
    }

    /// The bricks of one source.
    package static func load(_ source: BrickSource, directories: Directories) async throws -> [Brick] {
        switch source {
        case .directory(let path):
            let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
            let bricks = try BrickLoader.loadAll(from: DirectoryBrickSource(root: absolute, displayRoot: path), origin: .directory(path))
            if bricks.isEmpty { throw BrickError(.source, "--bricks \(path): no brick.yaml in the folder or its subfolders") }
            return bricks
        case .git(let url, let ref):
            return try GitBrickSource.load(url: url, ref: ref, cacheRoot: directories.cache + "/bricks/git")
        case .tarball(let url, let sha256):
            return try await TarballBrickSource.load(url: url, sha256: sha256, cacheRoot: directories.cache + "/bricks")
        }
    }

    /// Adds bricks, replacing any with the same id.
    package mutating func add(_ more: [Brick]) {
        for brick in more { bricks[brick.id] = brick }
    }

    /// The brick with this id.
    package func brick(_ id: String) -> Brick? { bricks[id] }

    /// Every brick, by id.
    package var all: [Brick] { bricks.values.sorted { $0.id < $1.id } }

    /// The brick, or an error that lists the ids there are.
    package func require(_ id: String) throws(BrickError) -> Brick {
        if let brick = bricks[id] { return brick }
        let known = bricks.keys.sorted()
        throw BrickError(.composition, "unknown brick \"\(id)\"; available: \(known.isEmpty ? "none (no built-in Plugins folder found; pass --bricks DIR)" : known.joined(separator: ", "))")
    }
}
