/// Refuses YAML nested deeper than any manifest needs before it reaches the parser, whose
/// composer recurses once per level and would overflow a thread's stack on hostile input.
package enum YAMLNestingGuard {
    /// Flow collections (`[`, `{`) open at once, at most.
    package static let maxFlowDepth = 100
    /// Columns of indentation, at most.
    package static let maxIndentation = 400

    /// The 1-based line where `text` nests too deeply, or nil when it is safe to parse.
    /// Brackets inside quoted strings are counted too: that only errs towards refusing absurd files.
    package static func excessiveNestingLine(in text: String) -> Int? {
        var line = 1
        var depth = 0
        var indentation = 0
        var atLineStart = true
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\n"):
                line += 1
                indentation = 0
                atLineStart = true
                continue
            case UInt8(ascii: " ") where atLineStart:
                indentation += 1
                if indentation > maxIndentation { return line }
                continue
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if depth > maxFlowDepth { return line }
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth = max(0, depth - 1)
            default:
                break
            }
            atLineStart = false
        }
        return nil
    }
}
