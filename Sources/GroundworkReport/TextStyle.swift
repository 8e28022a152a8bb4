import GroundworkAuditModel

/// ANSI styling for terminal output; a disabled style returns text untouched, so piped output has no codes.
package struct TextStyle: Sendable {
    /// The SGR attributes the report uses.
    package enum Attribute: String, Sendable {
        case bold = "1", dim = "2", red = "31", green = "32", yellow = "33", blue = "34", magenta = "35", cyan = "36"
    }

    package let enabled: Bool

    package init(enabled: Bool) { self.enabled = enabled }

    /// `text` wrapped in the attributes' escape codes (when enabled and there is something to style).
    package func apply(_ text: String, _ attributes: Attribute...) -> String {
        guard enabled, !attributes.isEmpty, !text.isEmpty else { return text }
        return "\u{1B}[" + attributes.map(\.rawValue).joined(separator: ";") + "m" + text + "\u{1B}[0m"
    }

    /// The colour of a severity, brighter for worse.
    package func severity(_ text: String, _ severity: Severity) -> String {
        switch severity {
        case .critical: apply(text, .bold, .red)
        case .high: apply(text, .red)
        case .medium: apply(text, .yellow)
        case .low: apply(text, .cyan)
        case .info: apply(text, .dim)
        }
    }

    /// Green for a good score, yellow for a middling one, red below half.
    package func score(_ text: String, _ score: Int) -> String {
        switch score {
        case 80...: apply(text, .green)
        case 50..<80: apply(text, .yellow)
        default: apply(text, .red)
        }
    }
}
