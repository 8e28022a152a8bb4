#if Enterprise
import Foundation
import GroundworkBricks

/// Replacements of text a generator wrote, each anchored on a passage that must occur exactly once when its
/// turn comes: either every one applies, or none does (a half-wired change is worse than a note).
struct AnchoredReplacements {
    /// (passage to find, its replacement), applied in order: a later anchor may rely on an earlier replacement
    /// having removed another occurrence.
    var replacements: [(String, String)]

    /// `text` with every replacement made; nil when an anchor is missing or ambiguous.
    func apply(to text: String) -> String? {
        var result = text
        for (old, new) in replacements {
            guard result.components(separatedBy: old).count == 2 else { return nil }
            result = result.replacingOccurrences(of: old, with: new)
        }
        return result
    }

    /// The edit of `text`: unchanged when it holds `wired` already (applied before), every replacement made, or
    /// unchanged with the note `path: hint` when an anchor is missing.
    func edit(_ text: String, path: String, wired: String, hint: String) -> EditResult {
        guard !text.contains(wired) else { return EditResult(text: text) }
        guard let result = apply(to: text) else { return EditResult(text: text, notes: ["\(path): \(hint)"]) }
        return EditResult(text: result)
    }
}
#endif
