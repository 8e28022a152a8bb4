import Foundation
import GroundworkGit

/// The rules every path a brick writes must follow: relative, inside the repository, never under
/// `.git/`, never through a symlink.
package enum DestinationPath {
    /// The path with `.` and empty components dropped, or the reason it is refused.
    package static func normalise(_ path: String) -> Result<String, BrickError> {
        if let problem = problem(path) { return .failure(BrickError(.unsafePath, "\(path): \(problem)")) }
        return .success(components(path).joined(separator: "/"))
    }

    /// Why a relative path is unsafe, or nil when it is fine (lexical rules only).
    package static func problem(_ path: String) -> String? {
        if path.isEmpty { return "empty path" }
        if path.hasPrefix("/") || path.hasPrefix("~") { return "absolute path; a brick writes only inside the repository" }
        if path.contains("\0") || path.contains("\\") { return "a path may not hold NUL or backslash characters" }
        let parts = components(path)
        if parts.isEmpty { return "the path names the repository itself, not a file" }
        if path.split(separator: "/", omittingEmptySubsequences: false).contains("..") {
            return "'..' climbs out of the repository; a brick writes only inside it"
        }
        if parts.contains(where: { $0.lowercased() == ".git" }) { return "nothing may be written under .git/" }
        if let alias = parts.first(where: isGitDirectoryAlias) {
            return "\(alias) names .git on some file systems (NTFS or HFS+); nothing may be written under .git/"
        }
        return nil
    }

    /// The code points HFS+ ignores when it compares names (libgit2's protectHFS list), so that
    /// `.g\u{200C}it` opens `.git` on a Mac.
    private static let hfsIgnorable: Set<UInt32> = [0x200C, 0x200D, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x206A, 0x206B, 0x206C, 0x206D, 0x206E, 0x206F, 0xFEFF]

    /// True for a component that NTFS or HFS+ resolves to `.git`, as libgit2's protectNTFS and protectHFS
    /// rules judge it: trailing dots and spaces (`.git.`, `.git `), the 8.3 short name `GIT~1`, an
    /// alternate data stream (`.git::$INDEX_ALLOCATION`), ignorable code points, any case.
    static func isGitDirectoryAlias(_ component: String) -> Bool {
        let visible = String(String.UnicodeScalarView(component.unicodeScalars.filter { !hfsIgnorable.contains($0.value) })).lowercased()
        var trimmed = Substring(visible)
        while let last = trimmed.last, last == " " || last == "." { trimmed = trimmed.dropLast() }
        if trimmed == ".git" || trimmed == "git~1" { return true }
        return visible.hasPrefix(".git:") || visible.hasPrefix("git~1:")
    }

    /// Refuses a path whose parent folders (or itself) are a symlink, a file or a submodule in `tree`.
    static func checkTree(_ path: String, tree: ObjectID?, repository: Repository) throws -> BrickError? {
        guard let tree else { return nil }
        let parts = components(path)
        for depth in 1...parts.count {
            let prefix = parts.prefix(depth).joined(separator: "/")
            guard let entry = try repository.entry(at: prefix, inTree: tree) else { return nil }
            let isLast = depth == parts.count
            switch entry.kind {
            case .symlink:
                return BrickError(.unsafePath, "\(path): \(prefix) is a symlink in the repository; a brick never writes through a symlink")
            case .submodule:
                return BrickError(.unsafePath, "\(path): \(prefix) is a submodule; a brick does not write into submodules")
            case .file where !isLast, .executable where !isLast:
                return BrickError(.unsafePath, "\(path): \(prefix) is a file, so it cannot hold \(parts[depth...].joined(separator: "/"))")
            case .directory where isLast:
                return BrickError(.unsafePath, "\(path): is a directory in the repository, not a file")
            default:
                continue
            }
        }
        return nil
    }

    /// The same refusal for the work tree on disk (symlinks are read with lstat, never followed).
    static func checkWorkTree(_ path: String, root: String) -> BrickError? {
        let parts = components(path)
        var current = root.hasSuffix("/") ? String(root.dropLast()) : root
        for (index, part) in parts.enumerated() {
            current += "/" + part
            var info = stat()
            guard lstat(current, &info) == 0 else { return nil }
            let kind = info.st_mode & S_IFMT
            let isLast = index == parts.count - 1
            if kind == S_IFLNK {
                return BrickError(.unsafePath, "\(path): \(parts.prefix(index + 1).joined(separator: "/")) is a symlink in the work tree; a brick never writes through a symlink")
            }
            if !isLast, kind != S_IFDIR {
                return BrickError(.unsafePath, "\(path): \(parts.prefix(index + 1).joined(separator: "/")) is not a directory in the work tree")
            }
            if isLast, kind == S_IFDIR {
                return BrickError(.unsafePath, "\(path): is a directory in the work tree, not a file")
            }
        }
        return nil
    }

    private static func components(_ path: String) -> [String] {
        path.split(separator: "/", omittingEmptySubsequences: true).map(String.init).filter { $0 != "." }
    }
}
