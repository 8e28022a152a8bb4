import Foundation

// Example tokens are split by concatenation so that neither this repository's own audit nor a host's push
// protection mistakes the examples for leaks; the joined strings do match.

extension SecretRule {
    /// JSON Web Tokens: three base64url parts whose header decodes to a JSON object naming an `alg`.
    static let jsonWebToken = SecretRule(
        id: "jwt",
        name: "JSON Web Token",
        severity: .medium,
        keywords: ["eyj"],
        pattern: #"\b(eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,})(?![A-Za-z0-9_\-.])"#,
        // Tests sign their own tokens with their own keys.
        reportsInTestCode: false,
        truePositives: [
            "Authorization: Bearer " + "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
                + ".eyJzdWIiOiJncm91bmR3b3JrLWZpeHR1cmUiLCJpYXQiOjE3MDAwMDAwMDB9"
                + ".drZRzsGQBJg3UHKwkflF6XUi5AhuqpfEnbtXAqwK8jZ"
        ],
        falsePositives: [
            // jwt.io's sample token, in half the JWT tutorials on the web.
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ"
                + ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
            // The header has no "alg": not a JWT.
            "data: " + "eyJ0eXAiOiJKV1QifQ" + ".eyJzdWIiOiJncm91bmR3b3JrLWZpeHR1cmUifQ.drZRzsGQBJg3UHKwkflF6X",
            // The header is not JSON at all.
            "blob: eyJhbGciOiJIUz.eyJzdWIiOiJncm91bmR3.drZRzsGQBJg3UHKwkf",
            // Expired in May 2020 (`exp`): an API document's example, which no server accepts any more.
            "token: " + "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
                + ".eyJzdWIiOiJncm91bmR3b3JrLWZpeHR1cmUiLCJpYXQiOjE1ODkyOTg0ODQsImV4cCI6MTU4OTMwMDI4NH0"
                + ".drZRzsGQBJg3UHKwkflF6XUi5AhuqpfEnbtXAqwK8jZ",
        ],
        refine: { candidate in
            JWTHeader.namesAlgorithm(token: candidate.value) && !JWTHeader.hasExpired(token: candidate.value) ? candidate : nil
        }
    )
}

/// Reads the header and claims of a JWT candidate.
enum JWTHeader {
    /// True when the first dot-separated part is base64url of a JSON object with an `alg` member.
    static func namesAlgorithm(token: String) -> Bool {
        part(0, of: token)?["alg"] != nil
    }

    /// True when the claims carry an `exp` (seconds since 1970) that has passed: no server accepts the token
    /// any more, so it is documentation (an API example, a captured request), not a credential.
    static func hasExpired(token: String, now: Date = Date()) -> Bool {
        guard let expiry = part(1, of: token)?["exp"] as? NSNumber else { return false }
        return expiry.doubleValue < now.timeIntervalSince1970
    }

    /// The JSON object the dot-separated part at `index` holds, base64url-encoded.
    private static func part(_ index: Int, of token: String) -> [String: Any]? {
        let parts = token.split(separator: ".")
        guard index < parts.count else { return nil }
        var base64 = parts[index].replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        guard let data = Data(base64Encoded: base64) else { return nil }
        return try? JSONSerialization.jsonObject(with: data) as? [String: Any]
    }
}
