/// The one JSON parser (RFC 8259, strict): reads UTF-8 bytes into values that remember their lines
/// (`LocatedJSON`), keeps key order and number spelling, and says on which line and what was expected when the text is not JSON.
package struct JSONParser {
    /// What to do with a key that appears twice in one object.
    package enum DuplicateKeys: Sendable {
        /// The later value replaces the earlier one in the earlier one's place (as JavaScript's `JSON.parse`).
        case lastWins
        /// A syntax error naming the key: for signed or security-relevant documents, where two readers
        /// picking different duplicates would disagree about what the file says.
        case refuse
    }

    /// The deepest nesting of objects and arrays any reader accepts by default; the parser recurses, so the
    /// limit keeps hostile input from exhausting the stack.
    package static let defaultMaximumDepth = 512

    /// Parses a whole document into a plain value; the error says what was expected and on which line.
    package static func parse(_ text: String) -> Result<JSONValue, JSONSyntaxError> {
        do throws(JSONSyntaxError) {
            return .success(try node(Array(text.utf8)).plain)
        } catch {
            return .failure(error)
        }
    }

    /// Parses a whole document of UTF-8 `bytes` (a leading byte order mark is skipped) into located nodes;
    /// anything after the document but whitespace is an error.
    package static func node(
        _ bytes: [UInt8], duplicateKeys: DuplicateKeys = .lastWins, maximumDepth: Int = defaultMaximumDepth
    ) throws(JSONSyntaxError) -> LocatedJSON {
        // A byte order mark is not JSON, but editors on Windows write one.
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var parser = JSONParser(bytes: bytes, index: start, duplicateKeys: duplicateKeys, maximumDepth: maximumDepth)
        parser.skipWhitespace()
        let result = try parser.value()
        parser.skipWhitespace()
        if parser.index < bytes.count {
            throw parser.error("expected the end of the file after the JSON document, found \(parser.found())")
        }
        return result
    }

    private let bytes: [UInt8]
    private let duplicateKeys: DuplicateKeys
    private let maximumDepth: Int
    private var index: Int
    private var line = 1
    private var depth = 0

    private init(bytes: [UInt8], index: Int, duplicateKeys: DuplicateKeys, maximumDepth: Int) {
        self.bytes = bytes
        self.index = index
        self.duplicateKeys = duplicateKeys
        self.maximumDepth = maximumDepth
    }

    private mutating func value() throws(JSONSyntaxError) -> LocatedJSON {
        let start = line
        guard let byte = peek() else {
            throw error("expected a JSON value, found the end of the file")
        }
        switch byte {
        case UInt8(ascii: "{"): return LocatedJSON(try object(), line: start)
        case UInt8(ascii: "["): return LocatedJSON(try array(), line: start)
        case UInt8(ascii: "\""): return LocatedJSON(.string(try string()), line: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return LocatedJSON(try number(), line: start)
        case UInt8(ascii: "t"): try literal("true"); return LocatedJSON(.bool(true), line: start)
        case UInt8(ascii: "f"): try literal("false"); return LocatedJSON(.bool(false), line: start)
        case UInt8(ascii: "n"): try literal("null"); return LocatedJSON(.null, line: start)
        default:
            throw error("expected a JSON value (object, array, string, number, true, false or null), found \(found())")
        }
    }

    private mutating func object() throws(JSONSyntaxError) -> LocatedJSON.Value {
        try enter()
        defer { depth -= 1 }
        index += 1
        var members: [LocatedJSON.Member] = []
        skipWhitespace()
        if peek() == UInt8(ascii: "}") {
            index += 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard peek() == UInt8(ascii: "\"") else {
                throw error("expected a member name in double quotes, found \(found())")
            }
            let keyLine = line
            let key = try string()
            skipWhitespace()
            guard peek() == UInt8(ascii: ":") else {
                throw error("expected ':' after the member name \"\(key)\", found \(found())")
            }
            index += 1
            skipWhitespace()
            let member = LocatedJSON.Member(key: key, line: keyLine, value: try value())
            if let existing = members.firstIndex(where: { $0.key == key }) {
                guard duplicateKeys == .lastWins else {
                    throw JSONSyntaxError(message: "the key \"\(key)\" appears twice in the same object", line: keyLine)
                }
                members[existing].value = member.value
            } else {
                members.append(member)
            }
            skipWhitespace()
            switch peek() {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "}"): index += 1; return .object(members)
            default: throw error("expected ',' or '}' after the value of \"\(key)\", found \(found())")
            }
        }
    }

    private mutating func array() throws(JSONSyntaxError) -> LocatedJSON.Value {
        try enter()
        defer { depth -= 1 }
        index += 1
        var elements: [LocatedJSON] = []
        skipWhitespace()
        if peek() == UInt8(ascii: "]") {
            index += 1
            return .array(elements)
        }
        while true {
            skipWhitespace()
            elements.append(try value())
            skipWhitespace()
            switch peek() {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "]"): index += 1; return .array(elements)
            default: throw error("expected ',' or ']' after an element of an array, found \(found())")
            }
        }
    }

    private mutating func string() throws(JSONSyntaxError) -> String {
        let startLine = line
        index += 1
        var scalars = String.UnicodeScalarView()
        var run: [UInt8] = []
        // Unescaped bytes are gathered and validated as UTF-8 in runs, so a multi-byte character is never split.
        func flush(_ run: inout [UInt8], into scalars: inout String.UnicodeScalarView) -> Bool {
            guard !run.isEmpty else { return true }
            guard let text = String(validating: run, as: UTF8.self) else { return false }
            scalars.append(contentsOf: text.unicodeScalars)
            run.removeAll(keepingCapacity: true)
            return true
        }
        while true {
            guard let byte = peek() else {
                throw JSONSyntaxError(message: "the string that starts here is never closed with '\"'", line: startLine)
            }
            if byte == UInt8(ascii: "\"") {
                index += 1
                guard flush(&run, into: &scalars) else { throw error("expected UTF-8 text inside a string") }
                return String(scalars)
            }
            if byte < 0x20 {
                throw error("expected '\"' to close the string before the end of the line (control characters must be escaped)")
            }
            if byte != UInt8(ascii: "\\") {
                run.append(byte)
                index += 1
                continue
            }
            guard flush(&run, into: &scalars) else { throw error("expected UTF-8 text inside a string") }
            index += 1
            guard let escape = peek() else { continue }
            index += 1
            switch escape {
            case UInt8(ascii: "\""): scalars.append("\"")
            case UInt8(ascii: "\\"): scalars.append("\\")
            case UInt8(ascii: "/"): scalars.append("/")
            case UInt8(ascii: "b"): scalars.append("\u{08}")
            case UInt8(ascii: "f"): scalars.append("\u{0C}")
            case UInt8(ascii: "n"): scalars.append("\n")
            case UInt8(ascii: "r"): scalars.append("\r")
            case UInt8(ascii: "t"): scalars.append("\t")
            case UInt8(ascii: "u"): scalars.append(try unicodeEscape())
            default:
                index -= 1
                throw error("expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX after a backslash, found \(found())")
            }
        }
    }

    /// Reads the hex digits after `\u`, joining a surrogate pair into one scalar; a lone surrogate is an error,
    /// as a Swift string (and UTF-8) cannot hold one.
    private mutating func unicodeEscape() throws(JSONSyntaxError) -> Unicode.Scalar {
        let first = try hexQuad()
        if (0xD800...0xDBFF).contains(first) {
            guard peek() == UInt8(ascii: "\\"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "u") else {
                throw error("expected a low surrogate \\uDC00-\\uDFFF after the high surrogate \\u\(String(first, radix: 16))")
            }
            index += 2
            let second = try hexQuad()
            guard (0xDC00...0xDFFF).contains(second), let scalar = Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)) else {
                throw error("expected a low surrogate \\uDC00-\\uDFFF, found \\u\(String(second, radix: 16))")
            }
            return scalar
        }
        guard let scalar = Unicode.Scalar(first) else {
            throw error("expected a Unicode scalar, found the lone surrogate \\u\(String(first, radix: 16))")
        }
        return scalar
    }

    private mutating func hexQuad() throws(JSONSyntaxError) -> UInt32 {
        var result: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = peek(), let digit = Self.hexValue(byte) else {
                throw error("expected four hexadecimal digits after \\u, found \(found())")
            }
            result = result << 4 | digit
            index += 1
        }
        return result
    }

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    private mutating func number() throws(JSONSyntaxError) -> LocatedJSON.Value {
        let start = index
        if peek() == UInt8(ascii: "-") { index += 1 }
        if peek() == UInt8(ascii: "0") {
            index += 1
        } else if digits() == 0 {
            throw error("expected a digit in the number, found \(found())")
        }
        if peek() == UInt8(ascii: ".") {
            index += 1
            if digits() == 0 { throw error("expected a digit after the decimal point, found \(found())") }
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            index += 1
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { index += 1 }
            if digits() == 0 { throw error("expected a digit in the exponent, found \(found())") }
        }
        return .number(String(decoding: bytes[start..<index], as: UTF8.self))
    }

    private mutating func digits() -> Int {
        var count = 0
        while let byte = peek(), (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
            index += 1
            count += 1
        }
        return count
    }

    private mutating func literal(_ word: String) throws(JSONSyntaxError) {
        for expected in word.utf8 {
            guard peek() == expected else { throw error("expected \(word), found \(found())") }
            index += 1
        }
    }

    private mutating func enter() throws(JSONSyntaxError) {
        depth += 1
        if depth > maximumDepth {
            throw error("expected at most \(maximumDepth) levels of nested objects and arrays")
        }
    }

    private mutating func skipWhitespace() {
        while let byte = peek() {
            switch byte {
            case UInt8(ascii: "\n"): line += 1
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"): break
            default: return
            }
            index += 1
        }
    }

    private func peek() -> UInt8? {
        index < bytes.count ? bytes[index] : nil
    }

    /// Describes what is at the current position.
    private func found() -> String {
        guard let byte = peek() else { return "the end of the file" }
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        if byte == UInt8(ascii: " ") { return "a space" }
        if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { return "the end of the line" }
        return "the byte 0x\(String(byte, radix: 16, uppercase: true))"
    }

    private func error(_ message: String) -> JSONSyntaxError {
        JSONSyntaxError(message: message, line: line)
    }
}

/// Why a JSON document does not parse, and on which 1-based line.
package struct JSONSyntaxError: Error, Sendable {
    package var message: String
    package var line: Int
}
