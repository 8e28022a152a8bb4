import Foundation
import GroundworkAuditModel
import GroundworkFormats
import GroundworkSecrets

/// Reads `.groundwork.yaml` from the audited tree.
///
/// ```yaml
/// version: 1
/// exclude: ["fixtures/**", "*.snap"]
/// checks:
///   disable: [docs.changelog]
/// secrets:
///   rules:                     # the team's own secret rules (docs/secrets.md)
///     - id: acme-api-key
///       keywords: [acme_]
///       pattern: '\b(acme_[A-Za-z0-9]{32})\b'
///       examples: {true: ["…"], false: ["…"]}
///   rules_file: security/secret-rules.yaml   # or a gitleaks configuration: .gitleaks.toml
/// ```
package enum ConfigurationLoader {
    package static let fileName = ".groundwork.yaml"
    private static let knownKeys = ["version", "exclude", "checks", "secrets"]

    /// The configuration in `text`, read from `path` through the strict YAML reader (nesting guard, unknown-key
    /// hints); a bad file is an error naming its line.
    package static func parse(_ text: String, path: String = fileName) throws(AuditError) -> AuditConfiguration {
        try parseWithSecretRules(text, path: path).configuration
    }

    /// The configuration, the secret rules of its `secrets.rules` list (each checked against its examples) and
    /// the repository path of the rules file `secrets.rules_file` names.
    package static func parseWithSecretRules(
        _ text: String, path: String = fileName
    ) throws(AuditError) -> (configuration: AuditConfiguration, secretRules: [SecretRule], rulesFile: String?) {
        do throws(FormatError) {
            guard let root = try StrictYAMLReader(file: path).read(text) else { return (AuditConfiguration(), [], nil) }
            let document = try root.mapping(allowed: knownKeys)
            var configuration = AuditConfiguration()
            if let version = document["version"], try version.int() != 1 {
                throw version.error("expected 1, the only .groundwork.yaml version this groundwork reads")
            }
            configuration.exclude = try document.strings("exclude") ?? []
            if let checks = try document.mapping("checks", allowed: ["disable"]) {
                configuration.disabledChecks = try checks.strings("disable") ?? []
            }
            var secretRules: [SecretRule] = []
            var rulesFile: String?
            if let secrets = try document.mapping("secrets", allowed: ["rules", "rules_file"]) {
                if let rules = secrets["rules"] { secretRules = try CustomSecretRules.rules(rules).map(\.rule) }
                rulesFile = try secrets.string("rules_file")
            }
            return (configuration, secretRules, rulesFile)
        } catch {
            throw AuditError(.badConfiguration, error.description)
        }
    }
}
