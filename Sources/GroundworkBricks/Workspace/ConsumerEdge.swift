import GroundworkContracts

/// One edge of the consumer graph as `groundwork link` renders it: who calls whom, through which
/// client, and the operations the consumer uses (in the order a consumer contract test calls them).
struct ConsumerEdge {
    var consumer: WorkspaceService
    var provider: WorkspaceService
    var auth: ServiceAuth
    var api: ClientAPI
    /// Request bodies the provider's validation accepts, for the contract test.
    var samples: RequestSamples
    /// The operations the consumer uses, creations first, deletions last (see `testOrder`).
    var used: [ClientOperation]
    var language: ClientLanguage
    var packageName: String
    /// The client's folder in the consumer (`clients/billing`).
    var clientFolder: String
    /// The consumer's Go module path (`orders`), which the client's import path starts with; empty for
    /// the other languages.
    var consumerModule = ""

    /// `BILLING`: the prefix of the consumer's variables for this provider (`BILLING_URL`).
    var prefix: String { provider.environmentPrefix }

    /// The provider's name as an identifier in the consumer's language (`billing`, `billingClient`…).
    var camelName: String { IdentifierWords.camel(provider.name) }
    var snakeName: String { IdentifierWords.snake(provider.name) }

    /// The order a contract test calls operations in: creations (which give the ids later calls need),
    /// then reads, then changes, then deletions.
    static func testOrder(_ operations: [ClientOperation]) -> [ClientOperation] {
        func rank(_ operation: ClientOperation) -> Int {
            let hasPathParameter = operation.parameters.contains { $0.location == .path }
            switch operation.method.uppercased() {
            case "POST": return hasPathParameter ? 2 : 0
            case "GET", "HEAD": return 1
            case "PUT", "PATCH": return 2
            case "DELETE": return 3
            default: return 2
            }
        }
        return operations.enumerated().sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }.map(\.element)
    }

    /// The collection an operation's path parameters come from: `/invoices` for `/invoices/{id}`, so a
    /// contract test takes the id of the invoice it created (or listed) there.
    static func collection(of path: String) -> String {
        var segments = path.split(separator: "/", omittingEmptySubsequences: false)
        while let last = segments.last, last.hasPrefix("{") { segments.removeLast() }
        return segments.joined(separator: "/")
    }

    /// The required properties of an operation's result, which a contract test checks are present.
    /// `includingNullable: false` leaves out those that may be null, which a client that drops nil
    /// properties when it encodes (swift-openapi-generator's) cannot tell from absent ones.
    func requiredProperties(of operation: ClientOperation, includingNullable: Bool = true) -> [String] {
        guard case .named(let name)? = operation.result?.nonNull, let type = api.types.first(where: { $0.name == name }),
            case .object(let properties) = type.kind
        else { return [] }
        return properties.filter { $0.required && (includingNullable || !$0.type.isNullable) }.map(\.jsonName)
    }

    /// The body a contract test sends: one the provider's validation accepts, else one built from the schema.
    func sampleBody(of operation: ClientOperation) -> String? {
        guard let body = operation.body else { return nil }
        return samples.body(method: operation.method, path: operation.path) ?? ClientSamples.json(body.type, in: api)
    }

    /// Whether an operation creates an item of its collection (a POST without path parameters): a contract
    /// test remembers what it answers, for the calls that need an id.
    static func creates(_ operation: ClientOperation) -> Bool {
        operation.method.uppercased() == "POST" && !operation.parameters.contains { $0.location == .path }
    }

    /// Whether some of `operations` needs the id of an item an earlier call created or listed.
    static func needsIDs(_ operations: [ClientOperation]) -> Bool {
        operations.contains { $0.parameters.contains { $0.location == .path } }
    }

    /// The named type of an operation's body, when it has one.
    func bodyTypeName(of operation: ClientOperation) -> String? {
        guard case .named(let name)? = operation.body?.type.nonNull else { return nil }
        return name
    }
}
