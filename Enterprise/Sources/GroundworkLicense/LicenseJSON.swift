#if Enterprise
import Foundation

/// A JSON value read from a license file, remembering the line it starts on so that errors can point at it.
///
/// The license reader parses JSON itself rather than through `JSONDecoder` for two reasons: errors must name
/// the line for shape problems too (a missing or mistyped field), and the signature covers a canonical form
/// of the payload that must be computed from exactly what is in the file, unknown fields included.
struct LicenseJSON: Sendable, Equatable {
    /// The value itself.
    enum Value: Sendable, Equatable {
        /// Members in file order; keys are unique.
        case object([Member])
        case array([LicenseJSON])
        case string(String)
        /// The number's literal text as it appears in the file.
        case number(String)
        case bool(Bool)
        case null
    }

    /// One `"key": value` of an object.
    struct Member: Sendable, Equatable {
        var key: String
        /// The line the key is on.
        var line: Int
        var value: LicenseJSON
    }

    var value: Value
    /// The 1-based line the value starts on.
    var line: Int

    init(_ value: Value, line: Int = 0) {
        self.value = value
        self.line = line
    }

    /// The member named `key`, when this is an object that has one.
    subscript(key: String) -> Member? {
        guard case .object(let members) = value else { return nil }
        return members.first { $0.key == key }
    }

    /// A short description of the kind of value, for "expected …, found …" messages.
    var kindDescription: String {
        switch value {
        case .object: "an object"
        case .array: "an array"
        case .string(let text): "the string \"\(text.count > 40 ? String(text.prefix(40)) + "…" : text)\""
        case .number(let literal): "the number \(literal)"
        case .bool(let flag): "\(flag)"
        case .null: "null"
        }
    }

    /// Parses a whole document; trailing content other than whitespace is an error.
    static func parse(_ data: Data, file: String) throws(LicenseError) -> LicenseJSON {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var parser = Parser(bytes: bytes, file: file)
        return try parser.document()
    }
}

extension LicenseJSON {
    /// A recursive-descent parser for RFC 8259 JSON over UTF-8 bytes that counts lines.
    struct Parser {
        /// Deeper nesting than any license needs; the limit keeps hostile input from exhausting the stack.
        static let maximumDepth = 32

        let bytes: [UInt8]
        let file: String
        var index = 0
        var line = 1
        var depth = 0

        init(bytes: [UInt8], file: String) {
            self.bytes = bytes
            self.file = file
        }

        mutating func document() throws(LicenseError) -> LicenseJSON {
            skipWhitespace()
            let result = try value()
            skipWhitespace()
            if index < bytes.count {
                throw error("expected the end of the file after the JSON document, found \(found())")
            }
            return result
        }

        private mutating func value() throws(LicenseError) -> LicenseJSON {
            let start = line
            guard let byte = peek() else {
                throw error("expected a JSON value, found the end of the file")
            }
            switch byte {
            case UInt8(ascii: "{"): return LicenseJSON(try object(), line: start)
            case UInt8(ascii: "["): return LicenseJSON(try array(), line: start)
            case UInt8(ascii: "\""): return LicenseJSON(.string(try string()), line: start)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return LicenseJSON(try number(), line: start)
            case UInt8(ascii: "t"): try literal("true"); return LicenseJSON(.bool(true), line: start)
            case UInt8(ascii: "f"): try literal("false"); return LicenseJSON(.bool(false), line: start)
            case UInt8(ascii: "n"): try literal("null"); return LicenseJSON(.null, line: start)
            default:
                throw error("expected a JSON value (object, array, string, number, true, false or null), found \(found())")
            }
        }

        private mutating func object() throws(LicenseError) -> Value {
            try enter()
            defer { depth -= 1 }
            index += 1
            var members: [Member] = []
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
                if members.contains(where: { $0.key == key }) {
                    throw LicenseError.syntax(file, line: keyLine, "the key \"\(key)\" appears twice in the same object")
                }
                skipWhitespace()
                guard peek() == UInt8(ascii: ":") else {
                    throw error("expected ':' after the member name \"\(key)\", found \(found())")
                }
                index += 1
                skipWhitespace()
                members.append(Member(key: key, line: keyLine, value: try value()))
                skipWhitespace()
                switch peek() {
                case UInt8(ascii: ","): index += 1
                case UInt8(ascii: "}"): index += 1; return .object(members)
                default: throw error("expected ',' or '}' after the value of \"\(key)\", found \(found())")
                }
            }
        }

        private mutating func array() throws(LicenseError) -> Value {
            try enter()
            defer { depth -= 1 }
            index += 1
            var elements: [LicenseJSON] = []
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

        private mutating func string() throws(LicenseError) -> String {
            let startLine = line
            index += 1
            var scalars = String.UnicodeScalarView()
            var run: [UInt8] = []
            func flush(_ run: inout [UInt8], into scalars: inout String.UnicodeScalarView) -> Bool {
                guard !run.isEmpty else { return true }
                guard let text = String(validating: run, as: UTF8.self) else { return false }
                scalars.append(contentsOf: text.unicodeScalars)
                run.removeAll(keepingCapacity: true)
                return true
            }
            while true {
                guard let byte = peek() else {
                    throw LicenseError.syntax(file, line: startLine, "the string that starts here is never closed with '\"'")
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

        /// Reads the hex digits after `\u`, joining a surrogate pair into one scalar.
        private mutating func unicodeEscape() throws(LicenseError) -> Unicode.Scalar {
            let first = try hexQuad()
            if (0xD800...0xDBFF).contains(first) {
                guard peek() == UInt8(ascii: "\\"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "u") else {
                    throw error("expected a low surrogate \\uDC00-\\uDFFF after the high surrogate \\u\(String(first, radix: 16))")
                }
                index += 2
                let second = try hexQuad()
                guard (0xDC00...0xDFFF).contains(second),
                      let scalar = Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))
                else {
                    throw error("expected a low surrogate \\uDC00-\\uDFFF, found \\u\(String(second, radix: 16))")
                }
                return scalar
            }
            guard let scalar = Unicode.Scalar(first) else {
                throw error("expected a Unicode scalar, found the lone surrogate \\u\(String(first, radix: 16))")
            }
            return scalar
        }

        private mutating func hexQuad() throws(LicenseError) -> UInt32 {
            var result: UInt32 = 0
            for _ in 0..<4 {
                guard let byte = peek(), let digit = hexValue(byte) else {
                    throw error("expected four hexadecimal digits after \\u, found \(found())")
                }
                result = result << 4 | digit
                index += 1
            }
            return result
        }

        private func hexValue(_ byte: UInt8) -> UInt32? {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
            default: nil
            }
        }

        private mutating func number() throws(LicenseError) -> Value {
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

        private mutating func literal(_ word: String) throws(LicenseError) {
            for expected in word.utf8 {
                guard peek() == expected else { throw error("expected \(word), found \(found())") }
                index += 1
            }
        }

        private mutating func enter() throws(LicenseError) {
            depth += 1
            if depth > Self.maximumDepth {
                throw error("expected at most \(Self.maximumDepth) levels of nested objects and arrays")
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

        private func error(_ message: String) -> LicenseError {
            LicenseError.syntax(file, line: line, message)
        }
    }
}
#endif
