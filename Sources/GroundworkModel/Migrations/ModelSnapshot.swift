import Foundation

/// The model of the last render, kept in the repository (`.groundwork/model.lock.json`) so the next
/// render knows what changed: the model's own Codable form, written with sorted keys and sorted sets
/// so the same model always gives the same bytes.
package enum ModelSnapshot {
    /// The snapshot text of `model` (normalized), with a final newline.
    package static func encode(_ model: DataModel) throws -> Data {
        let encoder = JSONEncoder()
        let raw = try encoder.encode(model.normalized())
        let tree = try JSONSerialization.jsonObject(with: raw)
        let data = try JSONSerialization.data(withJSONObject: canonical(tree), options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
        return data + Data("\n".utf8)
    }

    /// True when `a` and `b` describe the same model (source lines aside).
    package static func same(_ a: DataModel, _ b: DataModel) -> Bool {
        (try? encode(a)) == (try? encode(b))
    }

    /// The model a snapshot holds.
    package static func decode(_ data: Data) throws -> DataModel {
        try JSONDecoder().decode(DataModel.self, from: data)
    }

    /// Source lines left out; arrays of plain strings that encode sets (operations, actions) sorted.
    private static func canonical(_ value: Any, key: String? = nil) -> Any {
        if let object = value as? [String: Any] {
            // Source lines say where the model file declared something, not what the model is.
            return object.reduce(into: [String: Any]()) { result, pair in
                if pair.key != "line" { result[pair.key] = canonical(pair.value, key: pair.key) }
            }
        }
        if let array = value as? [Any] {
            if ["operations", "actions"].contains(key), let strings = array as? [String] { return strings.sorted() }
            return array.map { canonical($0) }
        }
        return value
    }
}
