import Crypto
import Foundation
import GroundworkBasics
import GroundworkHTTP

/// Loads bricks from a tarball pinned by sha256: downloaded into the cache, verified, then extracted.
enum TarballBrickSource {
    /// Downloads (or reuses) the archive, checks its sha256 before looking inside, extracts it once
    /// into the cache and loads its bricks.
    static func load(url: String, sha256: String, cacheRoot: String) async throws -> [Brick] {
        let packs = cacheRoot + "/packs/" + sha256
        let label = URLRedaction.redact(url)
        if !FileManager.default.fileExists(atPath: packs) {
            do {
                let data = try await fetch(url, cacheRoot: cacheRoot, label: label)
                let actual = digest(data)
                guard actual == sha256 else {
                    throw BrickError(.source, "--bricks \(label): checksum mismatch: expected sha256 \(sha256), the download has \(actual); nothing was extracted")
                }
                try extract(data, into: packs, label: label)
            } catch let error as BrickError {
                throw error
            } catch {
                // The download and the extraction go through the cache folder: a full disk, a read-only
                // folder or a file where the folder should be is the environment's, named as such.
                throw BrickError(
                    .source,
                    "--bricks \(label): cannot use the brick cache in \(cacheRoot): \(FileSystemReason.describe(error)); "
                        + "make GROUNDWORK_CACHE_DIR a writable folder with free space"
                )
            }
        }
        let root = packRoot(packs)
        let source = DirectoryBrickSource(root: root, displayRoot: label)
        let bricks = try BrickLoader.loadAll(from: source, origin: .tarball(url: label, sha256: sha256))
        if bricks.isEmpty { throw BrickError(.source, "--bricks \(label): the archive holds no brick.yaml") }
        return bricks
    }

    /// The hex sha256 of `data`.
    static func digest(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }

    private static func fetch(_ url: String, cacheRoot: String, label: String) async throws -> Data {
        if url.lowercased().hasPrefix("file://") {
            let path = URL(string: url)?.path ?? String(url.dropFirst("file://".count))
            guard let data = FileManager.default.contents(atPath: path) else { throw BrickError(.source, "--bricks \(label): no such file") }
            return data
        }
        let downloads = cacheRoot + "/downloads"
        try FileManager.default.createDirectory(atPath: downloads, withIntermediateDirectories: true)
        let target = URL(fileURLWithPath: downloads + "/" + UUID().uuidString + ".tar.gz")
        defer { try? FileManager.default.removeItem(at: target) }
        var request = HTTPRequest.get(url)
        request.maxResponseBytes = 50 * 1_048_576
        do {
            try await HTTPClient().download(request, to: target)
        } catch let error as HTTPError {
            throw BrickError(.source, "--bricks \(label): download failed: \(error)")
        }
        return try Data(contentsOf: target)
    }

    /// Extracts into a fresh folder beside `destination`, renamed into place only when all went well.
    private static func extract(_ data: Data, into destination: String, label: String) throws {
        let partial = destination + ".partial-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: partial, withIntermediateDirectories: true)
        do {
            let tar = Gzip.isCompressed(data) ? try Gzip.decompress(data, limit: 200 * 1_048_576) : data
            try TarArchive.extract(tar, into: partial)
            try FileManager.default.moveItem(atPath: partial, toPath: destination)
        } catch let error as BrickError {
            try? FileManager.default.removeItem(atPath: partial)
            throw BrickError(error.code, "--bricks \(label): \(error.message)")
        } catch {
            try? FileManager.default.removeItem(atPath: partial)
            // Another process may have extracted the same pack first.
            if !FileManager.default.fileExists(atPath: destination) { throw error }
        }
    }

    /// The folder of bricks: the extraction root, or its single top folder (`bricks-1.4.0/`).
    private static func packRoot(_ directory: String) -> String {
        let manager = FileManager.default
        if manager.fileExists(atPath: directory + "/brick.yaml") { return directory }
        let names = ((try? manager.contentsOfDirectory(atPath: directory)) ?? []).filter { !$0.hasPrefix(".") }
        var isDirectory: ObjCBool = false
        if names.count == 1, manager.fileExists(atPath: directory + "/" + names[0], isDirectory: &isDirectory), isDirectory.boolValue {
            return directory + "/" + names[0]
        }
        return directory
    }
}
