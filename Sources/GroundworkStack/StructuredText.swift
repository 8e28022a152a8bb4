import Foundation
import GroundworkAuditModel
import GroundworkFormats
import Yams

/// Tolerant readers for the JSON and YAML that manifests and delivery files are written in:
/// malformed input yields nil or nothing, never an error, because one broken file must not stop detection.
package enum StructuredText {
    /// The top-level object of a JSON document, nil when it is not valid JSON or not an object.
    package static func jsonObject(_ text: String) -> [String: Any]? {
        guard let data = text.data(using: .utf8) else { return nil }
        return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
    }

    /// Every document of a YAML stream that could be read; stops at the first malformed document.
    /// Absurdly nested text is refused unread: the parser recurses once per level and would overflow the stack.
    package static func yamlDocuments(_ text: String) -> [Node] {
        guard YAMLNestingGuard.excessiveNestingLine(in: text) == nil, let sequence = try? Yams.compose_all(yaml: text) else { return [] }
        var documents: [Node] = []
        for document in sequence { documents.append(document) }
        return documents
    }

    /// The first YAML document, nil when there is none or it is malformed.
    package static func yamlDocument(_ text: String) -> Node? {
        yamlDocuments(text).first
    }

    /// The string values of a JSON array, or of a JSON object's values (`bin` may be either).
    package static func strings(_ value: Any?) -> [String] {
        if let text = value as? String { return [text] }
        if let array = value as? [Any] { return array.compactMap { $0 as? String } }
        if let object = value as? [String: Any] { return object.keys.sorted().compactMap { object[$0] as? String } }
        return []
    }
}

extension Node {
    /// The value at `key` when this node is a mapping.
    package subscript(key key: String) -> Node? { mapping?[key] }

    /// The keys of a mapping, as strings, in document order.
    package var mappingKeys: [String] { mapping?.keys.compactMap(\.string) ?? [] }

    /// The string items of a sequence.
    package var sequenceStrings: [String] { sequence?.compactMap(\.string) ?? [] }
}
