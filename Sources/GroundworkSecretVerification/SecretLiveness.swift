/// What a provider said about a credential found in a repository.
package enum SecretLiveness: String, Sendable, Codable, CaseIterable {
    /// The provider accepted it: it works today and must be rotated now.
    case live
    /// The provider refused it (401/403 or its own "invalid" answer): revoked, expired or never valid.
    case revoked
    /// No answer that says either (no verifier for this kind, a timeout, a 5xx, the rate limit reached).
    case unknown
}
