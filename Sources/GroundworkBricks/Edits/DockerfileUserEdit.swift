/// A non-root `USER` in the final stage of a Dockerfile that has none, so the container does not run
/// as root. The line goes before the stage's `CMD`/`ENTRYPOINT` (else at its end); nothing else moves.
struct DockerfileUserEdit: InPlaceEdit {
    /// The user for images whose base names one (node ships `node`), else a numeric id, which works on
    /// any base without creating an account.
    static func user(forBase base: String) -> String {
        base.lowercased().hasPrefix("node:") || base.lowercased() == "node" ? "node" : "65532:65532"
    }

    func apply(to text: String, path: String) throws -> EditResult {
        var lines = text.components(separatedBy: "\n")
        let instructions = lines.enumerated().map { ($0.offset, Self.instruction($0.element)) }
        guard let stageStart = instructions.last(where: { $0.1?.keyword == "FROM" }) else {
            return EditResult(text: text, notes: ["\(path): no FROM line, so no USER was added"])
        }
        let stage = instructions.filter { $0.0 > stageStart.0 }
        if stage.contains(where: { $0.1?.keyword == "USER" }) { return EditResult(text: text) }
        let base = Self.image(stageStart.1?.arguments ?? "")
        // A stage built FROM an earlier one inherits its USER; a `nonroot` image runs unprivileged already.
        if Self.inheritsUser(base, before: stageStart.0, instructions: instructions) || base.lowercased().contains("nonroot") {
            return EditResult(text: text)
        }
        if base == "scratch" { return EditResult(text: text, notes: ["\(path): the final stage is FROM scratch; set its USER by hand (no account exists in it)"]) }
        let user = "USER \(Self.user(forBase: base))"
        if let command = stage.first(where: { ["CMD", "ENTRYPOINT"].contains($0.1?.keyword ?? "") }) {
            // Above the comments that introduce the command, which belong to it.
            var index = command.0
            while index > stageStart.0 + 1, lines[index - 1].trimmingCharacters(in: .whitespaces).hasPrefix("#") { index -= 1 }
            lines.insert(user, at: index)
        } else {
            var end = lines.count
            while end > stageStart.0 + 1, lines[end - 1].trimmingCharacters(in: .whitespaces).isEmpty { end -= 1 }
            lines.insert(user, at: end)
        }
        return EditResult(text: lines.joined(separator: "\n"))
    }

    /// The image of a FROM line's arguments (flags like `--platform=…` skipped).
    static func image(_ arguments: String) -> String {
        arguments.split(separator: " ").first { !$0.hasPrefix("--") }.map(String.init) ?? ""
    }

    /// True when `base` names an earlier stage (`FROM build AS …`) that sets a USER, or inherits one.
    static func inheritsUser(_ base: String, before line: Int, instructions: [(Int, (keyword: String, arguments: String)?)]) -> Bool {
        let froms = instructions.filter { $0.0 < line && $0.1?.keyword == "FROM" }
        guard
            let parent = froms.last(where: { from in
                let words = (from.1?.arguments ?? "").split(separator: " ")
                return words.count >= 3 && words[words.count - 2].uppercased() == "AS" && words.last?.lowercased() == base.lowercased()
            })
        else { return false }
        let end = froms.first { $0.0 > parent.0 }?.0 ?? line
        if instructions.contains(where: { $0.0 > parent.0 && $0.0 < end && $0.1?.keyword == "USER" }) { return true }
        return inheritsUser(image(parent.1?.arguments ?? ""), before: parent.0, instructions: instructions)
    }

    /// The instruction keyword (upper-cased) and its arguments; nil for comments, blank and continued lines.
    static func instruction(_ line: String) -> (keyword: String, arguments: String)? {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        guard let first = trimmed.first, first != "#", !line.hasPrefix(" "), !line.hasPrefix("\t") else { return nil }
        let parts = trimmed.split(separator: " ", maxSplits: 1)
        return (String(parts[0]).uppercased(), parts.count > 1 ? String(parts[1]) : "")
    }
}
