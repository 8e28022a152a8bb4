/// Text from a repository (paths, names) made safe to print on a terminal: control characters are
/// shown as escapes (`\u{1B}`), so a file name cannot move the cursor, recolour the screen or forge lines.
package enum VisibleText {
    /// `text` with C0 and C1 control characters and DEL escaped; `keepingNewlines` leaves `\n` (and tabs)
    /// alone for messages that span lines.
    package static func escapingControls(_ text: String, keepingNewlines: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { isControl($0, keepingNewlines: keepingNewlines) }) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if isControl(scalar, keepingNewlines: keepingNewlines) {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static func isControl(_ scalar: Unicode.Scalar, keepingNewlines: Bool) -> Bool {
        if keepingNewlines, scalar == "\n" || scalar == "\t" { return false }
        return scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}
