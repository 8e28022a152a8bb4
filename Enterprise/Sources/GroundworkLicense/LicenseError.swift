#if Enterprise
import GroundworkBasics

/// Why a license file could not be read, trusted, installed or issued: names the file, the line when
/// there is one, what was expected, and how to fix it.
package struct LicenseError: UserFacingError, Sendable, Equatable {
    /// What kind of problem this is, as a stable lowercase dotted id.
    package enum Code: String, Sendable, CaseIterable {
        /// The file is missing, unreadable, too large or not UTF-8.
        case unreadable = "license.unreadable"
        /// The file is not JSON.
        case syntax = "license.syntax"
        /// The JSON does not have the shape of a license.
        case shape = "license.shape"
        /// The payload's format version is newer than this build understands.
        case unsupportedVersion = "license.unsupported-version"
        /// The key id names no public key compiled into this build.
        case unknownKey = "license.unknown-key"
        /// The signature does not match the payload: the file was altered or signed with another key.
        case badSignature = "license.bad-signature"
        /// The license expired and its grace period is over.
        case expired = "license.expired"
        /// A vendor private key file could not be used.
        case privateKey = "license.private-key"
        /// The values given to issue a license are not acceptable.
        case invalidRequest = "license.invalid-request"
        /// The license could not be written.
        case writeFailed = "license.write-failed"
    }

    /// What kind of problem this is.
    package let code: Code
    /// The file at fault, when there is one.
    package let file: String?
    /// The 1-based line at fault, for JSON syntax and shape errors.
    package let line: Int?
    /// What is wrong, saying what was expected.
    package let message: String
    /// How to fix it.
    package let remedy: String?

    /// Creates an error; prefer the named constructors beside the code that raises it.
    package init(code: Code, file: String?, line: Int? = nil, message: String, remedy: String? = nil) {
        self.code = code
        self.file = file
        self.line = line
        self.message = message
        self.remedy = remedy
    }

    /// Every license problem is a problem with input or configuration.
    package var exitStatus: ExitStatus { .usage }

    /// `license.<code>`, the message, the file, the line and the remedy.
    package var details: ErrorDetails { ErrorDetails(code: code.rawValue, message: message, file: file, line: line, remedy: remedy) }

    /// `file:line: message; remedy`.
    package var description: String {
        var location = ""
        if let file {
            location = file
            if let line { location += ":\(line)" }
            location += ": "
        }
        return location + message + (remedy.map { "; \($0)" } ?? "")
    }
}

extension LicenseError {
    static func unreadable(_ file: String, _ message: String) -> LicenseError {
        LicenseError(
            code: .unreadable, file: file, message: message,
            remedy: "check the path, or ask the vendor for a new copy of the license file"
        )
    }

    static func syntax(_ file: String, line: Int, _ message: String) -> LicenseError {
        LicenseError(
            code: .syntax, file: file, line: line, message: message,
            remedy: "a license file is JSON; restore the file as the vendor sent it"
        )
    }

    static func shape(_ file: String, line: Int, _ message: String) -> LicenseError {
        LicenseError(
            code: .shape, file: file, line: line, message: message,
            remedy: "see docs/license.md for the format, or restore the file as the vendor sent it"
        )
    }

    static func unsupportedVersion(_ file: String, line: Int, version: Int) -> LicenseError {
        LicenseError(
            code: .unsupportedVersion, file: file, line: line,
            message: "license format version \(version) is newer than this groundwork understands "
                + "(it reads version \(LicensePayload.currentFormatVersion))",
            remedy: "upgrade groundwork"
        )
    }

    static func unknownKey(_ file: String?, keyID: String, trusted: [String]) -> LicenseError {
        LicenseError(
            code: .unknownKey, file: file,
            message: "the license is signed with key id \"\(keyID)\", which this build does not trust "
                + "(it trusts \(trusted.isEmpty ? "no keys" : trusted.map { "\"\($0)\"" }.joined(separator: ", ")))",
            remedy: "upgrade groundwork, or ask the vendor for a license signed with a current key"
        )
    }

    static func badSignature(_ file: String?, keyID: String) -> LicenseError {
        LicenseError(
            code: .badSignature, file: file,
            message: "the signature does not match the payload for key id \"\(keyID)\": "
                + "the license was altered after it was signed",
            remedy: "restore the file as the vendor sent it"
        )
    }

    static func expired(_ file: String?, expires: LicenseDate, graceEnded: LicenseDate) -> LicenseError {
        LicenseError(
            code: .expired, file: file,
            message: "the license expired on \(expires) and its grace period ended on \(graceEnded)",
            remedy: "renew the license with the vendor"
        )
    }

    static func privateKey(_ file: String, _ message: String) -> LicenseError {
        LicenseError(
            code: .privateKey, file: file, message: message,
            remedy: "pass an Ed25519 private key in PKCS#8 PEM, as written by `openssl genpkey -algorithm ed25519`"
        )
    }

    package static func invalidRequest(_ message: String) -> LicenseError {
        LicenseError(code: .invalidRequest, file: nil, message: message)
    }

    package static func writeFailed(_ file: String, _ reason: String) -> LicenseError {
        LicenseError(
            code: .writeFailed, file: file, message: "could not write the license: \(reason)",
            remedy: "check that the directory is writable"
        )
    }
}
#endif
