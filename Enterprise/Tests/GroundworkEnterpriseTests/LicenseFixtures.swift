#if Enterprise
import Crypto
import Foundation
import GroundworkTestSupport
import Testing
@testable import GroundworkEnterprise
@testable import GroundworkFleet
@testable import GroundworkLicense

/// A key pair of the test's own, trusted only through `LicenseVerifier(trustedKeys:)`.
struct LicenseFixtures {
    static let keyID = "test-key-1"

    let privateKey = Curve25519.Signing.PrivateKey()

    var issuer: LicenseIssuer { LicenseIssuer(privateKey: privateKey, keyID: Self.keyID) }
    var trustedKeys: TrustedKeys { TrustedKeys([Self.keyID: privateKey.publicKey]) }
    var verifier: LicenseVerifier { LicenseVerifier(trustedKeys: trustedKeys) }

    /// A license for Acme valid through 2026-12-31, with 14 days of grace and 50 repositories.
    static func payload(
        expires: String = "2026-12-31",
        graceDays: Int = 14,
        maxRepositories: Int? = 50,
        features: [LicenseFeature] = [.fleet, .policy, .reports]
    ) throws -> LicensePayload {
        LicensePayload(
            licensee: "Acme Agency Ltd",
            plan: "agency",
            issued: try #require(LicenseDate("2026-01-01")),
            expires: try #require(LicenseDate(expires)),
            graceDays: graceDays,
            maxRepositories: maxRepositories,
            features: features
        )
    }

    /// A signed license file's text.
    func licenseText(_ payload: LicensePayload) throws -> String {
        String(decoding: try issuer.issue(payload).encoded(), as: UTF8.self)
    }

    /// Noon UTC on the day `text` (YYYY-MM-DD).
    static func noon(_ text: String) throws -> Date {
        let day = try #require(LicenseDate(text))
        return Date(timeIntervalSince1970: Double(day.daysSinceEpoch) * 86_400 + 43_200)
    }
}

extension ScratchDirectory {
    /// Writes `text` to `name` inside the directory and returns its path.
    func write(_ text: String, to name: String) throws -> String {
        try write(name, text)
    }
}
#endif
