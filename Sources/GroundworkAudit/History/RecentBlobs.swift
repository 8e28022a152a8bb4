import Foundation
import GroundworkGit

/// The text blobs one history worker read last, kept open, so that the blob a change replaced — which the worker
/// read at the older commit that added it — is diffed from memory instead of being read again.
///
/// Reading a blob again is not cheap: most blobs are deltas in a pack, and libgit2 rebuilds one from its delta
/// chain, which costs five times more when the walk reads blobs out of the order their chains were written in
/// (measured on a keyword-dense history: 1.4 s to read every blob once in walk order, 6.8 s more for the replaced
/// blobs). Kept within a byte budget, oldest out first; a blob that waited too long is read again. One per
/// worker: a blob belongs to its repository's thread.
package final class RecentBlobs {
    private var blobs: [ObjectID: LoadedBlob] = [:]
    private var order: [ObjectID] = []
    private var oldest = 0
    private var bytes = 0
    private let budget: Int

    /// `budget`: the most content bytes kept at once.
    package init(budget: Int) {
        self.budget = budget
    }

    /// The blob if it is kept, without reading it.
    package func kept(_ id: ObjectID) -> LoadedBlob? { blobs[id] }

    /// The blob, from those kept or read from `repository` (and then kept, unless it is binary or larger than a
    /// sixteenth of the budget).
    package func blob(_ id: ObjectID, in repository: Repository) throws(GitError) -> LoadedBlob {
        if let kept = blobs[id] { return kept }
        let blob = try repository.loadBlob(id)
        if !blob.isBinary, blob.size <= budget / 16 { keep(blob) }
        return blob
    }

    private func keep(_ blob: LoadedBlob) {
        blobs[blob.id] = blob
        order.append(blob.id)
        bytes += blob.size
        while bytes > budget, oldest < order.count {
            if let dropped = blobs.removeValue(forKey: order[oldest]) { bytes -= dropped.size }
            oldest += 1
        }
        // The evicted ids leave the queue once they are most of it.
        if oldest > 4_096, oldest * 2 > order.count {
            order.removeFirst(oldest)
            oldest = 0
        }
    }
}
