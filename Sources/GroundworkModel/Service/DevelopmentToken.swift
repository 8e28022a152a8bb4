import Crypto
import Foundation

/// A development bearer token for a generated service: an HS256 JWT signed with the service's
/// `JWT_SECRET`, carrying the claims every stack reads (docs/model.md "The service contract": `sub`,
/// `roles`, `tenant`). Production services verify RS256/ES256 tokens from their identity provider's
/// JWKS instead; this is for trying a service and for tests.
package struct DevelopmentToken: Sendable, Equatable {
    /// The caller (`sub`).
    package var subject: String
    /// The caller's roles (`roles`), as the model's access rules name them.
    package var roles: [String]
    /// The caller's tenant (`tenant`), when the model has tenant rules.
    package var tenant: String?
    /// Seconds the token stays valid.
    package var lifetime: Int

    /// Secrets shorter than this are refused: HS256 wants a key at least as long as its hash (RFC 7518 §3.2).
    package static let minimumSecretBytes = 32

    package init(subject: String, roles: [String], tenant: String? = nil, lifetime: Int = 3600) {
        self.subject = subject
        self.roles = roles
        self.tenant = tenant
        self.lifetime = lifetime
    }

    /// The signed token, issued at `now`.
    package func signed(secret: String, now: Date = Date()) throws(DevelopmentTokenError) -> String {
        guard secret.utf8.count >= Self.minimumSecretBytes else {
            throw DevelopmentTokenError("the secret is \(secret.utf8.count) bytes; HS256 needs at least \(Self.minimumSecretBytes)")
        }
        guard lifetime > 0 else { throw DevelopmentTokenError("the lifetime must be a positive number of seconds") }
        let issued = Int(now.timeIntervalSince1970)
        var claims: [String: JSONNode] = [
            "sub": .string(subject), "roles": .array(roles.map(JSONNode.string)),
            "iat": .int(issued), "exp": .int(issued + lifetime),
        ]
        if let tenant { claims["tenant"] = .string(tenant) }
        let header = Self.base64URL(Data(#"{"alg":"HS256","typ":"JWT"}"#.utf8))
        let payload = Self.base64URL(Data(JSONNode.object(claims).compact.utf8))
        let signingInput = header + "." + payload
        let signature = HMAC<SHA256>.authenticationCode(for: Data(signingInput.utf8), using: SymmetricKey(data: Data(secret.utf8)))
        return signingInput + "." + Self.base64URL(Data(signature))
    }

    /// Base64url without padding (RFC 7515 §2).
    static func base64URL(_ data: Data) -> String {
        data.base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}

/// Why a development token could not be made.
package struct DevelopmentTokenError: Error, CustomStringConvertible, Sendable {
    package var description: String
    package init(_ description: String) { self.description = description }
}
