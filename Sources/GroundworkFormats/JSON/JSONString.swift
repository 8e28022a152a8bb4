/// JSON string literals, written one way everywhere (lock files, baselines, merged JSON, licence payloads):
/// the minimal escaping of RFC 8785, which the licence signature's canonical form requires.
package enum JSONString {
    /// `text` as a JSON string literal, quotes included.
    package static func quoted(_ text: String) -> String {
        var output = ""
        write(text, into: &output)
        return output
    }

    /// Appends `text` as a JSON string literal: `"` and `\` escaped, the five short escapes for control
    /// characters that have one, `\u00xx` (lowercase hex) for the others, everything else as it is.
    package static func write(_ text: String, into output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{00}"..."\u{1F}":
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}
