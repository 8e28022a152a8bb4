import Foundation
import Testing

@testable import GroundworkSecrets

struct SecretScannerTests {
    let scanner = SecretScanner()

    @Test("lines are numbered from 1 and columns count UTF-16 code units from 1")
    func linesAndColumns() throws {
        let text = "first line\n// 😀 note\nlet gh = \"\(FakeSecrets.gitHubToken)\" // 😀\n"
        let match = try #require(scanner.scan(text: text).first)
        #expect(match.line == 3)
        #expect(match.column == 11)
        #expect(match.ruleID == "github-token")
        #expect(match.severity == .critical)
        #expect(match.redacted == "ghp_****")

        let emoji = try #require(scanner.scan(text: "😀 \(FakeSecrets.gitHubToken)").first)
        #expect(emoji.column == 4)
    }

    @Test("CRLF line endings give the same lines as LF")
    func crlfLineEndings() {
        let lines = ["a: 1", "GITHUB_TOKEN=\(FakeSecrets.gitHubToken)", "b: 2", "DB_PASSWORD=\(FakeSecrets.password)"]
        let unix = scanner.scan(text: lines.joined(separator: "\n"))
        let windows = scanner.scan(text: lines.joined(separator: "\r\n"))
        #expect(unix.map(\.line) == [2, 4])
        #expect(windows == unix)
    }

    @Test("scan(lines:) keeps the caller's line numbers")
    func addedLines() {
        let matches = scanner.scan(lines: [(41, "context"), (42, "token: \(FakeSecrets.gitHubToken)"), (97, "x")])
        #expect(matches.map(\.line) == [42])
    }

    @Test(
        "an inline allow comment keeps a line out of the report",
        arguments: ["# groundwork:allow", "// gitleaks:allow", "# pragma: allowlist secret", "# GROUNDWORK:ALLOW"]
    )
    func inlineAllow(marker: String) {
        let line = "GITHUB_TOKEN=\(FakeSecrets.gitHubToken)"
        #expect(scanner.scan(text: line).count == 1)
        #expect(scanner.scan(text: "\(line) \(marker)").isEmpty)
        #expect(scanner.scan(text: "\(line) \(marker)\n\(line)").map(\.line) == [2])
    }

    @Test("a private key is reported once, on its BEGIN line, and can be allowed there")
    func privateKeyOnBeginLine() throws {
        let text = "config:\n  key: |\n" + FakeSecrets.privateKey.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n")
        let matches = scanner.scan(text: text)
        #expect(matches.count == 1)
        let match = try #require(matches.first)
        #expect(match.line == 3 && match.column == 5 && match.ruleID == "private-key")
        #expect(match.redacted == "P4HG****")

        let allowed = text.replacingOccurrences(of: "PRIVATE KEY-----\n", with: "PRIVATE KEY----- # groundwork:allow\n")
        #expect(scanner.scan(text: allowed).isEmpty)
    }

    @Test("a private key body is read only from consecutive added lines")
    func privateKeyNeedsConsecutiveLines() {
        let body = FakeSecrets.privateKeyBody
        let consecutive = [(10, FakeSecrets.privateKeyBegin)] + body.enumerated().map { (11 + $0.offset, $0.element) }
        #expect(scanner.scan(lines: consecutive).map(\.line) == [10])
        let gap = [(10, FakeSecrets.privateKeyBegin)] + body.enumerated().map { (20 + $0.offset, $0.element) }
        #expect(scanner.scan(lines: gap).isEmpty)
    }

    @Test("code that only mentions a BEGIN marker is not a key")
    func beginMarkerInCode() {
        let code = """
            guard pem.hasPrefix("\(FakeSecrets.privateKeyBegin)") else {
                throw KeyError.notPrivateKeyMaterialInThisDocumentAtAllReallyNotEvenCloseToBeingOne
            }
            """
        #expect(scanner.scan(text: code).isEmpty)
    }

