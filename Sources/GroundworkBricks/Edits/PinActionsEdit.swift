import Foundation

/// Every `uses: owner/repo[/path]@tag` of a workflow pinned to the tag's full commit SHA, the tag kept
/// as a trailing comment (`uses: actions/checkout@<sha> # v4`) for people and Dependabot. Only the
/// reference on the `uses:` line changes; a tag with no known pin is left as it is and reported.
struct PinActionsEdit: InPlaceEdit {
    var pins: ActionPins

    /// `uses:` (as a key or a list item's first key), its value, and what follows on the line.
    nonisolated(unsafe) static let usesLine = /^(?<lead>\s*(?:-\s+)?uses:\s*)(?<quote>["']?)(?<action>[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+)(?<subpath>\/[^@\s"']*)?@(?<ref>[^\s"'#]+)\k<quote>(?<rest>.*)$/

    func apply(to text: String, path: String) throws -> EditResult {
        var lines = text.components(separatedBy: "\n")
        var notes: [String] = []
        for index in lines.indices {
            guard let match = lines[index].wholeMatch(of: Self.usesLine) else { continue }
            let ref = String(match.ref)
            if ActionPins.isFullSHA(ref) { continue }
            let action = String(match.action)
            guard let pin = pins.pin(action, tag: ref) else {
                notes.append("\(path):\(index + 1): no known pin for \(action)@\(ref): it is left as it is (add it to the brick's pins, or run online so the GitHub API is asked)")
                continue
            }
            let rest = String(match.rest)
            let comment = rest.trimmingCharacters(in: .whitespaces)
            let kept = comment.isEmpty ? "" : "  " + comment
            lines[index] = "\(match.lead)\(match.quote)\(action)\(match.subpath ?? "")@\(pin.sha)\(match.quote) # \(pin.release)\(kept)"
        }
        return EditResult(text: lines.joined(separator: "\n"), notes: notes)
    }
}
