import Foundation
import GroundworkGit

/// The tree of one commit, read straight from the object database: no checkout needed.
///
/// File contents load lazily and are cached by blob id. Reads go through one lock because the
/// libgit2 repository behind them serves one thread at a time; checks may run concurrently.
package final class RepoSnapshot: @unchecked Sendable {
    /// Content checks skip files larger than this (they are counted, not read).
    package static let maxContentBytes = 10 * 1024 * 1024

    /// The audited commit; nil for a snapshot made in memory.
    package let commit: Commit?
    /// Every file, executable, symlink and submodule, sorted by path.
    package let files: [SnapshotFile]
    /// Paths of submodules (listed, never followed).
    package var submodules: [String] { files.filter { $0.kind == .submodule }.map(\.path) }

    private let loader: @Sendable (ObjectID) throws -> Data
    private let lock = NSLock()
    private var contents: [ObjectID: Data] = [:]
    private var byPath: [String: Int] = [:]
    private var byLowercasedPath: [String: [Int]] = [:]
    private var unreadablePaths: [String: String] = [:]

    /// A snapshot over `files`, whose contents `loader` reads by blob id.
    package init(commit: Commit?, files: [SnapshotFile], loader: @escaping @Sendable (ObjectID) throws -> Data) {
        self.commit = commit
        self.files = files.sorted { $0.path < $1.path }
        self.loader = loader
        for (index, file) in self.files.enumerated() {
            byPath[file.path] = index
            byLowercasedPath[file.path.lowercased(), default: []].append(index)
        }
    }

    /// A snapshot of text files held in memory, for unit tests and generated content.
    package convenience init(texts: [String: String]) {
        var blobs: [ObjectID: Data] = [:]
        let files = texts.map { path, text in
            let data = Data(text.utf8)
            let id = ObjectID.forBlob(data)
            blobs[id] = data
            return SnapshotFile(path: path, id: id, kind: .file, size: data.count)
        }
        let frozen = blobs
        self.init(commit: nil, files: files) { id in
            guard let data = frozen[id] else { throw CocoaError(.fileNoSuchFile) }
            return data
        }
    }

    // MARK: - Finding files

    /// The entry at exactly `path`.
    package func file(at path: String) -> SnapshotFile? { byPath[path].map { files[$0] } }

    /// True when a file exists at exactly `path`.
    package func contains(_ path: String) -> Bool { byPath[path] != nil }

    /// The first entry at `path`, compared case-insensitively (`readme.MD` finds `README.md`).
    package func fileIgnoringCase(at path: String) -> SnapshotFile? {
        byLowercasedPath[path.lowercased()]?.first.map { files[$0] }
    }

    /// The first file whose name, without case, is one of `names`, in the first of `directories`
    /// that has one ("" is the root) — the way GitHub looks for README, LICENSE, SECURITY….
    package func firstFile(named names: [String], in directories: [String] = ["", ".github", "docs"]) -> SnapshotFile? {
        let wanted = Set(names.map { $0.lowercased() })
        for directory in directories {
            if let match = files.first(where: { $0.directory.lowercased() == directory.lowercased() && wanted.contains($0.name.lowercased()) }) {
                return match
            }
        }
        return nil
    }

    /// Files whose name (case-insensitive) starts with `prefix`, in the given directories.
    package func files(namePrefix prefix: String, in directories: [String] = ["", ".github", "docs"]) -> [SnapshotFile] {
        let lowered = prefix.lowercased()
        let folders = Set(directories.map { $0.lowercased() })
        return files.filter { folders.contains($0.directory.lowercased()) && $0.name.lowercased().hasPrefix(lowered) }
    }

    /// Regular files (and executables) under `directory` ("" for all), at any depth.
    package func files(under directory: String) -> [SnapshotFile] {
        let prefix = directory.isEmpty ? "" : directory.hasSuffix("/") ? directory : directory + "/"
        return files.filter { ($0.kind == .file || $0.kind == .executable) && $0.path.hasPrefix(prefix) }
    }

    // MARK: - Reading content

    /// The raw bytes of a file; nil for a submodule, a file over `maxContentBytes` or an unreadable
    /// (corrupted) object, which is recorded in `unreadable`.
    package func data(_ file: SnapshotFile) -> Data? {
        guard file.kind != .submodule, file.kind != .directory, file.size <= Self.maxContentBytes else { return nil }
        lock.lock()
        defer { lock.unlock() }
        if let cached = contents[file.id] { return cached }
        do {
            let data = try loader(file.id)
            contents[file.id] = data
            return data
        } catch {
            unreadablePaths[file.path] = String(describing: error)
            return nil
        }
    }

    /// A file's text; nil when missing, binary (a NUL byte), not UTF-8, too large or unreadable.
    package func text(_ file: SnapshotFile) -> String? {
        guard file.kind == .file || file.kind == .executable, let data = data(file) else { return nil }
        let looksBinary = data.withUnsafeBytes { bytes in
            bytes.baseAddress.map { memchr($0, 0, Swift.min(8000, bytes.count)) != nil } ?? false
        }
        if looksBinary { return nil }
        // The standard library's validating decoder is several times faster than Foundation's on Linux.
        return String(validating: data, as: UTF8.self)
    }

    /// The text at exactly `path`.
    package func text(at path: String) -> String? { file(at: path).flatMap(text) }

    /// Files over `maxContentBytes`, which content checks skip.
    package var oversizedFiles: [SnapshotFile] { files.filter { $0.size > Self.maxContentBytes } }

    /// Records a path whose object could not be read.
    package func recordUnreadable(_ path: String, _ error: String) {
        lock.lock()
        defer { lock.unlock() }
        unreadablePaths[path] = error
    }

    /// Paths whose objects could not be read (corrupted or missing), with the error, so far.
    package var unreadable: [String: String] {
        lock.lock()
        defer { lock.unlock() }
        return unreadablePaths
    }
}
