import Foundation
import GroundworkAuditModel
import GroundworkChecks
import GroundworkGit
import GroundworkSecrets

/// Fills the audit context's tree secret scans: from the cache for blobs scanned before, by reading
/// and scanning the others.
package struct TreeSecretScans {
    /// The scans by blob id, for every readable file asked for.
    package var scans: [ObjectID: BlobSecretScan] = [:]
    /// How many blobs were read and scanned (the others came from the cache).
    package var scanned = 0
    /// How many blobs the cache answered.
    package var cacheHits = 0
    /// Why the cache could not be used, if it could not; the scans are then all fresh.
    package var cacheProblem: String?

    /// Scans `files` of `snapshot`, through the cache at `cachePath` when there is one.
    package static func resolve(
        _ files: [SnapshotFile], in snapshot: RepoSnapshot, cachePath: String?, rulesVersion: String, scanner: SecretScanner = .shared
    ) -> TreeSecretScans {
        var result = TreeSecretScans()
        let ids = Set(files.filter { $0.size <= RepoSnapshot.maxContentBytes }.map(\.id))
        var cache: TreeSecretCache?
        if let cachePath {
            do {
                let opened = try TreeSecretCache(path: cachePath, rulesVersion: rulesVersion)
                result.scans = try opened.scans(for: ids)
                result.cacheHits = result.scans.count
                cache = opened
            } catch {
                // The cache is only a cache: an unusable one means a slower run, never a failed one (D9).
                result.cacheProblem = "the result cache \(cachePath) cannot be used (\(error)); this audit scanned the tree without it"
                result.scans = [:]
            }
        }
        var fresh: [ObjectID: BlobSecretScan] = [:]
        for file in files where result.scans[file.id] == nil && fresh[file.id] == nil {
            guard let data = snapshot.data(file) else { continue }
            fresh[file.id] = BlobSecretScan.scanning(data, with: scanner)
        }
        result.scanned = fresh.count
        result.scans.merge(fresh) { old, _ in old }
        if let cache {
            do {
                try cache.store(fresh)
            } catch {
                result.cacheProblem = "the result cache \(cachePath ?? "") cannot be written (\(error)); the next audit will scan the tree again"
            }
        }
        return result
    }
}
