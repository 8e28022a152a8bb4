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
        ],
        refine: { candidate in
            JWTHeader.namesAlgorithm(token: candidate.value) ? candidate : nil
        }
    )
}

/// Reads the header of a JWT candidate.
enum JWTHeader {
    /// True when the first dot-separated part is base64url of a JSON object with an `alg` member.
    static func namesAlgorithm(token: String) -> Bool {
        guard let encoded = token.split(separator: ".").first else { return false }
        var base64 = encoded.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        guard let data = Data(base64Encoded: base64),
            let header = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return false }
        return header["alg"] != nil
    }
}
