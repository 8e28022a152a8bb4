import Crypto

/// SHA-256 digests of secrets, so findings can be grouped without keeping the value.
package enum SecretDigest {
    /// The lowercase hexadecimal SHA-256 of `text`'s UTF-8 bytes.
    package static func hex(_ text: String) -> String {
        SHA256.hash(data: Array(text.utf8)).map { byte in
            let digits = String(byte, radix: 16)
            return byte < 16 ? "0" + digits : digits
        }.joined()
    }
}
