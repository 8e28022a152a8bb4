#if Enterprise
import Crypto
import Foundation

/// Decides, offline, whether a license was signed by a trusted key and where it stands on a given day.
package struct LicenseVerifier: Sendable {
    /// The keys whose signatures are accepted.
    package let trustedKeys: TrustedKeys

    /// A verifier that trusts `trustedKeys`: the vendor's compiled-in keys unless a test says otherwise.
    package init(trustedKeys: TrustedKeys = .vendor) {
        self.trustedKeys = trustedKeys
    }

    /// Checks the key id and the signature, and returns the payload they vouch for; dates are not checked.
    package func verifySignature(of license: SignedLicense, file: String? = nil) throws(LicenseError) -> LicensePayload {
        guard let key = trustedKeys.publicKey(for: license.keyID) else {
            throw LicenseError.unknownKey(file, keyID: license.keyID, trusted: trustedKeys.keyIDs)
        }
        guard key.isValidSignature(license.signature, for: license.signedMessage) else {
            throw LicenseError.badSignature(file, keyID: license.keyID)
        }
        return license.payload
    }

    /// The status of `license` at `now`; `file` names where it came from.
    package func status(of license: SignedLicense, file: String? = nil, now: Date) -> LicenseStatus {
        let today = LicenseDate(containing: now)
        do throws(LicenseError) {
            let payload = try verifySignature(of: license, file: file)
            return LicenseStatus(verified: payload, keyID: license.keyID, file: file, today: today)
        } catch {
            return LicenseStatus(state: .invalid(error), file: file, today: today)
        }
    }

    /// The status of the license file at `path` at `now`; a file that cannot be read or parsed is invalid.
    package func status(ofFileAt path: String, now: Date) -> LicenseStatus {
        do throws(LicenseError) {
            return status(of: try SignedLicense.load(from: path), file: path, now: now)
        } catch {
            return LicenseStatus(state: .invalid(error), file: path, today: LicenseDate(containing: now))
        }
    }
}
#endif
