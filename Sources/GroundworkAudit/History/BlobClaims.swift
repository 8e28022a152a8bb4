import Foundation

/// The set of blobs already scanned, shared by the walk's workers: each blob is claimed once.
package final class BlobClaims: @unchecked Sendable {
    private let lock = NSLock()
    private var seen: Set<String> = []
    private let alreadyStored: (@Sendable (String) -> Bool)?
    /// Blobs claimed by this walk (the new ones the cache must remember).
    package private(set) var claimed: [String] = []

    /// `alreadyStored` answers for blobs scanned by an earlier, cached walk.
    package init(alreadyStored: (@Sendable (String) -> Bool)? = nil) {
        self.alreadyStored = alreadyStored
    }

    /// True exactly once per blob: the caller scans it.
    package func claim(_ blob: String) -> Bool {
        lock.lock()
        guard seen.insert(blob).inserted else { lock.unlock(); return false }
        lock.unlock()
        if let alreadyStored, alreadyStored(blob) { return false }
        lock.withLock { claimed.append(blob) }
        return true
    }
}
