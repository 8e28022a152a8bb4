import Foundation

/// Reads the base64 body of a PEM block that starts on a BEGIN line: from the rest of that line (a JSON string
/// with `\n` escapes) and from the consecutive lines after it, until the END marker or the first line that is
/// not base64, so code that merely mentions a BEGIN marker has no body.
enum PEMBody {
    /// The most lines a body is read from (a 4096-bit RSA key takes about 50).
    static let maximumLines = 200

    /// The base64 characters of the body, without headers such as `Proc-Type:`.
    static func read(restOfBeginLine rest: String, lines: NumberedLines, after index: Int) -> String {
        var body = ""
        if absorb(rest, into: &body) != .continues { return body }
        var previous = lines.number(at: index)
        for next in lines.indices.dropFirst(index + 1).prefix(maximumLines) {
            guard lines.number(at: next) == previous + 1 else { break }
            previous = lines.number(at: next)
            if absorb(lines.text(at: next), into: &body) != .continues { break }
        }
        return body
    }

    private enum Progress { case continues, ended }

    /// Adds one line's body characters; `.ended` at the END marker or at a line that is not part of a body.
    private static func absorb(_ line: String, into body: inout String) -> Progress {
        var text = Substring(line)
        var reachedEnd = false
        if let end = text.range(of: "-----END") {
            text = text[..<end.lowerBound]
            reachedEnd = true
        }
        for piece in text.replacingOccurrences(of: #"\n"#, with: "\n").split(separator: "\n") {
            let trimmed = piece.trimmingCharacters(in: wrapping)
            if trimmed.isEmpty { continue }
            if trimmed.contains(": ") { continue }
            guard trimmed.unicodeScalars.allSatisfy(isBase64) else { return .ended }
            body += trimmed
        }
        return reachedEnd ? .ended : .continues
    }

    /// What surrounds a body line in YAML, JSON or source code: indentation, quotes, commas, concatenation.
    private static let wrapping = CharacterSet(charactersIn: " \t\"'`,;+\\")

    private static func isBase64(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "A"..."Z", "a"..."z", "0"..."9", "+", "/", "=": true
        default: false
        }
    }
}
