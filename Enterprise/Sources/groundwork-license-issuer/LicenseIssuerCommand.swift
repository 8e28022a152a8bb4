#if Enterprise
import ArgumentParser
import Foundation
import GroundworkBasics
import GroundworkLicense

/// `groundwork-license-issuer`: the vendor signs a license. A separate executable, never shipped to
/// customers: the `groundwork` binary can verify licences but not issue them.
@main
struct LicenseIssuerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "groundwork-license-issuer",
        abstract: "Sign a groundwork Enterprise license with a vendor private key (vendor only)."
    )

    @Option(help: "The vendor's Ed25519 private key, PKCS#8 PEM.")
    var privateKey: String

    @Option(help: "Who the license is for.")
    var licensee: String

    @Option(help: "The commercial plan, e.g. team or agency.")
    var plan: String

    @Option(help: "The last valid day, YYYY-MM-DD (UTC).")
    var expires: String

    @Option(help: "Days the license keeps working after it expires.")
    var graceDays: Int = LicensePayload.defaultGraceDays

    @Option(help: "How many repositories Enterprise commands may cover (unlimited when omitted).")
    var maxRepos: Int?

    @Option(name: .customLong("feature"), help: "A feature to grant; repeat it. Every known feature when omitted.")
    var features: [String] = []

    @Option(help: "The id of the signing key, which selects the public key that verifies the license.")
    var keyId: String = TrustedKeys.currentVendorKeyID

    @Option(help: "Where to write the license (standard output when omitted).")
    var output: String?

    init() {}

    func run() throws {
        do {
            let license = try issue()
            let data = license.encoded()
            if let output {
                do {
                    try data.write(to: URL(fileURLWithPath: output), options: .atomic)
                } catch {
                    throw LicenseError.writeFailed(output, error.localizedDescription)
                }
                printToStandardError("signed license \(license.payload.licenseID.uuidString.lowercased()) for \(license.payload.licensee) written to \(output)")
            } else {
                FileHandle.standardOutput.write(data)
            }
        } catch let error as LicenseError {
            printToStandardError("error: \(error)")
            throw ExitCode(ExitStatus.usage.rawValue)
        }
    }

    private func issue() throws(LicenseError) -> SignedLicense {
        guard let expiry = LicenseDate(expires) else {
            throw LicenseError.invalidRequest("--expires: expected a date written YYYY-MM-DD, found \"\(expires)\"")
        }
        let known = Set(LicenseFeature.known)
        let granted = features.isEmpty ? LicenseFeature.known : features.map(LicenseFeature.init(rawValue:))
        if let unknown = granted.first(where: { !known.contains($0) }) {
            throw LicenseError.invalidRequest(
                "--feature: expected one of \(LicenseFeature.known.map(\.rawValue).joined(separator: ", ")), found \"\(unknown)\""
            )
        }
        let issuer = try LicenseIssuer(privateKeyFile: privateKey, keyID: keyId)
        switch issuer.trust(by: .vendor) {
        case .trusted:
            break
        case .keyMismatch:
            throw LicenseError(
                code: .privateKey, file: privateKey,
                message: "this is not the private key of \"\(keyId)\", whose public key is compiled into groundwork",
                remedy: "pass the private key of \"\(keyId)\", or the --key-id of this private key"
            )
        case .unknownKeyID:
            printToStandardError("warning: key id \"\(keyId)\" is not compiled into this build; only a build that trusts it will accept the license")
        }
        let payload = LicensePayload(
            licensee: licensee,
            plan: plan,
            issued: LicenseDate(containing: Date()),
            expires: expiry,
            graceDays: graceDays,
            maxRepositories: maxRepos,
            features: granted
        )
        return try issuer.issue(payload)
    }

    /// Writes `message` to standard error, so that standard output stays the licence.
    private func printToStandardError(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
#else
import Foundation

/// Without the Enterprise trait there is no licence to issue.
@main
enum LicenseIssuerUnavailable {
    static func main() {
        FileHandle.standardError.write(Data("groundwork-license-issuer: built without the Enterprise trait\n".utf8))
        exit(64)
    }
}
#endif
