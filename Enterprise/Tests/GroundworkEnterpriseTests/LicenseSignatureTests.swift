#if Enterprise
import Crypto
import Foundation
import Testing
@testable import GroundworkEnterprise
@testable import GroundworkFleet
@testable import GroundworkLicense

@Suite struct LicenseSignatureTests {
    let fixtures = LicenseFixtures()

    @Test func issuedLicenseVerifiesAndRoundTrips() throws {
        let payload = try LicenseFixtures.payload()
        let text = try fixtures.licenseText(payload)
        let parsed = try SignedLicense.parse(Data(text.utf8), file: "license.json")
        #expect(parsed.keyID == LicenseFixtures.keyID)
        #expect(try fixtures.verifier.verifySignature(of: parsed) == payload)
        let status = fixtures.verifier.status(of: parsed, now: try LicenseFixtures.noon("2026-06-01"))
        #expect(status.state == .valid)
        #expect(status.warnings.isEmpty)
        #expect(
            status.entitlement
                == Entitlement(
                    edition: .enterprise, licensee: "Acme Agency Ltd", plan: "agency",
                    maxRepositories: 50, features: [.fleet, .policy, .reports], warnings: []
                ))
    }

    @Test func fileIsReadableJSONWithPayloadKeyIDAndSignature() throws {
        let text = try fixtures.licenseText(try LicenseFixtures.payload())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["payload", "key_id", "signature"])
        let payload = try #require(object["payload"] as? [String: Any])
        #expect(payload["licensee"] as? String == "Acme Agency Ltd")
        #expect(payload["expires"] as? String == "2026-12-31")
        #expect(payload["max_repositories"] as? Int == 50)
        #expect(payload["features"] as? [String] == ["fleet", "policy", "reports"])
        #expect(text.contains("\n  \"payload\": {\n    \"format_version\": 1,\n"))
    }

    @Test func reformattedLicenseStillVerifies() throws {
        let text = try fixtures.licenseText(try LicenseFixtures.payload())
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        // JSONSerialization reorders keys, changes indentation and may escape "/" in the base64 signature.
        for options: JSONSerialization.WritingOptions in [[], [.prettyPrinted], [.prettyPrinted, .sortedKeys]] {
            let reformatted = try JSONSerialization.data(withJSONObject: object, options: options)
            #expect(reformatted != Data(text.utf8))
            let license = try SignedLicense.parse(reformatted, file: "reformatted.json")
            #expect(fixtures.verifier.status(of: license, now: try LicenseFixtures.noon("2026-06-01")).state == .valid)
        }
        let escaped = text.replacingOccurrences(of: "\"Acme Agency Ltd\"", with: "\"\\u0041cme Agency Ltd\"")
            .replacingOccurrences(of: "\n", with: "\r\n    ")
        #expect(escaped != text)
        let license = try SignedLicense.parse(Data(escaped.utf8), file: "escaped.json")
        #expect(try fixtures.verifier.verifySignature(of: license).licensee == "Acme Agency Ltd")
    }

    @Test(arguments: [
        ("\"max_repositories\": 50", "\"max_repositories\": 5000"),
        ("\"max_repositories\": 50", "\"max_repositories\": null"),
        ("\"expires\": \"2026-12-31\"", "\"expires\": \"2036-12-31\""),
        ("\"licensee\": \"Acme Agency Ltd\"", "\"licensee\": \"Acme Agency Ltd.\""),
        ("\"reports\"]", "\"reports\", \"webhooks\"]"),
        ("\"grace_days\": 14,", "\"grace_days\": 14, \"unlimited\": true,"),
    ])
    func tamperedPayloadFails(original: String, tampered: String) throws {
        let text = try fixtures.licenseText(try LicenseFixtures.payload())
        #expect(text.contains(original))
        let license = try SignedLicense.parse(Data(text.replacingOccurrences(of: original, with: tampered).utf8), file: "tampered.json")
        let error = #expect(throws: LicenseError.self) { try fixtures.verifier.verifySignature(of: license, file: "tampered.json") }
        #expect(error?.code == .badSignature)
        #expect(error?.description.contains("tampered.json") == true)
        let status = fixtures.verifier.status(of: license, file: "tampered.json", now: try LicenseFixtures.noon("2026-06-01"))
        #expect(status.entitlement.isEvaluation)
        #expect(status.entitlement.maxRepositories == Entitlement.evaluationRepositoryLimit)
    }

    @Test func tamperedSignatureFails() throws {
        let license = try fixtures.issuer.issue(try LicenseFixtures.payload())
        var signature = [UInt8](license.signature)
        signature[0] ^= 1
        let text = String(decoding: license.encoded(), as: UTF8.self)
            .replacingOccurrences(of: license.signature.base64EncodedString(), with: Data(signature).base64EncodedString())
        let tampered = try SignedLicense.parse(Data(text.utf8), file: "license.json")
        #expect(throws: LicenseError.self) { try fixtures.verifier.verifySignature(of: tampered) }
    }

    @Test func unknownKeyIDFails() throws {
        let other = LicenseIssuer(privateKey: fixtures.privateKey, keyID: "retired-key")
        let license = try other.issue(try LicenseFixtures.payload())
        let error = #expect(throws: LicenseError.self) { try fixtures.verifier.verifySignature(of: license, file: "license.json") }
        #expect(error?.code == .unknownKey)
        #expect(error?.message.contains("\"retired-key\"") == true)
        #expect(error?.message.contains("\"\(LicenseFixtures.keyID)\"") == true)
    }

    @Test func trustedKeyIDWithAnotherKeysSignatureFails() throws {
        let impostor = LicenseIssuer(privateKey: Curve25519.Signing.PrivateKey(), keyID: LicenseFixtures.keyID)
        #expect(impostor.trust(by: fixtures.trustedKeys) == .keyMismatch)
        let license = try impostor.issue(try LicenseFixtures.payload())
        let error = #expect(throws: LicenseError.self) { try fixtures.verifier.verifySignature(of: license) }
        #expect(error?.code == .badSignature)
    }

    @Test func testKeysAreNotTrustedByTheVendorBuild() throws {
        let license = try fixtures.issuer.issue(try LicenseFixtures.payload())
        let error = #expect(throws: LicenseError.self) { try LicenseVerifier().verifySignature(of: license) }
        #expect(error?.code == .unknownKey)
        #expect(fixtures.issuer.trust(by: .vendor) == .unknownKeyID)
    }

    @Test func unknownPayloadMembersAndFeaturesAreSignedAndKept() throws {
        var payload = try LicenseFixtures.payload()
        payload.features.append(LicenseFeature(rawValue: "future-feature"))
        let license = try fixtures.issuer.issue(payload)
        let reparsed = try SignedLicense.parse(license.encoded(), file: "license.json")
        #expect(try fixtures.verifier.verifySignature(of: reparsed).features.contains(LicenseFeature(rawValue: "future-feature")))
        #expect(reparsed.signedMessage == license.signedMessage)
    }

    @Test func issuerRefusesPayloadsNoBuildWouldAccept() throws {
        var payload = try LicenseFixtures.payload()
        payload.expires = try #require(LicenseDate("2025-12-31"))
        let early = #expect(throws: LicenseError.self) { try fixtures.issuer.issue(payload) }
        #expect(early?.code == .invalidRequest)
        payload = try LicenseFixtures.payload(maxRepositories: 0)
        #expect(throws: LicenseError.self) { try fixtures.issuer.issue(payload) }
        payload = try LicenseFixtures.payload(features: [.fleet, .fleet])
        #expect(throws: LicenseError.self) { try fixtures.issuer.issue(payload) }
        payload = try LicenseFixtures.payload()
        payload.licensee = "  "
        #expect(throws: LicenseError.self) { try fixtures.issuer.issue(payload) }
    }

    @Test func signatureCoversContextAndCanonicalPayload() throws {
        let license = try fixtures.issuer.issue(try LicenseFixtures.payload(maxRepositories: nil, features: [.fleet]))
        let message = String(decoding: license.signedMessage, as: UTF8.self)
        let id = license.payload.licenseID.uuidString.lowercased()
        #expect(
            message == """
                groundwork-license-v1
                {"expires":"2026-12-31","features":["fleet"],"format_version":1,"grace_days":14,"issued":"2026-01-01",\
                "license_id":"\(id)","licensee":"Acme Agency Ltd","max_repositories":null,"plan":"agency"}
                """)
        #expect(fixtures.privateKey.publicKey.isValidSignature(license.signature, for: license.signedMessage))
    }
}
#endif
