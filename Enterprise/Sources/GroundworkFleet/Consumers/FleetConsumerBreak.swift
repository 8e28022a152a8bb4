#if Enterprise
import GroundworkBricks
import GroundworkContracts

/// A consumer elsewhere in the fleet that a contract change breaks: it calls an operation a breaking
/// change touches.
package struct FleetConsumerBreak: Sendable {
    package var edge: FleetConsumerEdge
    /// The operations it uses that break (`GET /invoices/{id}`); empty when a change reaches every operation.
    package var operations: [String]
    package var changes: [ContractChange]

    /// `acme/orders-api (typescript client, generated from billing 1.2.0)`, as the diff names a broken consumer.
    package var label: String { "\(edge.consumer) (\(edge.language) client, generated from \(edge.provider) \(edge.version))" }
}

extension FleetConsumerGraph {
    /// The consumers of `provider` that `changes` (from `old` to a new contract) break. A consumer whose lock
    /// recorded no operations is taken to use them all, so that a break is never missed.
    package func broken(by changes: [ContractChange], old: Contract, provider: String) throws -> [FleetConsumerBreak] {
        let breaking = changes.filter { $0.severity == .breaking }
        guard !breaking.isEmpty else { return [] }
        let (api, _) = try ClientAPIBuilder.build(old)
        return consumers(of: provider).compactMap { edge in
            let used = edge.operations.isEmpty ? api.operations.map(\.name) : edge.operations
            return ConsumerImpact.impact(of: breaking, onCallerOf: used, api: api).map {
                FleetConsumerBreak(edge: edge, operations: $0.operations, changes: $0.changes)
            }
        }
    }
}
#endif