    @Test("lines over the length limit are scanned only for private keys and provider tokens")
    func longLines() {
        let padding = String(repeating: "a", count: SecretScanner.maximumLineLength)
        #expect(scanner.scan(text: "var t=\"\(FakeSecrets.gitHubToken)\";" + padding).map(\.ruleID) == ["github-token"])
        #expect(scanner.scan(text: "password = \"\(FakeSecrets.password)\"").map(\.ruleID) == ["generic-assignment"])
        #expect(scanner.scan(text: "password = \"\(FakeSecrets.password)\";" + padding).isEmpty, "generic rules skip long lines")
        let jsonKey =
            "{\"private_key\": \"" + FakeSecrets.privateKey.replacingOccurrences(of: "\n", with: #"\n"#)
            + "\", \"padding\": \"" + padding + "\"}"
        #expect(scanner.scan(text: jsonKey).map(\.ruleID) == ["private-key"])
    }

    @Test("a value found by a specific rule is not reported again by the generic rule")
    func specificRuleWins() {
        #expect(scanner.scan(text: "token = \"\(FakeSecrets.gitHubToken)\"").map(\.ruleID) == ["github-token"])
        #expect(scanner.scan(text: "api_key: '\(FakeSecrets.stripeLiveKey)'").map(\.ruleID) == ["stripe-live-key"])
        #expect(scanner.scan(text: "auth_token = \(FakeSecrets.jwt)").map(\.ruleID) == ["jwt"])
    }

    @Test("two secrets on one line are both reported, left to right")
    func twoSecretsOnALine() {
        let line = "AWS_ACCESS_KEY_ID=\(FakeSecrets.awsAccessKeyID) AWS_SECRET_ACCESS_KEY=\(FakeSecrets.awsSecretAccessKey)"
        let matches = scanner.scan(text: line)
        #expect(Set(matches.map(\.ruleID)) == ["aws-access-key-id", "aws-secret-access-key"])
        #expect(matches.count == 2)
    }

    @Test(
        "placeholders are not reported",
        arguments: [
            "changeme", "changethis", "CHANGE_ME", "example-password-1", "xxxxxxxxxxxx", "your_password_here",
            "<db-password>", "${DB_PASSWORD}", "{{ db_password }}", "%s", "dummy-secret-1", "sample-value-2",
            "test1234abcd", "fake-secret-9", "REDACTED", "****", "null", "None", "true", "false",
            "process.env.DB_PASSWORD", "os.environ['DB_PASSWORD']", "$DB_PASSWORD", "%DB_PASSWORD%",
            "AKIAIOSFODNN7EXAMPLE", "zzzzzzzzzzzzzzzz", "/etc/secrets/db", "https://vault.internal/v1/secret",
        ]
    )
    func placeholdersAreNotReported(value: String) {
        for template in ["password = \"%@\"", "password: %@", "DB_PASSWORD=%@", "{\"api_key\": \"%@\"}"] {
            let line = template.replacingOccurrences(of: "%@", with: value)
            #expect(scanner.scan(text: line).isEmpty, "\(line)")
        }
    }

    @Test("random binary and invalid UTF-8 do not crash the scanner, and a secret among them is still found")
    func binaryInput() {
        var generator = SplitMix64(seed: 42)
        for length in [0, 1, 7, 4_096, 200_000] {
            let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            _ = scanner.mightContainSecret(bytes)
            _ = scanner.mightContainSecret(Data(bytes))
            _ = scanner.scan(text: String(decoding: bytes, as: UTF8.self))
        }
        let invalid: [UInt8] = [0xFF, 0xFE, 0x00, 0xC3, 0x28, 0x0A] + Array("GITHUB_TOKEN=\(FakeSecrets.gitHubToken)".utf8) + [0x80, 0x00]
        #expect(scanner.mightContainSecret(invalid))
        let matches = scanner.scan(text: String(decoding: invalid, as: UTF8.self))
        #expect(matches.map(\.ruleID) == ["github-token"])
        #expect(matches.first?.line == 2)
    }

    @Test("the prefilter works on collections without contiguous storage")
    func prefilterOnLazyBytes() {
        let text = "config = load()\nDB_PASSWORD=\(FakeSecrets.password)"
        #expect(scanner.mightContainSecret(text.utf8.lazy.map { $0 }))
        #expect(!scanner.mightContainSecret("let x = 1\nprint(x)\n".utf8.lazy.map { $0 }))
        #expect(!scanner.mightContainSecret([UInt8]()))
    }

    @Test("a scanner with no rules finds nothing")
    func noRules() {
        let empty = SecretScanner(rules: [])
        #expect(!empty.mightContainSecret(FakeSecrets.gitHubToken.utf8))
        #expect(empty.scan(text: "GITHUB_TOKEN=\(FakeSecrets.gitHubToken)").isEmpty)
    }
}

/// A small deterministic random number generator, so random inputs are the same on every run.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}

/// Test code and fixtures: rules that know a secret only by its name or a generic shape stay quiet there.
struct SecretLocationTests {
    @Test(
        "test folders and test file names of the common stacks are test code",
        arguments: [
            "test/controllers/sessions_controller_test.rb", "tests/api/routes/test_login.py", "testdata/key.pem",
            "src/test/java/io/acme/JwtServiceTest.java", "Tests/AppTests/AppTests.swift", "users/unit_test.go",
            "resources/assets/js/services/authService.spec.ts", "app/tests.py", "apps/cart-e2e/src/app.cy.ts",
            "spec/fixtures/files/token.yml", "src/__mocks__/client.ts", "e2e/login.ts",
        ])
    func testCode(path: String) {
        #expect(SecretLocation.isTestCode(path))
    }

    @Test(
        "application code and configuration are not test code",
        arguments: [
            "src/main/resources/application.properties", "config/settings.py", "script/dev/populate", "lib/latest.rb",
            "Sources/GroundworkSecrets/SecretScanner.swift", "contest/app.py", "src/attestation.ts", "README.md",
        ])
    func notTestCode(path: String) {
        #expect(!SecretLocation.isTestCode(path))
    }

    @Test("generic, JWT and private-key findings are not reported in tests; provider tokens are")
    func reportsInTests() {
        let scanner = SecretScanner()
        #expect(!scanner.reports(ruleID: "generic-assignment", at: "test/models/user_test.rb"))
        #expect(!scanner.reports(ruleID: "jwt", at: "src/test/java/io/acme/JwtServiceTest.java"))
        #expect(!scanner.reports(ruleID: "private-key", at: "testdata/key.pem"))
        #expect(scanner.reports(ruleID: "github-token", at: "tests/test_client.py"))
        #expect(scanner.reports(ruleID: "aws-access-key-id", at: "spec/fixtures/aws.yml"))
        #expect(scanner.reports(ruleID: "generic-assignment", at: "config/database.yml"))
    }
}
