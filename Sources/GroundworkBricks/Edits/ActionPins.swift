import Foundation
import Synchronization
import Yams

/// Commit SHAs of GitHub action tags: the table a brick ships (its `pins:` file), plus tags looked
/// up on the GitHub API before planning (`ActionPinLookup`). A tag in neither is never guessed.
struct ActionPins: Sendable {
    /// A resolved tag: the commit, and the release it is (a major tag in the table names the release it is pinned to).
    struct Pin: Sendable, Equatable {
        var sha: String
        var release: String
    }

    /// `owner/repo` → tag → a 40-hex SHA, or another tag of the same action (an alias: `v4: v4.2.2`).
    var table: [String: [String: String]] = [:]

    /// Tags resolved online during this run, shared by every plan of the process: `owner/repo@tag` → SHA.
    static let online = Mutex<[String: String]>([:])

    /// The pin of `action` (`owner/repo`, lower-cased) at `tag`.
    func pin(_ action: String, tag: String) -> Pin? {
        let key = action.lowercased()
        if let target = table[key]?[tag] {
            if Self.isFullSHA(target) { return Pin(sha: target.lowercased(), release: tag) }
            if let sha = table[key]?[target], Self.isFullSHA(sha) { return Pin(sha: sha.lowercased(), release: target) }
        }
        if let sha = Self.online.withLock({ $0["\(key)@\(tag)"] }) { return Pin(sha: sha, release: tag) }
        return nil
    }

    static func isFullSHA(_ text: String) -> Bool { text.count == 40 && text.allSatisfy(\.isHexDigit) }

    /// Parses a pins file: `pins:` mapping actions to tags to SHAs (or aliases).
    static func parse(_ text: String, file: String) throws(BrickError) -> ActionPins {
        let reader = ManifestReader(file: file)
        guard let root = try ManifestReader.compose(text, file: file) else { return ActionPins() }
        var pins = ActionPins()
        for top in try reader.mapping(root, "", allowed: ["pins"]) {
            for action in try Self.pairs(top.value, "pins", reader: reader) {
                var tags: [String: String] = [:]
                for tag in try Self.pairs(action.value, "pins.\(action.key)", reader: reader) {
                    let value = try reader.string(tag.value, "pins.\(action.key).\(tag.key)")
                    tags[tag.key] = value
                }
                for (tag, value) in tags where !isFullSHA(value) && !(tags[value].map(isFullSHA) ?? false) {
                    throw BrickError(
                        .manifest, "pins.\(action.key).\(tag): expected a full 40-character commit SHA or another tag of \(action.key) that has one, found \"\(value)\"", file: file,
                        line: action.keyNode.mark?.line)
                }
                pins.table[action.key.lowercased()] = tags
            }
        }
        return pins
    }

    /// The pairs of a mapping whose keys are names (actions, tags), not fields.
    private static func pairs(_ node: Node, _ field: String, reader: ManifestReader) throws(BrickError) -> [(key: String, keyNode: Node, value: Node)] {
        guard let mapping = node.mapping else { throw reader.error(node, field, "expected a mapping, found \(reader.describe(node))") }
        var seen = Set<String>()
        var pairs: [(key: String, keyNode: Node, value: Node)] = []
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string else { throw reader.error(keyNode, field, "expected a plain key, found \(reader.describe(keyNode))") }
            guard seen.insert(key).inserted else { throw reader.error(keyNode, "\(field).\(key)", "appears twice") }
            pairs.append((key, keyNode, value))
        }
        return pairs
    }
}
