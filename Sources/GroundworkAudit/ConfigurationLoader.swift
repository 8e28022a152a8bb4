import Foundation
import GroundworkAuditModel
import Yams

/// Reads `.groundwork.yaml` from the audited tree.
///
/// ```yaml
/// version: 1
/// exclude: ["fixtures/**", "*.snap"]
/// checks:
///   disable: [docs.changelog]
/// ```
package enum ConfigurationLoader {
    package static let fileName = ".groundwork.yaml"
    private static let knownKeys: Set<String> = ["version", "exclude", "checks"]

    /// The configuration in `text`, read from `path`; a bad file is an error naming its line.
    package static func parse(_ text: String, path: String = fileName) throws -> AuditConfiguration {
        // The file comes from the audited repository: refuse absurd nesting before libyaml recurses
        // into it, and never echo a whole (possibly 20 KB) line back in the message.
        if let line = YAMLNestingGuard.excessiveNestingLine(in: text) {
            throw AuditError(.badConfiguration, "\(path):\(line): nested deeper than \(YAMLNestingGuard.maxFlowDepth) brackets or \(YAMLNestingGuard.maxIndentation) columns")
        }
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            let lines = "\(error)".split(separator: "\n", omittingEmptySubsequences: false).map { $0.count > 160 ? $0.prefix(157) + "..." : $0 }
            throw AuditError(.badConfiguration, "\(path): not valid YAML: \(lines.joined(separator: "\n"))")
        }
        guard let node else { return AuditConfiguration() }
        guard let mapping = node.mapping else {
            throw AuditError(.badConfiguration, "\(path):\(node.mark?.line ?? 1): expected a mapping with keys \(knownKeys.sorted().joined(separator: ", "))")
        }
        var configuration = AuditConfiguration()
        for (key, value) in mapping {
            let name = key.string ?? ""
            let line = key.mark?.line ?? 1
            switch name {
            case "version":
                guard value.int == 1 else { throw AuditError(.badConfiguration, "\(path):\(line): version must be 1") }
            case "exclude":
                configuration.exclude = try strings(value, path: path, key: "exclude")
            case "checks":
                guard let checks = value.mapping else { throw AuditError(.badConfiguration, "\(path):\(line): checks must be a mapping with a `disable` list") }
                for (checkKey, checkValue) in checks {
                    guard checkKey.string == "disable" else {
                        throw AuditError(.badConfiguration, "\(path):\(checkKey.mark?.line ?? line): unknown key checks.\(checkKey.string ?? "?"); expected `disable`")
                    }
                    configuration.disabledChecks = try strings(checkValue, path: path, key: "checks.disable")
                }
            default:
                throw AuditError(.badConfiguration, "\(path):\(line): unknown key `\(name)`; expected one of \(knownKeys.sorted().joined(separator: ", "))")
            }
        }
        return configuration
    }

    private static func strings(_ node: Node, path: String, key: String) throws -> [String] {
        guard let sequence = node.sequence else {
            throw AuditError(.badConfiguration, "\(path):\(node.mark?.line ?? 1): \(key) must be a list of strings")
        }
        return try sequence.map { item in
            guard let text = item.string else { throw AuditError(.badConfiguration, "\(path):\(item.mark?.line ?? 1): \(key) entries must be strings") }
            return text
        }
    }
}
