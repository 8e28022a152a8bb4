import GroundworkFormats
import Testing

@Suite struct JSONParserTests {
    private func failure(_ text: String) -> JSONSyntaxError? {
        guard case .failure(let error) = JSONParser.parse(text) else { return nil }
        return error
    }

    @Test func valuesRememberTheirLines() throws {
        let node = try JSONParser.node(Array("{\n  \"a\": [1,\n    2],\n  \"b\": {}\n}".utf8))
        #expect(node.line == 1)
        #expect(node["a"]?.line == 2)
        #expect(node["b"]?.line == 4)
        guard case .array(let elements) = node["a"]?.value.value else { Issue.record("a is not an array"); return }
        #expect(elements.map(\.line) == [2, 3])
    }

    @Test func keyOrderAndNumberSpellingSurviveARoundTrip() throws {
        let text = "{\n  \"z\": 1.50,\n  \"a\": [true, null, \"\\u00e9\\ud83d\\ude00\"]\n}\n"
        let value = try JSONParser.parse(text).get()
        #expect(value.serialized() == "{\n  \"z\": 1.50,\n  \"a\": [\n    true,\n    null,\n    \"é😀\"\n  ]\n}\n")
    }

    @Test func duplicateKeysLastWinsOrAreRefused() throws {
        let text = "{\"a\": 1,\n\"b\": 2,\n\"a\": 3}"
        #expect(try JSONParser.parse(text).get() == .object([(key: "a", value: .number("3")), (key: "b", value: .number("2"))]))
        let error = #expect(throws: JSONSyntaxError.self) { try JSONParser.node(Array(text.utf8), duplicateKeys: .refuse) }
        #expect(error?.line == 3)
        #expect(error?.message == "the key \"a\" appears twice in the same object")
    }

    /// Found by fuzzing (scripts/fuzz.sh json): a high surrogate followed by an escape below U+DC00 made the
    /// old parser subtract past zero and trap.
    @Test(arguments: [#"["\uD800\u0000"]"#, #"["\ud83d\u0041"]"#, #"["\udbff\uffff"]"#])
    func aHighSurrogateWithoutItsLowHalfIsAnError(text: String) throws {
        let error = try #require(failure(text))
        #expect(error.line == 1)
        #expect(error.message.hasPrefix("expected a low surrogate \\uDC00-\\uDFFF, found \\u"))
    }

    @Test(arguments: [
        (#"["\ud83d"]"#, "expected a low surrogate \\uDC00-\\uDFFF after the high surrogate \\ud83d"),
        (#"["\udc00"]"#, "expected a Unicode scalar, found the lone surrogate \\udc00"),
        ("{\"a\" 1}", "expected ':' after the member name \"a\", found '1'"),
        ("[1,]", "expected a JSON value (object, array, string, number, true, false or null), found ']'"),
        ("[-]", "expected a digit in the number, found ']'"),
        ("\"\\u12\"", "expected four hexadecimal digits after \\u, found '\"'"),
        ("", "expected a JSON value, found the end of the file"),
    ])
    func syntaxErrorsSayWhatWasExpected(text: String, message: String) throws {
        #expect(failure(text)?.message == message)
    }

    @Test func deepNestingIsRefusedBeforeTheStackRunsOut() throws {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(failure(deep)?.message == "expected at most \(JSONParser.defaultMaximumDepth) levels of nested objects and arrays")
        let limited = #expect(throws: JSONSyntaxError.self) { try JSONParser.node(Array("[[[]]]".utf8), maximumDepth: 2) }
        #expect(limited?.message == "expected at most 2 levels of nested objects and arrays")
    }

    @Test func invalidUTF8InsideAStringIsAnError() throws {
        let error = #expect(throws: JSONSyntaxError.self) { try JSONParser.node([0x22, 0xFF, 0xFE, 0x22]) }
        #expect(error?.message == "expected UTF-8 text inside a string")
    }
}
