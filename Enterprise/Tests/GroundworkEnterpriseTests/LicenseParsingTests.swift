#if Enterprise
import Foundation
import Testing
@testable import GroundworkEnterprise
@testable import GroundworkFleet
@testable import GroundworkLicense

@Suite struct LicenseParsingTests {
    let fixtures = LicenseFixtures()

    private func parseError(_ text: String) -> LicenseError? {
        #expect(throws: LicenseError.self) { try SignedLicense.parse(Data(text.utf8), file: "broken.json") }
    }

    @Test func malformedJSONNamesTheFileAndLine() throws {
        let text = try fixtures.licenseText(try LicenseFixtures.payload())
        // Drop the comma after "plan" (line 6), so line 7 starts without one.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[5].hasPrefix("    \"plan\""))
        var broken = lines.map(String.init)
        broken[5].removeLast()
        let error = try #require(parseError(broken.joined(separator: "\n")))
        #expect(error.code == .syntax)
        #expect(error.file == "broken.json")
        #expect(error.line == 7)
        #expect(error.message == "expected ',' or '}' after the value of \"plan\", found '\"'")
        #expect(error.description.hasPrefix("broken.json:7: expected"))
    }

    @Test(arguments: [
        ("{\n  \"payload\": {,\n}", 2, "expected a member name in double quotes, found ','"),
        ("{\n  \"payload\": \"unterminated\n}", 2, "expected '\"' to close the string before the end of the line (control characters must be escaped)"),
        ("{\n\n  \"key_id\": tru\n}", 3, "expected true, found the end of the line"),
        ("{\"a\": 1}\n{", 2, "expected the end of the file after the JSON document, found '{'"),
        ("{\n  \"a\": 1,\n  \"a\": 2\n}", 3, "the key \"a\" appears twice in the same object"),
        ("[\n1,\n2\n", 4, "expected ',' or ']' after an element of an array, found the end of the file"),
        ("{\"a\": \"\\x\"}", 1, "expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX after a backslash, found 'x'"),
        ("{\"a\": 01}", 1, "expected ',' or '}' after the value of \"a\", found '1'"),
    ])
    func syntaxErrors(text: String, line: Int, message: String) throws {
        let error = try #require(parseError(text))
        #expect(error.code == .syntax)
        #expect(error.line == line)
        #expect(error.message == message)
    }

    @Test func shapeErrorsNameTheLineAndWhatWasExpected() throws {
        let text = try fixtures.licenseText(try LicenseFixtures.payload())
        let wrongType = try #require(parseError(text.replacingOccurrences(of: "\"grace_days\": 14", with: "\"grace_days\": \"14\"")))
        #expect(wrongType.code == .shape)
        #expect(wrongType.line == 9)
        #expect(wrongType.message == "expected \"grace_days\" to be a number of days, an integer, found the string \"14\"")

        let badDate = try #require(parseError(text.replacingOccurrences(of: "\"2026-12-31\"", with: "\"2026-02-30\"")))
        #expect(badDate.line == 8)
        #expect(badDate.message.contains("expected \"expires\" to be a date written \"YYYY-MM-DD\""))

        let missing = try #require(parseError(text.replacingOccurrences(of: "\"expires\"", with: "\"expiry\"")))
        #expect(missing.line == 2)
        #expect(missing.message == "expected the payload to have \"expires\" (a date written \"YYYY-MM-DD\")")

        let backwards = try #require(parseError(text.replacingOccurrences(of: "\"2026-12-31\"", with: "\"2025-12-31\"")))
        #expect(backwards.line == 8)
        #expect(backwards.message.contains("on or after the issue date"))

        let noSignature = try #require(parseError(text.replacingOccurrences(of: "\"signature\"", with: "\"sig\"")))
        #expect(noSignature.line == 1)
        #expect(noSignature.message == "expected the license to have \"signature\" (the Ed25519 signature in base64)")

        let shortSignature = try #require(parseError(text.replacingOccurrences(of: "\"signature\": \"", with: "\"signature\": \"AAAA")))
        #expect(shortSignature.message.contains("64 bytes in base64"))
    }

    @Test func notAnObjectIsAShapeError() throws {
        let error = try #require(parseError("\n[1, 2]\n"))
        #expect(error.code == .shape)
        #expect(error.line == 2)
        #expect(error.message == "expected the license to be a JSON object, found an array")
    }

    @Test func newerFormatVersionAsksForAnUpgrade() throws {
        let text = try fixtures.licenseText(try LicenseFixtures.payload())
        let error = try #require(parseError(text.replacingOccurrences(of: "\"format_version\": 1", with: "\"format_version\": 2")))
        #expect(error.code == .unsupportedVersion)
        #expect(error.line == 3)
        #expect(error.remedy == "upgrade groundwork")
    }

    @Test func emptyAndBinaryFilesAreUnreadable() throws {
        #expect(parseError("  \n")?.code == .unreadable)
        let binary = #expect(throws: LicenseError.self) {
            try SignedLicense.parse(Data([0x7B, 0xFF, 0xFE, 0x7D]), file: "binary.json")
        }
        #expect(binary?.message.contains("not UTF-8") == true)
    }

    @Test func missingFileIsUnreadable() throws {
        let error = #expect(throws: LicenseError.self) { try SignedLicense.load(from: "/nonexistent/license.json") }
        #expect(error?.code == .unreadable)
        #expect(error?.description.hasPrefix("/nonexistent/license.json: no license file here") == true)
    }

    @Test func canonicalFormIgnoresLayoutOrderAndEscaping() throws {
        let first = try LicenseJSON.parse(Data(#"{"b": [1, -0, true, null], "a": "x\u00e9\/\n\u0001", "\u00e9": {}}"#.utf8), file: "a")
        let second = try LicenseJSON.parse(Data("{\n  \"é\":{ },\"a\" : \"xé/\\n\\u0001\",\n\"b\":[ 1,0,true,null ]}".utf8), file: "b")
        let expected = "{\"a\":\"xé/\\n\\u0001\",\"b\":[1,0,true,null],\"é\":{}}"
        #expect(String(decoding: try first.canonicalBytes(file: "a"), as: UTF8.self) == expected)
        #expect(try first.canonicalBytes(file: "a") == second.canonicalBytes(file: "b"))
    }

    @Test func canonicalFormRefusesNonIntegers() throws {
        let json = try LicenseJSON.parse(Data("{\n\"a\": 1.5}".utf8), file: "a")
        let error = #expect(throws: LicenseError.self) { try json.canonicalBytes(file: "a") }
        #expect(error?.line == 2)
    }

    @Test func surrogatePairsDecode() throws {
        let json = try LicenseJSON.parse(Data(#"{"a": "\ud83d\ude00"}"#.utf8), file: "a")
        #expect(json["a"]?.value.value == .string("😀"))
        #expect(parseError(#"{"a": "\ud83d"}"#)?.code == .syntax)
    }

    @Test func deepNestingIsRefused() throws {
        let deep = String(repeating: "[", count: 1000) + String(repeating: "]", count: 1000)
        #expect(parseError(deep)?.code == .syntax)
    }
}
#endif
