#if Enterprise
import GroundworkBricks

/// One edge of a fleet's consumer graph: a service in a fleet repository whose lock file records that it
/// calls a provider's contract (`groundwork link` wrote it), with the operations it uses.
package struct FleetConsumerEdge: Sendable, Equatable, Codable {
    /// The fleet repository holding the consumer.
    package var repository: String
    package var client: String?
    /// The consumer's folder in that repository (`""` at its root, `orders` in a repository of several services).
    package var folder: String
    /// The provider's service name (`billing`), as the consumer's workspace named it.
    package var provider: String
    package var providerStack: String
    /// The contract's `info.version` the consumer's client was generated from.
    package var version: String
    /// The language of the generated client (`typescript`).
    package var language: String
    /// The operations the consumer uses (`listInvoices`); empty when its lock did not record them.
    package var operations: [String]

    package init(repository: FleetRepository, folder: String, consumed: ConsumedContract) {
        self.repository = repository.name
        self.client = repository.client
        self.folder = folder
        self.provider = consumed.provider
        self.providerStack = consumed.providerStack
        self.version = consumed.version
        self.language = consumed.language
        self.operations = consumed.operations
    }

    /// `acme/orders-api` or `acme/shop:orders`: where the consumer lives.
    package var consumer: String { folder.isEmpty ? repository : repository + ":" + folder }
}
#endif
