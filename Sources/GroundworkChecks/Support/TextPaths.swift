import GroundworkAuditModel

/// Path rules shared by content checks: vendored folders to skip, extensions that mean source code,
/// and byte-level path helpers for loops over every file (`SnapshotFile.name` and friends work on
/// Characters, which costs seconds on a tree of 100k files).
enum TextPaths {
    /// Folders that hold other people's code or installed packages, never the project's own.
    static let vendoredDirectories: Set<Substring> = [
        "node_modules", "bower_components", "jspm_packages", "vendor", "third_party", "thirdparty",
        ".venv", "venv", "site-packages", "Pods", "Carthage", ".yarn", ".git",
    ]

    /// Extensions of files that are program source, for deciding that a repository holds code at all.
    static let sourceExtensions: Set<Substring> = [
        "js", "jsx", "mjs", "cjs", "ts", "tsx", "mts", "cts", "vue", "svelte", "py", "go", "rs", "swift",
        "java", "kt", "kts", "scala", "groovy", "rb", "php", "cs", "fs", "vb", "c", "h", "cc", "cpp", "cxx", "hpp",
        "m", "mm", "ex", "exs", "erl", "clj", "hs", "ml", "dart", "lua", "r", "jl", "zig", "nim", "cr", "pl", "sh",
    ]

    private static let slash = UInt8(ascii: "/")

    /// The last component of `path`.
    static func name(_ path: String) -> Substring {
        guard let last = path.utf8.lastIndex(of: slash) else { return path[...] }
        return path[path.utf8.index(after: last)...]
    }

    /// The folder of `path`, "" at the root.
    static func directory(_ path: String) -> Substring {
        guard let last = path.utf8.lastIndex(of: slash) else { return "" }
        return path[..<last]
    }

    /// The extension after the last dot of the name, as written ("" when none or a dot-file).
    static func fileExtension(_ path: String) -> Substring {
        let name = name(path)
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")), dot != name.startIndex else { return "" }
        return name[name.utf8.index(after: dot)...]
    }

    /// True when `path` is at the root or at most `depth` folders down.
    static func isShallow(_ path: String, depth: Int) -> Bool {
        var slashes = 0
        for byte in path.utf8 where byte == slash {
            slashes += 1
            if slashes > depth { return false }
        }
        return true
    }

    /// The folders of `path`, without its name.
    static func folders(_ path: String) -> [Substring] {
        var folders: [Substring] = []
        var start = path.startIndex
        var index = path.utf8.startIndex
        while index < path.utf8.endIndex {
            if path.utf8[index] == slash {
                folders.append(path[start..<index])
                start = path.utf8.index(after: index)
            }
            index = path.utf8.index(after: index)
        }
        return folders
    }

    /// True when a folder of `path` is vendored (`web/node_modules/x/test/a.js`).
    static func isVendored(_ path: String) -> Bool {
        var start = path.startIndex
        var index = path.utf8.startIndex
        while index < path.utf8.endIndex {
            if path.utf8[index] == slash {
                if vendoredDirectories.contains(path[start..<index]) { return true }
                start = path.utf8.index(after: index)
            }
            index = path.utf8.index(after: index)
        }
        return false
    }

    /// True when the file's extension is one of `extensions` (lower case), whatever its case.
    static func hasExtension(_ path: String, in extensions: Set<Substring>) -> Bool {
        let ext = fileExtension(path)
        guard !ext.isEmpty, ext.utf8.count <= 6 else { return false }
        if extensions.contains(ext) { return true }
        guard ext.utf8.contains(where: { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }) else { return false }
        return extensions.contains(Substring(ext.lowercased()))
    }

    /// True when `name` starts with `prefix`, compared byte for byte.
    static func hasPrefix(_ name: Substring, _ prefix: String) -> Bool {
        name.utf8.starts(with: prefix.utf8)
    }

    /// The regular files a content check reads: not excluded by `.groundwork.yaml`, not vendored.
    static func projectFiles(_ context: AuditContext) -> [SnapshotFile] {
        context.includedFiles.filter { !isVendored($0.path) }
    }

    /// True when the repository holds code: the detector found a package, or a source file exists.
    static func hasSourceCode(_ context: AuditContext, files: [SnapshotFile]) -> Bool {
        !context.stack.packages.isEmpty || files.contains { hasExtension($0.path, in: sourceExtensions) }
    }
}
