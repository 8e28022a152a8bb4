import Testing

@testable import GroundworkSecrets

/// The checksum of GitHub's 2021 token formats, and the example tokens built with it.
struct GitHubTokenChecksumTests {
    @Test func crc32MatchesZlib() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([UInt8]()) == 0)
    }

    @Test func exampleTokensCarryAValidChecksum() {
        for prefix in ["ghp_", "gho_", "ghu_", "ghs_", "ghr_"] {
            let token = ExampleSecret.gitHubToken(prefix, "checksum/\(prefix)")
            #expect(token.count == 40)
            #expect(GitHubTokenChecksum.isValid(token), "\(token.prefix(4))…")
        }
    }

    @Test func aChangedCharacterBreaksTheChecksum() {
        let token = ExampleSecret.gitHubToken("ghp_", "checksum/changed")
        var characters = Array(token)
        characters[10] = characters[10] == "a" ? "b" : "a"
        #expect(!GitHubTokenChecksum.isValid(String(characters)))
        #expect(!GitHubTokenChecksum.isValid(String(token.dropLast())))
    }

    @Test func aTokenWithABadChecksumIsReportedByNoRule() {
        let token = ExampleSecret.gitHubToken("ghp_", "checksum/silent")
        let broken = String(token.dropLast(6)) + "000000"
        #expect(SecretScanner().scan(text: "GITHUB_TOKEN=\(token)").map(\.ruleID) == ["github-token"])
        #expect(SecretScanner().scan(text: "GITHUB_TOKEN=\(broken)").isEmpty)
    }
}
