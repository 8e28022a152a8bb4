/// String literals for the client languages: one escaping loop, each language naming its quote and
/// how it writes a control character.
enum LiteralEscaping {
    static func quoted(_ text: String, quote: Unicode.Scalar, extra: [Unicode.Scalar: String] = [:], control: (UInt32) -> String) -> String {
        var out = String(quote)
        for scalar in text.unicodeScalars {
            if let escaped = extra[scalar] {
                out += escaped
                continue
            }
            switch scalar {
            case quote: out += "\\" + String(quote)
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 { out += control(scalar.value) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + String(quote)
    }

    /// `\xNN`, as JavaScript, Python and Go write a control character.
    static func hexEscape(_ value: UInt32) -> String { "\\x" + String(value, radix: 16).leftPadded(to: 2) }
}

extension String {
    /// The text with leading zeros up to `length` characters.
    func leftPadded(to length: Int) -> String { String(repeating: "0", count: max(0, length - count)) + self }
}
