import Foundation

/// Made-up secrets for the rules' examples, built at run time from a seed.
///
/// A rule's examples are its documentation and its tests, but a token written out in a source file is what this
/// scanner, a host's push protection and every other scanner look for. So the examples hold only the fixed
/// parts of a format (`sk-proj-`, `AKIA`) and ask for the random part here: the same seed gives the same
/// characters on every machine, so a failing example can be reproduced, and no source file holds a token.
package enum ExampleSecret {
    /// `count` characters of A–Z, a–z and 0–9.
    package static func base62(_ count: Int, _ seed: String) -> String {
        random(from: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", count, seed)
    }

    /// `count` characters of a–z and 0–9.
    package static func lowerAlphanumeric(_ count: Int, _ seed: String) -> String {
        random(from: "abcdefghijklmnopqrstuvwxyz0123456789", count, seed)
    }

    /// `count` characters of A–Z and 0–9.
    package static func upperAlphanumeric(_ count: Int, _ seed: String) -> String {
        random(from: "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", count, seed)
    }

    /// `count` letters, both cases.
    package static func letters(_ count: Int, _ seed: String) -> String {
        random(from: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", count, seed)
    }

    /// `count` lowercase hexadecimal digits.
    package static func hex(_ count: Int, _ seed: String) -> String {
        random(from: "0123456789abcdef", count, seed)
    }

    /// `count` uppercase hexadecimal digits.
    package static func upperHex(_ count: Int, _ seed: String) -> String {
        random(from: "0123456789ABCDEF", count, seed)
    }

    /// `count` decimal digits, the first not zero.
    package static func digits(_ count: Int, _ seed: String) -> String {
        random(from: "123456789", 1, seed) + random(from: "0123456789", count - 1, seed + "/digits")
    }

    /// `count` characters of the base64 alphabet (no padding).
    package static func base64(_ count: Int, _ seed: String) -> String {
        random(from: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", count, seed)
    }

    /// `count` characters of the URL-safe base64 alphabet.
    package static func base64URL(_ count: Int, _ seed: String) -> String {
        random(from: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", count, seed)
    }

    /// `count` characters of RFC 4648 base32 (A–Z, 2–7).
    package static func base32(_ count: Int, _ seed: String) -> String {
        random(from: "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", count, seed)
    }

    /// `count` characters of lowercase base32 (a–z, 2–7).
    package static func lowerBase32(_ count: Int, _ seed: String) -> String {
        random(from: "abcdefghijklmnopqrstuvwxyz234567", count, seed)
    }

    /// `count` characters of the bech32 alphabet, as age keys use.
    package static func bech32(_ count: Int, _ seed: String) -> String {
        random(from: "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", count, seed)
    }

    /// A version-4 UUID, lowercase.
    package static func uuid(_ seed: String) -> String {
        let digits = Array(hex(32, seed))
        let parts = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(digits[$0]) }
        return "\(parts[0])-\(parts[1])-4\(parts[2].dropFirst())-a\(parts[3].dropFirst())-\(parts[4])"
    }

    /// A GitHub token of the 2021 format: `prefix`, thirty random characters and their checksum.
    package static func gitHubToken(_ prefix: String, _ seed: String) -> String {
        let random = base62(GitHubTokenChecksum.randomLength, seed)
        return prefix + random + GitHubTokenChecksum.checksum(of: random.utf8)
    }

    /// Base64 of `user:password` with a made-up password, as HTTP Basic authentication and Docker configs hold it.
    package static func basicCredentials(user: String, seed: String) -> String {
        Data((user + ":" + base62(20, seed)).utf8).base64EncodedString()
    }

    /// `count` characters drawn from `alphabet` by a generator seeded with `seed`.
    package static func random(from alphabet: String, _ count: Int, _ seed: String) -> String {
        let characters = Array(alphabet)
        var generator = SeededGenerator(seed: seed)
        return String((0..<count).map { _ in characters[Int(generator.next() % UInt64(characters.count))] })
    }
}

/// SplitMix64 seeded by the FNV-1a hash of a string: the same characters on every platform and run.
package struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    package init(seed: String) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in seed.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        state = hash
    }

    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
