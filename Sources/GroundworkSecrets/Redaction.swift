import Foundation

/// Hides secrets in everything groundwork prints or stores: the first four characters, then `****`.
package enum Redaction {
    /// `AKIAIOSFODNN7EXAMPLE` → `AKIA****`. Values of four characters or fewer become `****`.
    package static func redact(_ secret: some StringProtocol) -> String {
        secret.count <= 4 ? "****" : String(secret.prefix(4)) + "****"
    }

    /// `line` with every occurrence of `secret` replaced by its redacted form.
    package static func redact(_ secret: String, in line: String) -> String {
        guard !secret.isEmpty else { return line }
        return line.replacingOccurrences(of: secret, with: redact(secret))
    }
}
