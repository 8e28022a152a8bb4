import Foundation
import GroundworkGit

/// The set of blobs already scanned, shared by the walk's workers: each blob is claimed once.
///
/// Keyed by the 20-byte id rather than its hex form: git/git has 260k blobs, and a set of hex
/// strings costs four times the memory.
package final class BlobClaims: @unchecked Sendable {
    private let lock = NSLock()
    private var seen: Set<ObjectID> = []
    private let alreadyStored: (@Sendable (ObjectID) -> Bool)?
    /// Blobs claimed by this walk (the new ones the cache must remember).
    package private(set) var claimed: [ObjectID] = []

    /// `alreadyStored` answers for blobs scanned by an earlier, cached walk.
    package init(alreadyStored: (@Sendable (ObjectID) -> Bool)? = nil) {
        self.alreadyStored = alreadyStored
    }

    /// True exactly once per blob: the caller scans it.
    package func claim(_ blob: ObjectID) -> Bool {
        lock.lock()
        guard seen.insert(blob).inserted else { lock.unlock(); return false }
        lock.unlock()
        if let alreadyStored, alreadyStored(blob) { return false }
        lock.withLock { claimed.append(blob) }
        return true
    }
}
