import Foundation

/// Reads `user:password` credentials encoded in base64, as HTTP Basic authentication and Docker's `config.json`
/// carry them.
package enum BasicCredentials {
    /// True when `encoded` is base64 of printable `user:password` with a password that is not a placeholder.
    package static func holdsPassword(_ encoded: some StringProtocol) -> Bool {
        var base64 = String(encoded)
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        guard let data = Data(base64Encoded: base64), let text = String(data: data, encoding: .utf8),
            text.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F }),
            let colon = text.firstIndex(of: ":")
        else { return false }
        let password = text[text.index(after: colon)...]
        return password.count >= 4 && !SecretPlaceholder.isPlaceholder(password)
    }
}
