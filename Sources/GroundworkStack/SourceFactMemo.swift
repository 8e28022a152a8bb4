import GroundworkAuditModel
import GroundworkGit

/// Facts read from source files, by a key that names the blob (its id, or its id and what was looked for): those
/// an earlier audit cached, and those computed in this one (for the caller to cache). Shared by every copy of its
/// `RepoIndex`, so a detector that reads every source file reads none twice and, on a re-audit, none at all.
package final class SourceFactMemo<Key: Hashable, Value> {
    private let known: [Key: Value]
    /// The facts computed because the cache had none for their key.
    package private(set) var computed: [Key: Value] = [:]

    package init(known: [Key: Value] = [:]) {
        self.known = known
    }

    /// The fact for `key`, from the cache or by `compute` (which reads the file).
    func value(for key: Key, compute: () -> Value) -> Value {
        if let cached = known[key] ?? computed[key] { return cached }
        let found = compute()
        computed[key] = found
        return found
    }
}

/// The port mentions of each source file scanned for ports (`PortScanner.codeMentions(in:)`), by blob id.
package typealias CodePortMemo = SourceFactMemo<ObjectID, [PortMention]>

/// Whether each searched source file holds any of the needles searched for (`TextSearch.containsAny`).
package typealias TextSearchMemo = SourceFactMemo<TextSearchKey, Bool>

/// One text search of one blob: the needles joined by newlines, which no needle holds.
package struct TextSearchKey: Hashable, Sendable {
    package var blob: ObjectID
    package var needles: String

    package init(blob: ObjectID, needles: String) {
        self.blob = blob
        self.needles = needles
    }

    init(blob: ObjectID, needles: [String]) {
        self.init(blob: blob, needles: needles.joined(separator: "\n"))
    }
}
