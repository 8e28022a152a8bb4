import Foundation
import Testing

@testable import GroundworkSecrets

/// `SecretRule.holdsKeyLengthRun` lets the scanner skip the AWS secret key expression on lines that cannot hold a
/// key. It may only change speed: on lines built around the edge (runs of 38 to 42 key characters, every operator
/// and quote the pattern reads, other bytes around), the rule finds the same with the test as without it.
struct AWSSecretKeyPrefilterTests {
    @Test("on random lines around the key's length, the test changes no finding")
    func randomLines() {
        let filtered = SecretScanner(rules: [SecretRule.awsSecretAccessKey])
        let unfiltered = SecretScanner(rules: [SecretRule.awsSecretAccessKeyByPattern])
        var generator = SplitMix64(seed: 40)
        func pick(_ options: [String]) -> String { options.randomElement(using: &generator) ?? "" }
        let keyCharacters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+")
        let names = ["aws_secret_access_key", "AWS_SECRET_ACCESS_KEY", "secretAccessKey", "aws.secret", "awsSecretKey", "secret", "aws-secret-key"]
        let operators = ["=", " = ", ":", ": ", "=>", " := ", "\"]=", "'=", "\t=\t"]
        let quotes = ["", "\"", "'", "`"]
        let around = ["", " ", "=", "==", "é", ";", "-", "_", ".", "+", "/", "x", "\"", " // 1234"]
        var turnedDown = 0
        var reported = 0
        for _ in 0..<20_000 {
            let length = Bool.random(using: &generator) ? 40 : Int.random(in: 38...42, using: &generator)
            let key = String((0..<length).map { _ in keyCharacters.randomElement(using: &generator)! })
            let quote = pick(quotes)
            let line = pick(around) + pick(names) + pick(operators) + quote + pick(around) + key + pick(around) + quote + pick(around)
            let with = filtered.scan(lines: [(1, line)])
            let without = unfiltered.scan(lines: [(1, line)])
            #expect(with == without, "\(line): with the test \(with), without \(without)")
            if !without.isEmpty { reported += 1 }
            if !SecretRule.holdsKeyLengthRun(line) { turnedDown += 1 }
        }
        // Both sides must be well represented, or the lines would test nothing.
        #expect(turnedDown > 5_000 && reported > 1_000, "\(turnedDown) turned down, \(reported) reported")
    }

    @Test("a run of exactly forty key characters, anywhere on the line, passes")
    func edges() {
        let key = String(repeating: "aB3/", count: 10)
        #expect(SecretRule.holdsKeyLengthRun(key))
        #expect(SecretRule.holdsKeyLengthRun("secret = \(key)"))
        #expect(SecretRule.holdsKeyLengthRun("secret = '\(key)' // note"))
        #expect(!SecretRule.holdsKeyLengthRun("secret = \(key)x"))
        #expect(!SecretRule.holdsKeyLengthRun("secret = \(key.dropLast())"))
        #expect(!SecretRule.holdsKeyLengthRun("const secret = process.env.JWT_SECRET // 684124361"))
    }
}
