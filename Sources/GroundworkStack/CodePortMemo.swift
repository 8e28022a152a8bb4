import GroundworkAuditModel
import GroundworkGit

/// The port mentions of the source files scanned for ports, by blob id: those an earlier audit cached, and
/// those computed in this one (for the caller to cache). Shared by every copy of its `RepoIndex`.
package final class CodePortMemo {
    private let known: [ObjectID: [PortMention]]
    /// The mentions computed because the cache had none for the blob.
    package private(set) var computed: [ObjectID: [PortMention]] = [:]

    package init(known: [ObjectID: [PortMention]] = [:]) {
        self.known = known
    }

    /// The mentions of `file`, from the cache or by reading it (`text`); none for a file that is not text.
    func mentions(of file: SnapshotFile, text: () -> String?) -> [PortMention] {
        if let cached = known[file.id] ?? computed[file.id] { return cached }
        let found = text().map(PortScanner.codeMentions(in:)) ?? []
        computed[file.id] = found
        return found
    }
}
