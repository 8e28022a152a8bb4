/// A contract reduced to what a typed client needs, the same for every target language:
/// named types (objects, enums, unions), and operations with typed parameters, bodies and results.
public struct ClientAPI: Sendable, Hashable {
    public var title: String
    public var version: String
    /// Named types in dependency-independent, deterministic order (components first, then synthesised).
    public var types: [ClientType]
    public var operations: [ClientOperation]
    /// Security schemes the client can fill: bearer tokens, API keys in a header.
    public var authentication: [ClientAuthentication]
}

/// A reference to a type, as a field, parameter or body has it.
public indirect enum ClientTypeRef: Sendable, Hashable {
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
    public var nonNull: ClientTypeRef {
        if case .nullable(let inner) = self { return inner.nonNull }
        return self
    }

    public var isNullable: Bool {
        if case .nullable = self { return true }
        return false
    }
}

/// A named type of the client.
public struct ClientType: Sendable, Hashable {
    /// A name valid in every target language, in PascalCase (`OrderLine`).
    public var name: String
    /// The name in the contract (`order-line`, `#/components/schemas/order_line`), for documentation.
    public var originalName: String
    public var description: String?
    public var kind: Kind

    public enum Kind: Sendable, Hashable {
        case object([ClientProperty])
        /// String enum values (other enums become their scalar type).
        case enumeration([String])
        /// oneOf/anyOf: one of the variants, told apart by a discriminator when the contract gives one.
        case union(variants: [ClientTypeRef], discriminator: ClientDiscriminator?)
        case alias(ClientTypeRef)
    }
}

/// One property of an object type.
public struct ClientProperty: Sendable, Hashable {
    /// The JSON name, exactly as in the contract.
    public var jsonName: String
    public var type: ClientTypeRef
    public var required: Bool
    public var readOnly: Bool
    public var writeOnly: Bool
    public var description: String?
}

/// How the variants of a union are told apart.
public struct ClientDiscriminator: Sendable, Hashable {
    /// The JSON property holding the tag (`kind`).
    public var property: String
    /// Tag value → variant type name.
    public var mapping: [(value: String, type: String)]

    public static func == (lhs: ClientDiscriminator, rhs: ClientDiscriminator) -> Bool {
        lhs.property == rhs.property && lhs.mapping.map(\.value) == rhs.mapping.map(\.value) && lhs.mapping.map(\.type) == rhs.mapping.map(\.type)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(property)
        for entry in mapping { hasher.combine(entry.value); hasher.combine(entry.type) }
    }
}

/// One operation: a method on the client.
public struct ClientOperation: Sendable, Hashable {
    /// A method name in camelCase (`listOrders`), from the operationId or the method and path.
    public var name: String
    public var method: String
    /// The path template, e.g. `/orders/{id}`.
    public var path: String
    public var summary: String?
    public var parameters: [ClientParameter]
    public var body: ClientBody?
    /// The decoded type of the first 2xx JSON response; nil when it has no body (204).
    public var result: ClientTypeRef?
    /// The status codes documented as success.
    public var successStatuses: [Int]
    /// GET, HEAD, PUT, DELETE, OPTIONS: safe to retry.
    public var idempotent: Bool
    /// Whether the operation needs credentials.
    public var authenticated: Bool
    /// How to walk the pages of a list result, when the result looks like a page.
    public var pagination: ClientPagination?
    public var deprecated: Bool
}

public struct ClientParameter: Sendable, Hashable {
    public enum Location: String, Sendable, Hashable { case path, query, header }
    /// The name on the wire (`total.gte`, `X-Request-Id`).
    public var wireName: String
    /// A name valid as an identifier in every target language, camelCase (`totalGte`).
    public var name: String
    public var location: Location
    public var type: ClientTypeRef
    public var required: Bool
    public var description: String?
}

public struct ClientBody: Sendable, Hashable {
    public var type: ClientTypeRef
    public var required: Bool
    /// The media type (`application/json`).
    public var mediaType: String
}

/// A list result: items under `itemsProperty`, and how to ask for the next page.
public struct ClientPagination: Sendable, Hashable {
    public enum Style: String, Sendable, Hashable {
        /// The result carries `next_cursor` (or similar); the request takes `cursor`.
        case cursor
        /// The request takes `offset` (and `limit`); the result carries `total` or the page is short.
        case offset
    }
    public var style: Style
    public var itemsProperty: String
    public var itemType: ClientTypeRef
    /// The result property with the next cursor (cursor style).
    public var nextCursorProperty: String?
    /// The query parameter the cursor or offset goes to.
    public var requestParameter: String
}

/// A credential the client sends.
public enum ClientAuthentication: Sendable, Hashable {
    case bearer(scheme: String)
    case apiKeyHeader(scheme: String, header: String)
}
