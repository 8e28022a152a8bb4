import Foundation
import Testing

@testable import GroundworkSecrets

/// The scanner reads lines as bytes (`NumberedLines`) and makes text only of the lines a rule must read: the
/// findings must be those of the text, also for invalid UTF-8 and for lines decided on their bytes alone.
struct NumberedLinesTests {
    let scanner = SecretScanner()

    @Test("splitting numbers lines from 1, drops the line endings and keeps empty lines")
    func splitting() {
        let lines = Array("a\r\n\nthird\nlast".utf8).withUnsafeBufferPointer { NumberedLines(splitting: $0) }
        #expect(lines.count == 4)
        #expect(lines.indices.map(lines.number(at:)) == [1, 2, 3, 4])
        #expect(lines.indices.map(lines.text(at:)) == ["a", "", "third", "last"])
        #expect(lines.indices.map(lines.byteCount(at:)) == [1, 0, 5, 4])
    }

    @Test(
        "splitting gives the lines of a split at line feeds, each without a carriage return before its line feed",
        arguments: ["", "a", "a\n", "\n\n", "a\r\nb\r\n", "x\ry\n\rz", "é\n\u{FF}"])
    func splittingEdges(text: String) {
        let expected = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { line in
            String(decoding: line.last == 0x0D ? line.dropLast() : line[...], as: UTF8.self)
        }
        let lines = Array(text.utf8).withUnsafeBufferPointer { NumberedLines(splitting: $0) }
        #expect(lines.count == expected.count)
        #expect(lines.indices.map(lines.text(at:)) == expected)
        #expect(lines.indices.map(lines.number(at:)) == Array(1...expected.count))
    }

    @Test("a line with invalid UTF-8 gives the findings and columns of its decoded text")
    func invalidUTF8() throws {
        let bytes: [UInt8] = [0xFF, 0xFE] + Array(" token: \(FakeSecrets.gitHubToken)".utf8)
        var lines = NumberedLines()
        bytes.withUnsafeBufferPointer { lines.append(number: 7, bytes: $0) }
        let found = scanner.scan(lines)
        let decoded = scanner.scan(lines: [(7, String(decoding: bytes, as: UTF8.self))])
        #expect(found == decoded)
        let match = try #require(found.first)
        #expect(match.line == 7 && match.ruleID == "github-token" && match.column == 11)
    }

    @Test("a name on a line of its own takes the value on the next line only when that one is consecutive")
    func nextLineValueFromBytes() {
        let value = "Mq8nB3vC" + "6xZ1aS7"
        #expect(scanner.scan(lines: [(3, "db_password:"), (4, "  " + value)]).map(\.line) == [4])
        #expect(scanner.scan(lines: [(3, "db_password:"), (5, "  " + value)]).isEmpty)
        #expect(scanner.scan(lines: [(3, "db_password: # groundwork:allow"), (4, "  " + value)]).isEmpty)
    }

    @Test("among keyword-dense lines decided on their bytes, the one with a value is reported at its line and column")
    func denseLinesDecidedOnBytes() throws {
        let dense = [
            "const token = req.headers.authorization?.split(' ')[1] ?? session.token // 12",
            "password: user.password === undefined ? null : '[redacted]',",
            "  const apiKey = '" + "VAUwV1ZH" + "87MtA5';",
            "const secret = process.env.JWT_SECRET",
        ]
        let matches = scanner.scan(NumberedLines(dense.enumerated().map { (number: 20 + $0.offset, text: $0.element) }))
        let match = try #require(matches.first)
        #expect(matches.count == 1)
        #expect(match.line == 22 && match.column == 19 && match.ruleID == "generic-assignment")
    }
}
