/// Where a check saw what it reports: a file and line, a commit, or a plain fact.
///
/// Text in evidence is shown in every report format, so anything secret in it must already be
/// redacted (see `Redaction` in GroundworkSecrets) before the evidence is made.
package struct Evidence: Sendable, Codable, Hashable {
    /// The path in the repository, when the evidence is about a file.
    package var path: String?
    /// The 1-based line in that file.
    package var line: Int?
    /// The commit (full hex id) where it was seen, for history findings.
    package var commit: String?
    /// What was seen, in one sentence.
    package var message: String
    /// A stable key for accepting this finding in a baseline (secrets: `commit:path:rule:line`).
    package var fingerprint: String?
    /// What the provider said of the secret, with `audit --verify-secrets`: `live`, `revoked` or `unknown`.
    package var liveness: String?

    package init(_ message: String, path: String? = nil, line: Int? = nil, commit: String? = nil, fingerprint: String? = nil) {
        self.message = message
        self.path = path
        self.line = line
        self.commit = commit
        self.fingerprint = fingerprint
    }

    /// `path:line` (or just the path), for terminal output.
    package var location: String? {
        guard let path else { return nil }
        return line.map { "\(path):\($0)" } ?? path
    }
}
