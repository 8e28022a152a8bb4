import Yams

/// The problem and line of a Yams error, without the echo of the whole document Yams appends
/// (a 20 KB line would otherwise be printed back in full).
package enum YAMLErrorText {
    /// The longest context quoted from the document.
    static let maximumContext = 80

    /// libyaml's problem, with its short context.
    package static func problem(_ error: YamlError) -> String {
        switch error {
        case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _), .composer(let context, let problem, _, _):
            guard let context else { return problem }
            return "\(problem) (\(shortened(context.text)))"
        case .reader(let problem, _, _, _): return problem
        case .duplicatedKeysInMapping(let duplicates, _): return "duplicated key(s) \(duplicates.map(shortened).joined(separator: ", "))"
        default: return shortened("\(error)")
        }
    }

    /// The 1-based line of the problem, when libyaml knows it.
    package static func line(_ error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark.line
        case .duplicatedKeysInMapping(_, let context): context.mark.line
        default: nil
        }
    }

    private static func shortened(_ text: String) -> String {
        let firstLine = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? text
        return firstLine.count > maximumContext ? String(firstLine.prefix(maximumContext - 1)) + "…" : firstLine
    }
}
