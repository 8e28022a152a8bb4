import GroundworkAuditModel
import GroundworkGit

/// Whether source files hold any of a set of literal needles (`.listen(`, `func main()`…), by blob id and
/// needles: the answers an earlier audit cached, and those found in this one (for the caller to cache). Shared
/// by every copy of its `RepoIndex`, so a detector's search of every source file reads no file twice and, on
/// a re-audit, none at all.
package final class TextSearchMemo {
    /// One search of one blob: the needles joined by newlines, which no needle holds.
    package struct Key: Hashable, Sendable {
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

    private let known: [Key: Bool]
    /// The answers found because the cache had none.
    package private(set) var computed: [Key: Bool] = [:]

    package init(known: [Key: Bool] = [:]) {
        self.known = known
    }

    /// Whether `file` holds any of `needles`, from the cache or by reading it (`text`); false for a file that is
    /// not text.
    func containsAny(_ file: SnapshotFile, _ needles: [String], text: () -> String?) -> Bool {
        let key = Key(blob: file.id, needles: needles)
        if let cached = known[key] ?? computed[key] { return cached }
        let found = text().map { TextSearch.containsAny($0, needles) } ?? false
        computed[key] = found
        return found
    }
}
