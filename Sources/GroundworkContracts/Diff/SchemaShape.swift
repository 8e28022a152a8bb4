import OpenAPIKit

/// A schema reduced to what a consumer depends on: types, nullability, format, enum, constraints,
/// properties, items and alternatives, with `$ref`s followed and `allOf` merged.
struct SchemaShape {
    /// JSON types (`string`, `integer`…); empty means any.
    var types: Set<String> = []
    var nullable = false
    var format: String?
    /// Allowed values rendered as text, when the schema restricts them.
    var enumValues: Set<String>?
    var properties: [(name: String, schema: JSONSchema)] = []
    var required: Set<String> = []
    /// False only when the schema says `additionalProperties: false`.
    var acceptsUnknownProperties = true
    var items: JSONSchema?
    /// oneOf/anyOf alternatives (a `null` alternative is folded into `nullable`).
    var variants: [JSONSchema]?
    var discriminator: String?
    var readOnly = false
    var writeOnly = false
    var constraints = Constraints()

    /// Bounds a value must respect; nil is unbounded.
    struct Constraints: Equatable {
        var maxLength: Int?
        var minLength = 0
        var pattern: String?
        var maximum: Double?
        var exclusiveMaximum = false
        var minimum: Double?
        var exclusiveMinimum = false
        var multipleOf: Double?
        var maxItems: Int?
        var minItems = 0
        var uniqueItems = false
        var maxProperties: Int?
        var minProperties = 0
    }

    /// The shape of `schema`, following references through `resolver` (at most `depth` merges deep).
    init(_ schema: JSONSchema, resolver: SchemaResolver, depth: Int = 0) {
        let resolved = resolver.resolve(schema)?.schema ?? .fragment(.init())
        let core = resolved.coreContext
        nullable = core.nullable
        format = core.formatString.flatMap { $0.isEmpty ? nil : $0 }
        enumValues = core.allowedValues.map { Set($0.map { String(describing: $0.value) }) }
        discriminator = core.discriminator?.propertyName
        readOnly = core.readOnly
        writeOnly = core.writeOnly
        switch resolved.value {
        case .null:
            nullable = true
        case .boolean:
            types = ["boolean"]
        case .number(_, let numeric):
            types = ["number"]
            constraints.maximum = numeric.maximum?.value
            constraints.exclusiveMaximum = numeric.maximum?.exclusive ?? false
            constraints.minimum = numeric.minimum?.value
            constraints.exclusiveMinimum = numeric.minimum?.exclusive ?? false
            constraints.multipleOf = numeric.multipleOf
        case .integer(_, let integer):
            types = ["integer"]
            constraints.maximum = integer.maximum.map { Double($0.value) }
            constraints.exclusiveMaximum = integer.maximum?.exclusive ?? false
            constraints.minimum = integer.minimum.map { Double($0.value) }
            constraints.exclusiveMinimum = integer.minimum?.exclusive ?? false
            constraints.multipleOf = integer.multipleOf.map(Double.init)
        case .string(_, let string):
            types = ["string"]
            constraints.maxLength = string.maxLength
            constraints.minLength = string.minLength
            constraints.pattern = string.pattern
        case .object(_, let object):
            types = ["object"]
            properties = object.properties.map { ($0.key, $0.value) }
            required = Set(object.requiredProperties)
            if case .a(false) = object.additionalProperties { acceptsUnknownProperties = false }
            constraints.maxProperties = object.maxProperties
            constraints.minProperties = object.minProperties
        case .array(_, let array):
            types = ["array"]
            items = array.items
            constraints.maxItems = array.maxItems
            constraints.minItems = array.minItems
            constraints.uniqueItems = array.uniqueItems
        case .all(let parts, _):
            guard depth < 16 else { break }
            for part in parts { merge(SchemaShape(part, resolver: resolver, depth: depth + 1)) }
        case .one(let alternatives, _), .any(let alternatives, _):
            var kept: [JSONSchema] = []
            for alternative in alternatives {
                if case .null = resolver.resolve(alternative)?.schema.value { nullable = true } else { kept.append(alternative) }
            }
            // `oneOf: [X, null]` is how 3.0-era documents say "nullable X": treat it as X.
            if kept.count == 1, kept.count < alternatives.count, depth < 16 {
                let wasNullable = nullable
                merge(SchemaShape(kept[0], resolver: resolver, depth: depth + 1))
                nullable = nullable || wasNullable
            } else {
                variants = kept
            }
        case .not, .reference, .fragment:
            break
        }
    }

    /// Folds an `allOf` part in: properties and required fields add up, the first type and format win.
    private mutating func merge(_ part: SchemaShape) {
        if types.isEmpty { types = part.types }
        format = format ?? part.format
        enumValues = enumValues ?? part.enumValues
        for property in part.properties where !properties.contains(where: { $0.name == property.name }) {
            properties.append(property)
        }
        required.formUnion(part.required)
        acceptsUnknownProperties = acceptsUnknownProperties && part.acceptsUnknownProperties
        items = items ?? part.items
        variants = variants ?? part.variants
        discriminator = discriminator ?? part.discriminator
        nullable = nullable || part.nullable
        if constraints == Constraints() { constraints = part.constraints }
    }

    /// The schema of a property, if declared.
    func property(_ name: String) -> JSONSchema? { properties.first { $0.name == name }?.schema }
}
