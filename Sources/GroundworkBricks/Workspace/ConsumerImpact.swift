import Foundation
import GroundworkContracts

/// A consumer that a contract change breaks: it calls an operation a breaking change touches.
package struct ConsumerBreak: Sendable {
    package var consumer: WorkspaceService
    /// The operations it uses that break (`GET /invoices/{id}`); empty when a change touches every
    /// operation (a security scheme, a shared schema no single operation owns).
    package var operations: [String]
    package var changes: [ContractChange]

    /// `orders (node-express)`, as `contract diff` names a broken consumer.
    package var label: String { "\(consumer.name) (\(consumer.stack))" }
}

/// Who a contract change breaks, from the workspace's consumer graph and the operations each consumer
/// uses (declared in the workspace file, else found in its code, else as its lock file recorded them).
package enum ConsumerImpact {
    /// The consumers of `provider` that `changes` (from `old` to a new contract) break, in the workspace's order.
    package static func broken(by changes: [ContractChange], old: Contract, provider: WorkspaceService, workspace: ServiceWorkspace, root: String) throws -> [ConsumerBreak] {
        let breaking = changes.filter { $0.severity == .breaking }
        guard !breaking.isEmpty else { return [] }
        let (api, _) = try ClientAPIBuilder.build(old)
        var result: [ConsumerBreak] = []
        for (link, consumer) in workspace.consumers(of: provider.name) {
            let used = usedOperations(link: link, consumer: consumer, provider: provider, api: api, root: root)
            if let hit = impact(of: breaking, onCallerOf: used, api: api) {
                result.append(ConsumerBreak(consumer: consumer, operations: hit.operations, changes: hit.changes))
            }
        }
        return result
    }

    /// The breaking changes that reach a caller of the operations `used` (`ClientOperation.name`s of `api`, the
    /// old contract's client API), and the operations they touch; nil when none does. The workspace's graph and
    /// a fleet's (Enterprise) both judge a consumer this way.
    package static func impact(of breaking: [ContractChange], onCallerOf used: [String], api: ClientAPI) -> (operations: [String], changes: [ContractChange])? {
        let usedOperations = api.operations.filter { used.contains($0.name) }
        let usedKeys = Set(usedOperations.map { key(method: $0.method, path: $0.path) })
        var hits: [ContractChange] = [], operations: [String] = []
        for change in breaking where change.severity == .breaking {
            guard let operation = change.operation else {
                if let removedPath = pathOfWholePathChange(change) {
                    // A path removed with all its methods reaches only the callers of that path.
                    let reached = usedOperations.filter { key(method: "", path: $0.path) == key(method: "", path: removedPath) }
                    guard !reached.isEmpty else { continue }
                    hits.append(change)
                    for calls in reached where !operations.contains("\(calls.method.uppercased()) \(calls.path)") {
                        operations.append("\(calls.method.uppercased()) \(calls.path)")
                    }
                    continue
                }
                // A change outside any one operation reaches every caller that uses something.
                if !usedKeys.isEmpty { hits.append(change) }
                continue
            }
            let parts = operation.split(separator: " ", maxSplits: 1).map(String.init)
            guard parts.count == 2, usedKeys.contains(key(method: parts[0], path: parts[1])) else { continue }
            hits.append(change)
            if !operations.contains(operation) { operations.append(operation) }
        }
        return hits.isEmpty ? nil : (operations, hits)
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

    /// The path (`/invoices/{id}`) of a change to a whole path item, such as a removed path; nil for others.
    static func pathOfWholePathChange(_ change: ContractChange) -> String? {
        let prefix = "$.paths."
        guard change.rule == ContractRules.pathRemoved.id, change.path.hasPrefix(prefix) else { return nil }
        return String(change.path.dropFirst(prefix.count))
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
