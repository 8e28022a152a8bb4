import Foundation

/// Request bodies a provider should accept, from the contract's own schemas: for consumer contract tests,
/// which call a real provider. Unlike `ClientSamples` (shapes for smoke tests against a fake server), these
/// honour what validation checks: enum values, formats, lengths and bounds, required properties only
/// (optional ones may carry references to rows that do not exist), read-only properties left out.
/// A `pattern` cannot be honoured in general; a string under one gets the pattern's literal prefix or `sample`.
package struct RequestSamples {
    private let root: [String: Any]

    package init(_ contract: Contract) {
        let text = ContractText.canonicalJSON(contract)
        root = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
    }

    /// The JSON text of a body for `method path`, or nil when the operation takes no JSON body.
    package func body(method: String, path: String) -> String? {
        guard let operation = ((root["paths"] as? [String: Any])?[path] as? [String: Any])?[method.lowercased()] as? [String: Any],
            let content = (resolve(operation["requestBody"]) as? [String: Any])?["content"] as? [String: Any],
            let media = (content["application/json"] ?? content.first { $0.key.hasSuffix("+json") }?.value) as? [String: Any],
            let schema = media["schema"]
        else { return nil }
        let value = sample(schema, depth: 0)
        guard let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed, .withoutEscapingSlashes]) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    private func resolve(_ node: Any?, depth: Int = 0) -> Any? {
        guard let object = node as? [String: Any], let reference = object["$ref"] as? String, reference.hasPrefix("#/"), depth < 20 else { return node }
        var current: Any? = root
        for part in reference.dropFirst(2).split(separator: "/") {
            let key = part.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            current = (current as? [String: Any])?[key]
        }
        return resolve(current, depth: depth + 1)
    }

    private func sample(_ node: Any, depth: Int) -> Any {
        guard depth < 8, let schema = resolve(node) as? [String: Any] else { return NSNull() }
        if let constant = schema["const"] { return constant }
        if let values = schema["enum"] as? [Any], let first = values.first(where: { !($0 is NSNull) }) ?? values.first { return first }
        if let example = schema["example"] { return example }
        if let examples = schema["examples"] as? [Any], let first = examples.first { return first }
        if let parts = schema["allOf"] as? [Any] {
            var merged: [String: Any] = [:]
            for part in parts { if let object = sample(part, depth: depth + 1) as? [String: Any] { merged.merge(object) { _, new in new } } }
            return merged
        }
        for key in ["oneOf", "anyOf"] {
            if let alternatives = schema[key] as? [Any], let first = alternatives.first(where: { (resolve($0) as? [String: Any])?["type"] as? String != "null" }) {
                return sample(first, depth: depth + 1)
            }
        }
        let types = (schema["type"] as? [String]) ?? (schema["type"] as? String).map { [$0] } ?? (schema["properties"] != nil ? ["object"] : [])
        switch types.first(where: { $0 != "null" }) {
        case "object":
            var object: [String: Any] = [:]
            let required = Set(schema["required"] as? [String] ?? [])
            for (name, property) in (schema["properties"] as? [String: Any]) ?? [:] where required.contains(name) {
                if (resolve(property) as? [String: Any])?["readOnly"] as? Bool == true { continue }
                object[name] = sample(property, depth: depth + 1)
            }
            return object
        case "array":
            let minimum = schema["minItems"] as? Int ?? 0
            guard minimum > 0, let items = schema["items"] else { return [Any]() }
            return Array(repeating: sample(items, depth: depth + 1), count: minimum)
        case "integer":
            return Self.number(schema, fallback: 1, integer: true)
        case "number":
            return Self.number(schema, fallback: 1.5, integer: false)
        case "boolean":
            return true
        case "string":
            return Self.string(schema)
        default:
            return NSNull()
        }
    }

    private static func number(_ schema: [String: Any], fallback: Double, integer: Bool) -> Any {
        var value = fallback
        if let minimum = schema["minimum"] as? Double { value = max(value, minimum) }
        if let exclusive = schema["exclusiveMinimum"] as? Double { value = max(value, exclusive + 1) }
        if let maximum = schema["maximum"] as? Double { value = min(value, maximum) }
        return integer ? Int(value) as Any : value as Any
    }

    private static func string(_ schema: [String: Any]) -> String {
        let minimum = schema["minLength"] as? Int ?? 0, maximum = schema["maxLength"] as? Int ?? 64
        var text: String
        switch schema["format"] as? String {
        case "uuid": return "00000000-0000-4000-8000-000000000000"
        case "date": return "2026-01-02"
        case "date-time": return "2026-01-02T03:04:05Z"
        case "email": return "someone@example.com"
        case "uri", "url": return "https://example.com/"
        case "decimal": text = "12.50"
        default: text = "sample"
        }
        if text == "sample", let pattern = schema["pattern"] as? String {
            // The pattern's leading literal characters, when it has some (`^INV-` → `INV-sample`).
            let literal = pattern.drop { $0 == "^" }.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
            if !literal.isEmpty { text = literal + text }
        }
        while text.count < minimum { text += "x" }
        return String(text.prefix(max(maximum, 1)))
    }
}
