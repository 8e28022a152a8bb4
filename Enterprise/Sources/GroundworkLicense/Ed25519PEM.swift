#if Enterprise
import Crypto
import Foundation

/// Ed25519 keys in the PEM files OpenSSL reads and writes (`openssl genpkey -algorithm ed25519`).
///
/// swift-crypto offers only raw keys for Curve25519, and an Ed25519 key in PKCS#8 or SubjectPublicKeyInfo
/// is a fixed DER prefix followed by the 32 raw bytes (RFC 8410), so the prefixes are all that is needed.
enum Ed25519PEM {
    /// DER of PKCS#8 `PrivateKeyInfo` for Ed25519, up to the 32-byte seed.
    static let privateKeyPrefix: [UInt8] = [
        0x30, 0x2E, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2B, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20,
    ]
    /// DER of `SubjectPublicKeyInfo` for Ed25519, up to the 32-byte key.
    static let publicKeyPrefix: [UInt8] = [
        0x30, 0x2A, 0x30, 0x05, 0x06, 0x03, 0x2B, 0x65, 0x70, 0x03, 0x21, 0x00,
    ]

    /// Reads a `PRIVATE KEY` PEM block holding an Ed25519 key; `file` names it in errors.
    static func privateKey(fromPEM text: String, file: String) throws(LicenseError) -> Curve25519.Signing.PrivateKey {
        let label = "PRIVATE KEY"
        guard let der = decode(text, label: label) else {
            throw LicenseError.privateKey(file, "expected a PEM block between \"-----BEGIN \(label)-----\" and \"-----END \(label)-----\"")
        }
        guard der.count == privateKeyPrefix.count + 32, der.starts(with: privateKeyPrefix) else {
            throw LicenseError.privateKey(file, "the PEM block is not an Ed25519 private key in PKCS#8")
        }
        do {
            return try Curve25519.Signing.PrivateKey(rawRepresentation: der.suffix(32))
        } catch {
            throw LicenseError.privateKey(file, "the Ed25519 private key is not valid")
        }
    }

    /// `key` as a PKCS#8 `PRIVATE KEY` PEM block.
    static func pem(privateKey key: Curve25519.Signing.PrivateKey) -> String {
        encode(Data(privateKeyPrefix) + key.rawRepresentation, label: "PRIVATE KEY")
    }

    /// `key` as a `PUBLIC KEY` PEM block.
    static func pem(publicKey key: Curve25519.Signing.PublicKey) -> String {
        encode(Data(publicKeyPrefix) + key.rawRepresentation, label: "PUBLIC KEY")
    }

    private static func decode(_ text: String, label: String) -> Data? {
        let begin = "-----BEGIN \(label)-----"
        let end = "-----END \(label)-----"
        guard let start = text.range(of: begin), let stop = text.range(of: end, range: start.upperBound..<text.endIndex) else {
            return nil
        }
        let body = text[start.upperBound..<stop.lowerBound].filter { !$0.isWhitespace }
        return Data(base64Encoded: String(body))
    }

    private static func encode(_ der: Data, label: String) -> String {
        let body = der.base64EncodedString(options: [.lineLength64Characters, .endLineWithLineFeed])
        return "-----BEGIN \(label)-----\n\(body)\n-----END \(label)-----\n"
    }
}
#endif
