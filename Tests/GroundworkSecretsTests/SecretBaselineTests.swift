import Foundation
import Testing

@testable import GroundworkSecrets

struct SecretBaselineTests {
    static func temporaryPath() -> String {
        NSTemporaryDirectory() + "/groundwork-baseline-\(UUID().uuidString).json"
    }

    @Test("a baseline written to a file reads back the same")
    func roundTrip() throws {
        let path = Self.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let baseline = SecretBaseline(fingerprints: [
            "4b825dc642cb6eb9a060e54bf8d69288fbee4904:config/app.yml:generic-assignment:12",
            ":src/db:main.go:github-token:3",
            ":path with \"quotes\" and \\ and \t tab:jwt:1",
        ])
        try baseline.write(to: path)
        let read = try SecretBaseline(contentsOf: path)
        #expect(read == baseline)
        #expect(read.contains(":src/db:main.go:github-token:3"))
        #expect(!read.contains(":src/db:main.go:github-token:4"))
    }

    @Test("the file lists fingerprints sorted, one per line, and keeps slashes readable")
    func encodedFormat() throws {
        let baseline = SecretBaseline(fingerprints: [":b/c.env:generic-assignment:2", ":a.env:generic-assignment:1"])
        let text = try #require(String(data: baseline.encoded(), encoding: .utf8))
        #expect(
            text == """
                {
                  "version": 1,
                  "fingerprints": [
                    ":a.env:generic-assignment:1",
                    ":b/c.env:generic-assignment:2"
                  ]
                }

                """
        )
        let empty = try #require(String(data: SecretBaseline().encoded(), encoding: .utf8))
        #expect(try SecretBaseline(data: Data(empty.utf8), path: "empty.json") == SecretBaseline())
    }

    @Test("a matched finding's fingerprint is the baseline key")
    func fingerprintOfMatch() throws {
        let match = try #require(SecretScanner().scan(text: "\n\nGITHUB_TOKEN=\(FakeSecrets.gitHubToken)").first)
        #expect(match.fingerprint(commit: nil, path: ".env") == ":.env:github-token:3")
        #expect(match.fingerprint(commit: "abc123", path: "a/b.txt") == "abc123:a/b.txt:github-token:3")
        let baseline = SecretBaseline(fingerprints: [match.fingerprint(commit: nil, path: ".env")])
        #expect(baseline.contains(match.fingerprint(commit: nil, path: ".env")))
    }

    @Test(
        "a malformed baseline is rejected with the file and what was expected",
        arguments: [
            ("{\"version\": 1, \"fingerprints\": [", "is not valid JSON"),
            ("\"fingerprints\"", "expected a JSON object at the top level (or a gitleaks JSON report, a list), found a string"),
            ("[1]", "finding 1 is a number; expected an object"),
            ("{\"fingerprints\": []}", "expected a \"version\" member"),
            ("{\"version\": \"1\", \"fingerprints\": []}", "expected \"version\" to be the number 1, found a string"),
            ("{\"version\": true, \"fingerprints\": []}", "expected \"version\" to be the number 1, found a boolean"),
            ("{\"version\": 2, \"fingerprints\": []}", "version 2 is not supported; expected 1"),
            ("{\"version\": 1}", "expected a \"fingerprints\" member"),
            ("{\"version\": 1, \"fingerprints\": {}}", "expected \"fingerprints\" to be an array of strings, found an object"),
            ("{\"version\": 1, \"fingerprints\": [\":a:jwt:1\", 7]}", "fingerprint 2 is a number; expected a string"),
            ("{\"version\": 1, \"fingerprints\": [\"a.env\"]}", "fingerprint 1 \"a.env\" is not of the form commit:path:rule:line"),
            ("{\"version\": 1, \"fingerprints\": [\":a.env:jwt:x\"]}", "is not of the form commit:path:rule:line"),
            ("\u{FF}\u{FE}", "is not valid JSON"),
        ]
    )
    func malformedBaseline(content: String, expected: String) {
        #expect {
            try SecretBaseline(data: Data(content.utf8), path: "ci/baseline.json")
        } throws: { error in
            let description = String(describing: error)
            return description.hasPrefix("ci/baseline.json: ") && description.contains(expected)
        }
    }

    @Test("a missing baseline file is a usage error naming the file")
    func missingFile() {
        let path = Self.temporaryPath()
        #expect {
            try SecretBaseline(contentsOf: path)
        } throws: { error in
            guard let error = error as? SecretBaselineError else { return false }
            return error.path == path && error.problem.hasPrefix("cannot be read") && error.exitStatus == .usage
        }
    }
}
