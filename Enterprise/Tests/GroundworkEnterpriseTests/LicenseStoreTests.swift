#if Enterprise
import Foundation
import GroundworkTestSupport
import Testing
@testable import GroundworkEnterprise
@testable import GroundworkFleet
@testable import GroundworkLicense

@Suite struct LicenseStoreTests {
    let fixtures = LicenseFixtures()

    @Test func noLicenseMeansEvaluationOnFiveRepositories() throws {
        let scratch = try ScratchDirectory()
        let store = LicenseStore(configDirectory: scratch.path + "/config", verifier: fixtures.verifier)
        let status = store.status(now: try LicenseFixtures.noon("2026-06-01"))
        #expect(status.state == .missing)
        #expect(status.file == nil)
        let entitlement = status.entitlement
        #expect(entitlement.isEvaluation)
        #expect(entitlement.edition == .evaluation)
        #expect(entitlement.maxRepositories == 5)
        #expect(entitlement.features == Set(LicenseFeature.known))
        #expect(entitlement.warnings.first?.hasPrefix("no Enterprise license is installed") == true)
        #expect(
            status.details == """
                license file: none installed
                status:       no license
                evaluation mode: at most 5 repositories
                """)
    }

    @Test func installsAValidLicenseByteForByte() throws {
        let scratch = try ScratchDirectory()
        let text = try fixtures.licenseText(try LicenseFixtures.payload())
        let source = try scratch.write(text, to: "acme.license.json")
        let store = LicenseStore(configDirectory: scratch.path + "/config/groundwork", verifier: fixtures.verifier)
        let now = try LicenseFixtures.noon("2026-06-01")

        let installed = try store.install(from: source, now: now)
        #expect(installed.state == .valid)
        #expect(installed.file == scratch.path + "/config/groundwork/license.json")
        #expect(try String(contentsOfFile: store.installedPath, encoding: .utf8) == text)

        let status = store.status(now: now)
        #expect(status.state == .valid)
        #expect(status.file == store.installedPath)
        #expect(status.entitlement.licensee == "Acme Agency Ltd")
    }

    @Test func installRefusesAnInvalidLicenseAndKeepsTheInstalledOne() throws {
        let scratch = try ScratchDirectory()
        let store = LicenseStore(configDirectory: scratch.path + "/config", verifier: fixtures.verifier)
        let now = try LicenseFixtures.noon("2026-06-01")
        let good = try fixtures.licenseText(try LicenseFixtures.payload())
        try store.install(from: try scratch.write(good, to: "good.json"), now: now)

        let tampered = try scratch.write(good.replacingOccurrences(of: "\"max_repositories\": 50", with: "\"max_repositories\": 500"), to: "tampered.json")
        let badSignature = #expect(throws: LicenseError.self) { try store.install(from: tampered, now: now) }
        #expect(badSignature?.code == .badSignature)
        #expect(badSignature?.file == tampered)
        #expect(badSignature?.exitStatus == .usage)

        let malformed = try scratch.write("{\n  \"payload\": \n", to: "malformed.json")
        let syntax = #expect(throws: LicenseError.self) { try store.install(from: malformed, now: now) }
        #expect(syntax?.code == .syntax)
        #expect(syntax?.line == 3)

        let expired = try scratch.write(try fixtures.licenseText(try LicenseFixtures.payload(expires: "2026-02-01")), to: "expired.json")
        #expect(throws: LicenseError.self) { try store.install(from: expired, now: now) }

        #expect(throws: LicenseError.self) { try store.install(from: scratch.path + "/missing.json", now: now) }

        #expect(try String(contentsOfFile: store.installedPath, encoding: .utf8) == good)
    }

    @Test func installRefusesALicenseTheVendorKeysDoNotTrust() throws {
        let scratch = try ScratchDirectory()
        let source = try scratch.write(try fixtures.licenseText(try LicenseFixtures.payload()), to: "license.json")
        let store = LicenseStore(configDirectory: scratch.path + "/config")
        let error = #expect(throws: LicenseError.self) { try store.install(from: source, now: try LicenseFixtures.noon("2026-06-01")) }
        #expect(error?.code == .unknownKey)
        #expect(!FileManager.default.fileExists(atPath: store.installedPath))
    }

    @Test func environmentSelectsTheConfigDirectoryAndTheLicenseFile() throws {
        let scratch = try ScratchDirectory()
        let override = try scratch.write(try fixtures.licenseText(try LicenseFixtures.payload()), to: "ci-license.json")
        let store = LicenseStore(
            environment: ["HOME": scratch.path, "GROUNDWORK_LICENSE_FILE": override],
            verifier: fixtures.verifier
        )
        #expect(store.installedPath == scratch.path + "/.config/groundwork/license.json")
        #expect(store.activePath == override)
        let status = store.status(now: try LicenseFixtures.noon("2026-06-01"))
        #expect(status.state == .valid)
        #expect(status.file == override)
    }

    @Test func environmentCanNeverAddATrustedKey() throws {
        let scratch = try ScratchDirectory()
        let override = try scratch.write(try fixtures.licenseText(try LicenseFixtures.payload()), to: "license.json")
        let publicKey = fixtures.privateKey.publicKey.rawRepresentation.base64EncodedString()
        let store = LicenseStore(environment: [
            "HOME": scratch.path,
            "GROUNDWORK_LICENSE_FILE": override,
            "GROUNDWORK_LICENSE_KEY": publicKey,
            "GROUNDWORK_TRUSTED_KEYS": "\(LicenseFixtures.keyID)=\(publicKey)",
        ])
        let status = store.status(now: try LicenseFixtures.noon("2026-06-01"))
        guard case .invalid(let error) = status.state else {
            Issue.record("expected an invalid license, got \(status.state)")
            return
        }
        #expect(error.code == .unknownKey)
        #expect(status.entitlement.isEvaluation)
    }

    @Test func overrideNamingAMissingFileIsInvalidNotMissing() throws {
        let scratch = try ScratchDirectory()
        let store = LicenseStore(configDirectory: scratch.path, overridePath: scratch.path + "/nope.json", verifier: fixtures.verifier)
        let status = store.status(now: try LicenseFixtures.noon("2026-06-01"))
        #expect(status.problem?.code == .unreadable)
        #expect(status.problem?.message.contains("GROUNDWORK_LICENSE_FILE") == true)
        #expect(status.entitlement.isEvaluation)
    }
}
#endif
