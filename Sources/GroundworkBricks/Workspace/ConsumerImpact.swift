import Foundation
import GroundworkContracts

/// A consumer that a contract change breaks: it calls an operation a breaking change touches.
public struct ConsumerBreak: Sendable {
    public var consumer: WorkspaceService
    /// The operations it uses that break (`GET /invoices/{id}`); empty when a change touches every
    /// operation (a security scheme, a shared schema no single operation owns).
    public var operations: [String]
    public var changes: [ContractChange]

    /// `orders (node-express)`, as `contract diff` names a broken consumer.
    public var label: String { "\(consumer.name) (\(consumer.stack))" }
}

/// Who a contract change breaks, from the workspace's consumer graph and the operations each consumer
/// uses (declared in the workspace file, else found in its code, else as its lock file recorded them).
public enum ConsumerImpact {
    /// The consumers of `provider` that `changes` (from `old` to a new contract) break, in the workspace's order.
    public static func broken(by changes: [ContractChange], old: Contract, provider: WorkspaceService, workspace: ServiceWorkspace, root: String) throws -> [ConsumerBreak] {
        let breaking = changes.filter { $0.severity == .breaking }
        guard !breaking.isEmpty else { return [] }
        let (api, _) = try ClientAPIBuilder.build(old)
        var result: [ConsumerBreak] = []
        for (link, consumer) in workspace.consumers(of: provider.name) {
            let used = usedOperations(link: link, consumer: consumer, provider: provider, api: api, root: root)
            let usedKeys = Set(api.operations.filter { used.contains($0.name) }.map { key(method: $0.method, path: $0.path) })
            var hits: [ContractChange] = [], operations: [String] = []
            for change in breaking {
                guard let operation = change.operation else {
                    // A change outside any one operation reaches every caller that uses something.
                    if !usedKeys.isEmpty { hits.append(change) }
                    continue
                }
                let parts = operation.split(separator: " ", maxSplits: 1).map(String.init)
                guard parts.count == 2, usedKeys.contains(key(method: parts[0], path: parts[1])) else { continue }
                hits.append(change)
                if !operations.contains(operation) { operations.append(operation) }
            }
            if !hits.isEmpty { result.append(ConsumerBreak(consumer: consumer, operations: operations, changes: hits)) }
        }
        return result
    }

    /// The operation names (`ClientOperation.name`) `consumer` uses of `provider`.
    static func usedOperations(link: WorkspaceLink, consumer: WorkspaceService, provider: WorkspaceService, api: ClientAPI, root: String) -> [String] {
        if let declared = link.operations { return OperationUsage.declared(declared, api: api).found }
        let folder = root + "/" + consumer.folder
        let recorded = lockEntry(folder: folder, provider: provider.name)
        if let language = ConsumerStack.language(for: consumer.stack), FileManager.default.fileExists(atPath: folder) {
            let excluded = ["clients/\(provider.name)"] + (recorded?.files.map(\.path) ?? [])
            return OperationUsage.scan(folder: folder, language: language, api: api, excluding: excluded)
        }
        // A consumer whose code cannot be read here: what its last link recorded, else (knowing nothing)
        // every operation, so that a break is never missed.
        return recorded?.operations ?? api.operations.map(\.name)
    }

    static func lockEntry(folder: String, provider: String) -> ConsumedContract? {
        guard let data = FileManager.default.contents(atPath: folder + "/" + LockFile.path),
            let lock = try? LockFile.parse(String(decoding: data, as: UTF8.self))
        else { return nil }
        return lock.consumes.first { $0.provider == provider }
    }

    /// `GET /invoices/{}`: method and path with parameter names blanked, as the diff matches paths.
    static func key(method: String, path: String) -> String {
        var blanked = "", inside = false
        for character in path {
            if character == "{" { inside = true; blanked += "{" } else if character == "}" { inside = false; blanked += "}" } else if !inside { blanked.append(character) }
        }
        return method.uppercased() + " " + blanked
    }
}
