/// A contract reduced to what a typed client needs, the same for every target language:
/// named types (objects, enums, unions), and operations with typed parameters, bodies and results.
package struct ClientAPI: Sendable, Hashable {
    package var title: String
    package var version: String
    /// Named types in dependency-independent, deterministic order (components first, then synthesised).
    package var types: [ClientType]
    package var operations: [ClientOperation]
    /// Security schemes the client can fill: bearer tokens, API keys in a header.
    package var authentication: [ClientAuthentication]
}

/// A reference to a type, as a field, parameter or body has it.
package indirect enum ClientTypeRef: Sendable, Hashable {
    case named(String)
    case string(format: String?)
    case integer(format: String?)
    case number(format: String?)
    case boolean
    case array(ClientTypeRef)
    /// An object with arbitrary keys (`additionalProperties: {…}`).
    case map(ClientTypeRef)
    /// Any JSON value.
    case any
    case nullable(ClientTypeRef)

    /// The type without its `nullable` wrapper.
    package var nonNull: ClientTypeRef {
        if case .nullable(let inner) = self { return inner.nonNull }
        return self
    }

    package var isNullable: Bool {
        if case .nullable = self { return true }
        return false
    }
}

/// A named type of the client.
package struct ClientType: Sendable, Hashable {
    /// A name valid in every target language, in PascalCase (`OrderLine`).
    package var name: String
    /// The name in the contract (`order-line`, `#/components/schemas/order_line`), for documentation.
    package var originalName: String
    package var description: String?
    package var kind: Kind

    package enum Kind: Sendable, Hashable {
        case object([ClientProperty])
        /// String enum values (other enums become their scalar type).
        case enumeration([String])
        /// oneOf/anyOf: one of the variants, told apart by a discriminator when the contract gives one.
        case union(variants: [ClientTypeRef], discriminator: ClientDiscriminator?)
        case alias(ClientTypeRef)
    }
}

/// One property of an object type.
package struct ClientProperty: Sendable, Hashable {
    /// The JSON name, exactly as in the contract.
    package var jsonName: String
    package var type: ClientTypeRef
    package var required: Bool
    package var readOnly: Bool
    package var writeOnly: Bool
    package var description: String?
}

/// How the variants of a union are told apart.
package struct ClientDiscriminator: Sendable, Hashable {
    /// The JSON property holding the tag (`kind`).
    package var property: String
    /// Tag value → variant type name.
    package var mapping: [(value: String, type: String)]

    package static func == (lhs: ClientDiscriminator, rhs: ClientDiscriminator) -> Bool {
        lhs.property == rhs.property && lhs.mapping.map(\.value) == rhs.mapping.map(\.value) && lhs.mapping.map(\.type) == rhs.mapping.map(\.type)
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(property)
        for entry in mapping { hasher.combine(entry.value); hasher.combine(entry.type) }
    }
}

/// One operation: a method on the client.
package struct ClientOperation: Sendable, Hashable {
    /// A method name in camelCase (`listOrders`), from the operationId or the method and path.
    package var name: String
    package var method: String
    /// The path template, e.g. `/orders/{id}`.
    package var path: String
    package var summary: String?
    package var parameters: [ClientParameter]
    package var body: ClientBody?
    /// The decoded type of the first 2xx JSON response; nil when it has no body (204).
    package var result: ClientTypeRef?
    /// The status codes documented as success.
    package var successStatuses: [Int]
    /// GET, HEAD, PUT, DELETE, OPTIONS: safe to retry.
    package var idempotent: Bool
    /// Whether the operation needs credentials.
    package var authenticated: Bool
    /// How to walk the pages of a list result, when the result looks like a page.
    package var pagination: ClientPagination?
    package var deprecated: Bool
}

package struct ClientParameter: Sendable, Hashable {
    package enum Location: String, Sendable, Hashable { case path, query, header }
    /// The name on the wire (`total.gte`, `X-Request-Id`).
    package var wireName: String
    /// A name valid as an identifier in every target language, camelCase (`totalGte`).
    package var name: String
    package var location: Location
    package var type: ClientTypeRef
    package var required: Bool
    package var description: String?
}

package struct ClientBody: Sendable, Hashable {
    package var type: ClientTypeRef
    package var required: Bool
    /// The media type (`application/json`).
    package var mediaType: String
}

/// A list result: items under `itemsProperty`, and how to ask for the next page.
package struct ClientPagination: Sendable, Hashable {
    package enum Style: String, Sendable, Hashable {
        /// The result carries `next_cursor` (or similar); the request takes `cursor`.
        case cursor
        /// The request takes `offset` (and `limit`); the result carries `total` or the page is short.
        case offset
    }
    package var style: Style
    package var itemsProperty: String
    package var itemType: ClientTypeRef
    /// The result property with the next cursor (cursor style).
    package var nextCursorProperty: String?
    /// The query parameter the cursor or offset goes to.
    package var requestParameter: String
}

/// A credential the client sends.
package enum ClientAuthentication: Sendable, Hashable {
    case bearer(scheme: String)
    case apiKeyHeader(scheme: String, header: String)
}
