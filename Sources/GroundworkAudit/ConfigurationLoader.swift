import Foundation
import GroundworkAuditModel
import GroundworkFormats

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
    private static let knownKeys = ["version", "exclude", "checks"]

    /// The configuration in `text`, read from `path` through the strict YAML reader (nesting guard, unknown-key
    /// hints); a bad file is an error naming its line.
    package static func parse(_ text: String, path: String = fileName) throws(AuditError) -> AuditConfiguration {
        do throws(FormatError) {
            guard let root = try StrictYAMLReader(file: path).read(text) else { return AuditConfiguration() }
            let document = try root.mapping(allowed: knownKeys)
            var configuration = AuditConfiguration()
            if let version = document["version"], try version.int() != 1 {
                throw version.error("expected 1, the only .groundwork.yaml version this groundwork reads")
            }
            configuration.exclude = try document.strings("exclude") ?? []
            if let checks = try document.mapping("checks", allowed: ["disable"]) {
                configuration.disabledChecks = try checks.strings("disable") ?? []
            }
            return configuration
        } catch {
            throw AuditError(.badConfiguration, error.description)
        }
    }
}
