import Foundation

/// What `groundwork link` prints for one edge.
package enum LinkText {
    package static func render(_ result: ServiceLinker.Result) -> String {
        let entry = result.entry
        var lines: [String] = []
        if let previous = result.previous, previous.digest != entry.digest {
            lines.append("Linked \(result.consumer.name) (\(result.consumer.stack)) → \(result.provider.name) (\(result.provider.stack)): contract \(previous.version) → \(entry.version)")
        } else {
            lines.append("Linked \(result.consumer.name) (\(result.consumer.stack)) → \(result.provider.name) (\(result.provider.stack)), contract \(entry.version)")
        }
        let changed = result.files.filter { $0.operation != .unchanged }
        for file in changed {
            lines.append("  " + file.operation.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0) + " " + result.consumer.folder + "/" + file.path)
        }
        if changed.count < result.files.count { lines.append("  (\(result.files.count - changed.count) files unchanged)") }
        lines.append(
            entry.operations.isEmpty
                ? "  uses no operation yet: call the client, then run `groundwork link` again so the contract test covers it"
                : "  uses \(entry.operations.joined(separator: ", "))")
        lines.append("  configure with \(result.provider.environmentPrefix)_URL; auth: forwards the caller's token unless \(result.provider.environmentPrefix)_AUTH=client-credentials")
        if result.conflicts > 0 { lines.append("  \(result.conflicts) conflict(s): resolve the conflict markers in the files marked conflict") }
        return lines.joined(separator: "\n") + "\n"
    }
}
