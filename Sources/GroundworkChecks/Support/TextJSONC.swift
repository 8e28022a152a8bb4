import Foundation

/// JSON with comments and trailing commas, as tsconfig.json and renovate.json allow.
enum TextJSONC {
    /// Why a JSONC text could not be parsed, with the line where the parser gave up when it says so.
    struct ParseError: Error, Equatable {
        var message: String
        var line: Int?
    }

    /// The text with `//` and `/* */` comments and trailing commas blanked out, byte for byte, so
    /// offsets and lines still match the original.
    static func strip(_ text: String) -> String {
        var bytes = Array(text.utf8)
        blankComments(&bytes)
        blankTrailingCommas(&bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Parses a JSONC text whose top level is an object.
    static func parseObject(_ text: String) -> Result<[String: Any], ParseError> {
        var stripped = strip(text)
        if stripped.hasPrefix("\u{FEFF}") { stripped = " " + stripped.dropFirst() }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(stripped.utf8))
        } catch {
            return .failure(parseError(error, in: stripped))
        }
        guard let dictionary = object as? [String: Any] else {
            return .failure(ParseError(message: "the top level is not an object", line: 1))
        }
        return .success(dictionary)
    }

    private static let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\"), slash = UInt8(ascii: "/")
    private static let star = UInt8(ascii: "*"), newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
    private static let space = UInt8(ascii: " ")

    private static func blankComments(_ bytes: inout [UInt8]) {
        var index = 0
        var inString = false
        while index < bytes.count {
            let byte = bytes[index]
            if inString {
                if byte == backslash { index += 2; continue }
                if byte == quote { inString = false }
                index += 1
                continue
            }
            if byte == quote {
                inString = true
                index += 1
            } else if byte == slash, index + 1 < bytes.count, bytes[index + 1] == slash {
                while index < bytes.count, bytes[index] != newline, bytes[index] != carriageReturn {
                    bytes[index] = space
                    index += 1
                }
            } else if byte == slash, index + 1 < bytes.count, bytes[index + 1] == star {
                bytes[index] = space
                bytes[index + 1] = space
                index += 2
                while index < bytes.count, !(bytes[index] == star && index + 1 < bytes.count && bytes[index + 1] == slash) {
                    // Line breaks stay so that line numbers after the comment are still right.
                    if bytes[index] != newline, bytes[index] != carriageReturn { bytes[index] = space }
                    index += 1
                }
                if index < bytes.count { bytes[index] = space }
                if index + 1 < bytes.count { bytes[index + 1] = space }
                index += 2
            } else {
                index += 1
            }
        }
    }

    private static func blankTrailingCommas(_ bytes: inout [UInt8]) {
        var index = 0
        var inString = false
        var pendingComma: Int?
        while index < bytes.count {
            let byte = bytes[index]
            if inString {
                if byte == backslash { index += 2; continue }
                if byte == quote { inString = false }
                index += 1
                continue
            }
            switch byte {
            case quote:
                inString = true
                pendingComma = nil
            case UInt8(ascii: ","):
                pendingComma = index
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if let comma = pendingComma { bytes[comma] = space }
                pendingComma = nil
            case space, newline, carriageReturn, UInt8(ascii: "\t"):
                break
            default:
                pendingComma = nil
            }
            index += 1
        }
    }

    /// Foundation says "around line 3, column 5" on Darwin and "around character 20" on Linux.
    private static func parseError(_ error: Error, in text: String) -> ParseError {
        let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? error.localizedDescription
        if let line = number(after: "line ", in: detail) {
            return ParseError(message: detail, line: line)
        }
        if let offset = number(after: "character ", in: detail) {
            return ParseError(message: detail, line: TextLines.line(ofUTF8Offset: offset, in: text))
        }
        return ParseError(message: detail, line: nil)
    }

    private static func number(after marker: String, in text: String) -> Int? {
        guard let range = text.range(of: marker) else { return nil }
        return Int(text[range.upperBound...].prefix { $0.isNumber })
    }
}
