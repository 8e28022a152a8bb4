#if Enterprise
import Crypto
import Foundation

/// Signs licenses with a vendor private key. Only the vendor runs this, through the hidden
/// `groundwork license issue` command; customers only ever verify.
package struct LicenseIssuer: Sendable {
    /// The id recorded in every license this issuer signs; it selects the public key that verifies it.
    package let keyID: String
    private let privateKey: Curve25519.Signing.PrivateKey

    /// An issuer signing with `privateKey` under `keyID`.
    package init(privateKey: Curve25519.Signing.PrivateKey, keyID: String) {
        self.privateKey = privateKey
        self.keyID = keyID
    }

    /// An issuer signing with the Ed25519 private key in the PKCS#8 PEM file at `path`.
    package init(privateKeyFile path: String, keyID: String) throws(LicenseError) {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw LicenseError.privateKey(path, "could not read the private key: \(error.localizedDescription)")
        }
        self.init(privateKey: try Ed25519PEM.privateKey(fromPEM: text, file: path), keyID: keyID)
    }

    /// The public key that verifies this issuer's licenses.
    package var publicKey: Curve25519.Signing.PublicKey { privateKey.publicKey }

    /// Whether a build trusting `trustedKeys` will accept this issuer's licenses.
    package enum Trust: Sendable, Equatable {
        /// The key id is trusted and names this issuer's public key.
        case trusted
        /// The key id is not among the trusted keys.
        case unknownKeyID
        /// The key id is trusted but names a different public key: this is the wrong private key.
        case keyMismatch
    }

    /// How a build trusting `trustedKeys` will receive this issuer's licenses.
    package func trust(by trustedKeys: TrustedKeys) -> Trust {
        guard let trusted = trustedKeys.publicKey(for: keyID) else { return .unknownKeyID }
        return trusted.rawRepresentation == publicKey.rawRepresentation ? .trusted : .keyMismatch
    }

    /// Signs `payload`, after checking that it is a license any build would accept.
    package func issue(_ payload: LicensePayload) throws(LicenseError) -> SignedLicense {
        if keyID.isEmpty {
            throw LicenseError.invalidRequest("expected a key id, found an empty string")
        }
        if let problem = payload.problem {
            throw LicenseError.invalidRequest("\(problem.field): \(problem.message)")
        }
        let file = "<issued license>"
        let json = payload.json
        let signature: Data
        do {
            signature = try privateKey.signature(for: try SignedLicense.message(for: json, file: file))
        } catch {
            throw LicenseError.invalidRequest("signing failed: \(error)")
        }
        return try SignedLicense(payloadJSON: json, keyID: keyID, signature: signature, file: file)
    }
}
#endif
