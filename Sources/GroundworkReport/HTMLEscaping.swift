/// Escaping of user text for HTML text and attribute values: nothing a path or an evidence message
/// holds can open a tag, close an attribute or start an entity.
package enum HTMLEscaping {
    /// `raw` with `& < > " '` as entities and control characters (other than tab and newline) as U+FFFD.
    package static func text(_ raw: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(raw.utf8.count)
        for scalar in raw.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            case "\t", "\n": escaped.unicodeScalars.append(scalar)
            default:
                let isControl = scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
                escaped.unicodeScalars.append(isControl ? "\u{FFFD}" : scalar)
            }
        }
        return escaped
    }

    /// `<code>` holding escaped text.
    package static func code(_ raw: String) -> String {
        "<code>\(text(raw))</code>"
    }
}
