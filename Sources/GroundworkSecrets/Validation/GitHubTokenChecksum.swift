/// The checksum in GitHub's token formats of 2021 (`ghp_`, `gho_`, `ghu_`, `ghs_`, `ghr_`): the last six
/// characters are the CRC-32 of the thirty random ones before them, in base 62. A token whose checksum does not
/// add up was never issued by GitHub: a made-up example, a truncated copy, or random text behind a prefix.
package enum GitHubTokenChecksum {
    /// The number of random characters before the checksum.
    package static let randomLength = 30

    /// True when `token` (prefix included) is 4 + 36 characters and its last six are the checksum of the
    /// thirty before them.
    package static func isValid(_ token: some StringProtocol) -> Bool {
        let body = Array(token.utf8.dropFirst(4))
        guard body.count == randomLength + 6 else { return false }
        return checksum(of: body.prefix(randomLength)) == String(decoding: body.suffix(6), as: UTF8.self)
    }

    /// The six base-62 characters that end a token whose random part is `random`.
    package static func checksum(of random: some Collection<UInt8>) -> String {
        var value = CRC32.checksum(random)
        var digits: [UInt8] = []
        while value > 0 {
            digits.append(base62[Int(value % 62)])
            value /= 62
        }
        let padding = [UInt8](repeating: UInt8(ascii: "0"), count: max(0, 6 - digits.count))
        return String(decoding: padding + digits.reversed(), as: UTF8.self)
    }

    private static let base62 = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".utf8)
}
