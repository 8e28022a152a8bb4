import Foundation
import GroundworkGit

/// The contents of the text blobs the history walk read last, so that the blob a change replaced, which the walk
/// read when it went through the older commit that added it, is not read again for the diff.
///
/// Reading a blob again is not cheap: most blobs are deltas in a pack, and libgit2 rebuilds one from its delta
/// chain, which costs five times more when the walk reads blobs out of the order their chains were written in
/// (measured on a keyword-dense history: 1.4 s to read every blob once in walk order, 6.8 s more for the replaced
/// blobs). Kept within a byte budget, oldest out first; a blob that waited too long is read again.
package final class RecentBlobContents: @unchecked Sendable {
    private let lock = NSLock()
    private var contents: [ObjectID: Blob] = [:]
    private var order: [ObjectID] = []
    private var oldest = 0
    private var bytes = 0
    private let budget: Int

    /// `budget`: the most content bytes kept at once.
    package init(budget: Int = 64 * 1024 * 1024) {
        self.budget = budget
    }

    /// The blob, from those kept or read from `repository` (and then kept, unless it is binary or larger than a
    /// sixteenth of the budget).
    package func blob(_ id: ObjectID, in repository: Repository) throws(GitError) -> Blob {
        if let kept = lock.withLock({ contents[id] }) { return kept }
        let blob = try repository.blob(id)
        if !blob.isBinary, blob.data.count <= budget / 16 { keep(blob) }
        return blob
    }

    private func keep(_ blob: Blob) {
        lock.withLock {
            guard contents.updateValue(blob, forKey: blob.id) == nil else { return }
            order.append(blob.id)
            bytes += blob.data.count
            while bytes > budget, oldest < order.count {
                if let dropped = contents.removeValue(forKey: order[oldest]) { bytes -= dropped.data.count }
                oldest += 1
            }
            // The evicted ids are dropped from the queue once they are most of it.
            if oldest > 4_096, oldest * 2 > order.count {
                order.removeFirst(oldest)
                oldest = 0
            }
        }
    }
}
