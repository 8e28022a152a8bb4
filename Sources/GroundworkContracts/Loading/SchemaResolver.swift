import OpenAPIKit

/// Follows `$ref`s inside one document, cycle-safe, for readers that walk schemas (diff, clients, checks).
package struct SchemaResolver: Sendable {
    package let components: OpenAPI.Components

    package init(_ document: OpenAPI.Document) {
        components = document.components
    }

    /// The schema a reference points to (one or more hops), with the name of the last component followed.
    /// A dangling or cyclic chain of bare references yields nil.
    package func resolve(_ schema: JSONSchema) -> (schema: JSONSchema, name: String?)? {
        var current = schema
        var name: String?
        var seen = Set<String>()
        while case .reference(let reference, _) = current.value {
            let key = reference.absoluteString
            guard seen.insert(key).inserted, let target = try? components.lookupOnce(current) else { return nil }
            name = reference.name ?? name
            current = target
        }
        return (current, name)
    }

    /// The name of the component a schema references directly (`Order` for `#/components/schemas/Order`).
    package func referenceName(_ schema: JSONSchema) -> String? {
        if case .reference(let reference, _) = schema.value { return reference.name }
        return nil
    }

    /// An item that may be a reference, resolved (nil when the reference dangles).
    package func resolve<Item: ComponentDictionaryLocatable>(_ item: Either<OpenAPI.Reference<Item>, Item>) -> Item? {
        try? components.lookup(item)
    }
}
