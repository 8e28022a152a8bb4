/// append-lines: lines of a brick's render that a file lacks are appended (`.gitignore`, `.dockerignore`).
enum LineMerge {
    /// Appends the lines of `theirs` missing from `ours`. On update (`base` given), only lines new since
    /// the previous render are candidates, so a line the user removed stays removed.
    static func merge(base: String?, ours: String?, theirs: String) -> String {
        guard let ours, !ours.isEmpty else { return theirs }
        let present = Set(lines(ours).map(normalised))
        let previous = Set(base.map { lines($0).map(normalised) } ?? [])
        var missing: [String] = []
        var pendingComments: [String] = []
        for line in lines(theirs) {
            let key = normalised(line)
            // A comment goes along with the lines of its paragraph, and only if one of them is appended.
            if key.isEmpty { pendingComments.removeAll(); continue }
            if key.hasPrefix("#") {
                if !present.contains(key) && !previous.contains(key) { pendingComments.append(line) }
                continue
            }
            if present.contains(key) || previous.contains(key) || missing.contains(line) { continue }
            missing += pendingComments
            pendingComments.removeAll()
            missing.append(line)
        }
        if missing.isEmpty { return ours }
        var result = ours
        if !result.hasSuffix("\n") { result += "\n" }
        return result + missing.joined(separator: "\n") + "\n"
    }

    private static func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
        }
    }

    private static func normalised(_ line: String) -> String {
        var text = Substring(line)
        while text.last?.isWhitespace == true { text.removeLast() }
        return String(text)
    }
}
