import Foundation
import Testing

@testable import GroundworkSecrets

/// A match must never carry the secret: not in a field, not in its description, not in `dump`, not in JSON.
struct RedactionLeakTests {
    static let secrets: [(line: String, secret: String)] = [
        ("GITHUB_TOKEN=\(FakeSecrets.gitHubToken)", FakeSecrets.gitHubToken),
        ("aws_access_key_id = \(FakeSecrets.awsAccessKeyID)", FakeSecrets.awsAccessKeyID),
        ("aws_secret_access_key = \(FakeSecrets.awsSecretAccessKey)", FakeSecrets.awsSecretAccessKey),
        ("STRIPE_KEY=\(FakeSecrets.stripeLiveKey)", FakeSecrets.stripeLiveKey),
        ("DB_PASSWORD=\(FakeSecrets.password)", FakeSecrets.password),
        ("Authorization: Bearer \(FakeSecrets.jwt)", FakeSecrets.jwt),
        ("DATABASE_PASSWORD: postgres://app:\(FakeSecrets.password)@db/app", FakeSecrets.password),
        (FakeSecrets.privateKey, FakeSecrets.privateKeyBody[0]),
    ]

    @Test("no printed, dumped or encoded form of a match contains the secret", arguments: 0..<secrets.count)
    func noLeak(index: Int) throws {
        let (line, secret) = Self.secrets[index]
        let matches = SecretScanner().scan(text: line)
        #expect(matches.count == 1, "\(matches)")
        var dumped = ""
        dump(matches, to: &dumped)
        let encoded = try #require(String(data: try JSONEncoder().encode(matches), encoding: .utf8))
        for form in [String(describing: matches), String(reflecting: matches), dumped, encoded] {
            #expect(!form.contains(secret))
            #expect(!form.contains(secret.dropFirst(4).prefix(8)), "a piece of the secret leaked: \(form)")
        }
        #expect(matches.first?.redacted == Redaction.redact(secret))
    }

    @Test("the same secret has the same digest wherever it appears, and different secrets differ")
    func digestIsStable() throws {
        let scanner = SecretScanner()
        let first = try #require(scanner.scan(text: "GITHUB_TOKEN=\(FakeSecrets.gitHubToken)").first)
        let second = try #require(scanner.scan(text: "\n\n  token: '\(FakeSecrets.gitHubToken)'").first)
        let other = try #require(scanner.scan(text: "GITHUB_TOKEN=" + "ghp_" + "ZZ63fFKcZjR4I0b3jRtaWr4Y9OJFLJ17XXoj").first)
        #expect(first.valueDigest == second.valueDigest)
        #expect(first.valueDigest != other.valueDigest)
        #expect(first.valueDigest.count == 16)
    }
}
