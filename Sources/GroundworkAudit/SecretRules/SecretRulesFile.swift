import Foundation
import GroundworkFormats
import GroundworkSecrets

/// Reads a file of a team's own secret rules (`audit --secret-rules FILE`, `secrets.rules_file` in
/// `.groundwork.yaml`; docs/secrets.md): groundwork's YAML rules, each checked against its own examples, or a
/// gitleaks TOML configuration (a `.toml` file).
package enum SecretRulesFile {
    /// The rules in the file at `path` on disk; a bad file is a configuration error naming its line.
    package static func load(_ path: String) throws(AuditError) -> [SecretRule] {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw AuditError(.badConfiguration, "\(path): cannot be read as UTF-8 text (\(error.localizedDescription))")
        }
        return try parse(text, path: path)
    }

    /// The rules in `text`, read from `path` (a gitleaks configuration when it ends in `.toml`); `read` gives
    /// the text of a file a gitleaks `[extend] path` names (from disk by default).
    package static func parse(
        _ text: String, path: String, read: (String) -> String? = { try? String(contentsOfFile: $0, encoding: .utf8) }
    ) throws(AuditError) -> [SecretRule] {
        if path.lowercased().hasSuffix(".toml") { return try GitleaksConfiguration.rules(text, path: path, read: read) }
        do throws(FormatError) {
            return try CustomSecretRules.parse(text, path: path).map(\.rule)
        } catch {
            throw AuditError(.badConfiguration, error.description)
        }
    }
}
