import Foundation

/// Example JSON values of client types, for generated smoke tests: every required property present,
/// unions by their first variant (with its discriminator tag), recursion cut at a fixed depth.
package enum ClientSamples {
    /// A JSON text of a value of `type`.
    package static func json(_ type: ClientTypeRef, in api: ClientAPI) -> String {
        let value = sample(type, api: api, depth: 0)
        guard let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed, .withoutEscapingSlashes]) else {
            return "null"
        }
        return String(decoding: data, as: UTF8.self)
    }

    static func sample(_ type: ClientTypeRef, api: ClientAPI, depth: Int, tag: (property: String, value: String)? = nil) -> Any {
        switch type {
        case .nullable(let inner): return depth > 3 ? NSNull() : sample(inner, api: api, depth: depth)
        case .string(let format): return string(format)
        case .integer: return 1
        case .number: return 1.5
        case .boolean: return true
        case .array(let item): return depth > 3 ? [Any]() : [sample(item, api: api, depth: depth + 1)]
        case .map(let value): return depth > 3 ? [String: Any]() : ["key": sample(value, api: api, depth: depth + 1)]
        case .any: return ["any": "value"]
        case .named(let name):
            guard let named = api.types.first(where: { $0.name == name }) else { return NSNull() }
            switch named.kind {
            case .object(let properties):
                var object: [String: Any] = [:]
                for property in properties where property.required || depth == 0 {
                    if case .named(let inner) = property.type.nonNull, inner == name, !property.required { continue }
                    object[property.jsonName] = sample(property.type, api: api, depth: depth + 1)
                }
                if let tag { object[tag.property] = tag.value }
                return object
            case .enumeration(let values):
                return values.first ?? ""
            case .union(let variants, let discriminator):
                guard let first = variants.first else { return NSNull() }
                if case .named(let variantName) = first, let entry = discriminator?.mapping.first(where: { $0.type == variantName }) {
                    return sample(first, api: api, depth: depth, tag: (discriminator!.property, entry.value))
                }
                return sample(first, api: api, depth: depth)
            case .alias(let target):
                return sample(target, api: api, depth: depth)
            }
        }
    }

    static func string(_ format: String?) -> String {
        switch format {
        case "uuid": "00000000-0000-4000-8000-000000000000"
        case "date": "2026-01-02"
        case "date-time": "2026-01-02T03:04:05Z"
        case "decimal": "12.50"
        case "email": "someone@example.com"
        case "uri", "url": "https://example.com/"
        default: "text"
        }
    }
}
