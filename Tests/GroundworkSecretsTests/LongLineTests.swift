import Foundation
import GroundworkSecrets
import Testing

/// Issue 10, D7: a token on a line over the length limit (a minified bundle, JSON on one line) is found.
@Suite("secrets on long lines")
struct LongLineTests {
    /// Built by concatenation so this source file holds no token.
    static let token = "ghp_" + "R8xKq2Lm5Np7Wz3Yt6Vb9Cd1Fg4Hj00XG6G8"

    @Test func aGitHubTokenInALongJSONLineIsFound() {
        let padding = (0..<400).map { "\"key\($0)\": \"value\($0)\"" }.joined(separator: ", ")
        let line = "{" + padding + ", \"auth\": \"" + Self.token + "\"}"
        #expect(line.utf8.count > SecretScanner.maximumLineLength)
        let matches = SecretScanner().scan(text: "first line\n" + line + "\n")
        #expect(matches.map(\.ruleID) == ["github-token"])
        #expect(matches.first?.line == 2)
    }

    @Test func aLongLineWithAGenericKeywordIsReportedAsPartlyScanned() {
        let scanner = SecretScanner()
        let long = String(repeating: "a", count: SecretScanner.maximumLineLength + 10)
        #expect(scanner.skipsPartOfLongLines(Data((long + " password = 'x'\n").utf8)))
        #expect(!scanner.skipsPartOfLongLines(Data((long + "\nshort password line\n").utf8)), "the keyword is on a short line, scanned whole")
        #expect(!scanner.skipsPartOfLongLines(Data((long + " " + Self.token + "\n").utf8)), "only long-line rules have keywords there")
    }
}
