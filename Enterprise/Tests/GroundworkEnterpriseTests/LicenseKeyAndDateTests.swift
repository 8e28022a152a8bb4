#if Enterprise
import Crypto
import Foundation
import GroundworkTestSupport
import Testing
@testable import GroundworkEnterprise
@testable import GroundworkFleet
@testable import GroundworkLicense

@Suite struct LicenseKeyAndDateTests {
    @Test func everyVendorKeyIsAValidEd25519PublicKey() throws {
        #expect(TrustedKeys.vendor.keyIDs == TrustedKeys.vendorKeys.map(\.keyID).sorted())
        #expect(TrustedKeys.vendor.keyIDs.contains(TrustedKeys.currentVendorKeyID))
        for keyID in TrustedKeys.vendor.keyIDs {
            let key = try #require(TrustedKeys.vendor.publicKey(for: keyID))
            #expect(key.rawRepresentation.count == 32)
        }
    }

    @Test func theBenchmarkKeyIsDerivedFromItsPhraseAndTrustedOnlyByABenchmarkBuild() throws {
        // Benchmarks/fleet-benchmark.sh signs with the private key whose seed is the SHA-256 of this phrase.
        let seed = Data(SHA256.hash(data: Data("groundwork benchmark license key: public on purpose".utf8)))
        let key = try Curve25519.Signing.PrivateKey(rawRepresentation: seed)
        #expect(key.publicKey.rawRepresentation.base64EncodedString() == TrustedKeys.benchmarkKey.rawBase64)
        #expect((TrustedKeys.vendor.publicKey(for: TrustedKeys.benchmarkKey.keyID) != nil) == TrustedKeys.trustsBenchmarkKey)

        let issuer = LicenseIssuer(privateKey: key, keyID: TrustedKeys.benchmarkKey.keyID)
        let verifier = LicenseVerifier(trustedKeys: TrustedKeys([TrustedKeys.benchmarkKey.keyID: key.publicKey]))
        let status = verifier.status(of: try issuer.issue(try LicenseFixtures.payload()), file: "benchmark.license", now: try LicenseFixtures.noon("2026-06-01"))
        #expect(status.isUsable)
        #expect(status.warnings.contains { $0.contains("signed with the benchmark key") })
    }

    @Test func privateKeyPEMRoundTripsAndMatchesOpenSSLLayout() throws {
        let key = Curve25519.Signing.PrivateKey()
        let pem = Ed25519PEM.pem(privateKey: key)
        #expect(pem.hasPrefix("-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEI"))
        let read = try Ed25519PEM.privateKey(fromPEM: pem, file: "key.pem")
        #expect(read.rawRepresentation == key.rawRepresentation)
        #expect(Ed25519PEM.pem(publicKey: key.publicKey).hasPrefix("-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA"))
    }

    @Test func issuerReadsItsKeyFromAPEMFile() throws {
        let scratch = try ScratchDirectory()
        let key = Curve25519.Signing.PrivateKey()
        let path = try scratch.write(Ed25519PEM.pem(privateKey: key), to: "vendor.pem")
        let issuer = try LicenseIssuer(privateKeyFile: path, keyID: "k")
        #expect(issuer.publicKey.rawRepresentation == key.publicKey.rawRepresentation)
        #expect(issuer.trust(by: TrustedKeys(["k": key.publicKey])) == .trusted)

        let notAKey = try scratch.write("-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA\n-----END PUBLIC KEY-----\n", to: "public.pem")
        let error = #expect(throws: LicenseError.self) { try LicenseIssuer(privateKeyFile: notAKey, keyID: "k") }
        #expect(error?.code == .privateKey)
        #expect(error?.file == notAKey)
    }

    @Test(arguments: ["2026-02-29", "2026-13-01", "2026-00-10", "2026-1-01", "26-01-01", "2026-01-01T00:00", "abcd-ef-gh", ""])
    func invalidDatesAreRejected(text: String) {
        #expect(LicenseDate(text) == nil)
    }

    @Test func datesParsePrintAndCount() throws {
        let leap = try #require(LicenseDate("2028-02-29"))
        #expect(leap.description == "2028-02-29")
        #expect(leap.adding(days: 1).description == "2028-03-01")
        #expect(try #require(LicenseDate("1970-01-01")).daysSinceEpoch == 0)
        #expect(try #require(LicenseDate("2026-01-01")).days(to: try #require(LicenseDate("2027-01-01"))) == 365)
        #expect(LicenseDate(containing: Date(timeIntervalSince1970: 86_400 * 3 - 1)).description == "1970-01-03")
        #expect(LicenseDate(containing: Date(timeIntervalSince1970: -1)).description == "1969-12-31")
    }
}
#endif
