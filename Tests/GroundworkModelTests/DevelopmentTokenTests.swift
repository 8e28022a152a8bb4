import Foundation
import GroundworkModel
import Testing

/// Development tokens are HS256 JWTs any stack's JWT library accepts: checked against a token computed
/// independently (Python's hmac and base64 over the same claims).
@Suite struct DevelopmentTokenTests {
    static let secret = "0123456789abcdef0123456789abcdef"

    @Test func signsTheServiceClaimsWithHS256() throws {
        let token = DevelopmentToken(subject: "ana", roles: ["manager", "customer"], tenant: "acme", lifetime: 3600)
        let signed = try token.signed(secret: Self.secret, now: Date(timeIntervalSince1970: 1_800_000_000))
        #expect(
            signed
                == "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJleHAiOjE4MDAwMDM2MDAsImlhdCI6MTgwMDAwMDAwMCwicm9sZXMiOlsibWFuYWdlciIsImN1c3RvbWVyIl0sInN1YiI6ImFuYSIsInRlbmFudCI6ImFjbWUifQ.1zdLuAi5h8Z0xCK43up_GVfNwh7paQa5EznfqZxfh1A"
        )
    }

    @Test func leavesTheTenantOutWhenThereIsNone() throws {
        let signed = try DevelopmentToken(subject: "ci", roles: ["admin"]).signed(secret: Self.secret)
        let payload = String(signed.split(separator: ".")[1])
        let padded =
            payload.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
            + String(repeating: "=", count: (4 - payload.count % 4) % 4)
        let decoded = try #require(Data(base64Encoded: padded))
        let claims = String(decoding: decoded, as: UTF8.self)
        #expect(!claims.contains("tenant"))
        #expect(claims.contains(#""roles":["admin"]"#))
    }

    @Test func refusesShortSecretsAndEmptyLifetimes() {
        #expect(throws: DevelopmentTokenError.self) { try DevelopmentToken(subject: "a", roles: ["admin"]).signed(secret: "short") }
        #expect(throws: DevelopmentTokenError.self) {
            try DevelopmentToken(subject: "a", roles: ["admin"], lifetime: 0).signed(secret: Self.secret)
        }
    }
}
