import Foundation

/// Finds secrets in text with a set of rules: a byte-level keyword prefilter first, then each rule whose keyword
/// occurs on a line, then the filters against placeholders and low-entropy values.
package struct SecretScanner: Sendable {
    /// The rules, in the order they run (an earlier rule's match hides a later one on the same value).
    package let rules: [SecretRule]
    /// Lines longer than this many bytes (minified code, data) are skipped by every rule but private keys
    /// and the anchored provider rules (`SecretRule.isAnchored`), which read them whole.
    package static let maximumLineLength = 4_000
    /// Comments that keep a line from being reported; the last two are gitleaks' and detect-secrets' spelling.
    package static let allowMarkers = ["groundwork:allow", "gitleaks:allow", "pragma: allowlist secret"]

    private let automaton: KeywordAutomaton
    /// For each keyword of the automaton, the indices of the rules that listed it.
    private let rulesOfKeyword: [[Int]]

    /// A scanner for `rules`, the built-in ones by default.
    package init(rules: [SecretRule] = SecretRule.builtIn) {
        self.rules = rules
        var keywords: [String] = []
        var indexOfKeyword: [String: Int] = [:]
        var rulesOfKeyword: [[Int]] = []
        for (ruleIndex, rule) in rules.enumerated() {
            for keyword in rule.keywords.map({ $0.lowercased() }) where !keyword.isEmpty {
                if let index = indexOfKeyword[keyword] {
                    rulesOfKeyword[index].append(ruleIndex)
                } else {
                    indexOfKeyword[keyword] = keywords.count
                    keywords.append(keyword)
                    rulesOfKeyword.append([ruleIndex])
                }
            }
        }
        self.automaton = KeywordAutomaton(keywords: keywords)
        self.rulesOfKeyword = rulesOfKeyword
    }

    /// True when some rule's keyword occurs in `bytes` (ASCII case-insensitive). False means no rule can match,
    /// so the caller need not decode, split or diff the content at all.
    package func mightContainSecret(_ bytes: some Collection<UInt8>) -> Bool {
        if let found = bytes.withContiguousStorageIfAvailable({ automaton.containsAny($0) }) { return found }
        return Array(bytes).withUnsafeBufferPointer { automaton.containsAny($0) }
    }

    /// True when some line of `text` is one that a rule reads (it holds a rule's keyword and passes that rule's
    /// line condition and length limit, without an allow comment): a line is decided on its own bytes, and only
    /// such a line leads the scan to a secret, on it or on the lines after it. False means no choice of the lines —
    /// the lines a commit added, say — holds a secret, so a caller need not find out which lines those are. Lines
    /// are cut as a line diff gives them: at `\n`, without the `\r`s before it.
    package func readsSomeLine(of text: UnsafeRawBufferPointer) -> Bool {
        let bytes = text.bindMemory(to: UInt8.self)
        var choice = RuleChoice()
        var start = 0
        while start < bytes.count {
            let end = NumberedLines.lineEnd(in: bytes, from: start)
            var stop = end
            while stop > start, bytes[stop - 1] == 0x0D { stop -= 1 }
            chooseRules(for: UnsafeBufferPointer(rebasing: bytes[start..<stop]), into: &choice)
            if !choice.lineRules.isEmpty || !choice.openingRules.isEmpty { return true }
            start = end + 1
        }
        return false
    }

    /// The secrets in a whole text; lines are numbered from 1 and may end in `\n` or `\r\n`.
    package func scan(text: String) -> [SecretMatch] {
        guard mightContainSecret(text.utf8) else { return [] }
        var text = text
        return scan(text.withUTF8 { NumberedLines(splitting: $0) })
    }

    /// The secrets in some lines of a text, such as the lines a commit added. A private key's body is read from
    /// the lines that follow its BEGIN line only while their numbers are consecutive.
    package func scan(lines: [(number: Int, text: String)]) -> [SecretMatch] {
        scan(NumberedLines(lines))
    }

    /// `scan(lines:)` on lines kept as bytes. Most lines are decided on their bytes alone; only a line that some
    /// rule's expression must read is made text.
    package func scan(_ lines: NumberedLines) -> [SecretMatch] {
        var matches: [SecretMatch] = []
        var valuesOnNextLines: [SecretMatch] = []
        // One set of arrays for all the lines: most lines are decided here, and allocating four arrays a line
        // cost as much as deciding.
        var scratch = RuleChoice()
        for index in lines.indices {
            lines.withBytes(at: index) { chooseRules(for: $0, into: &scratch) }
            guard !scratch.lineRules.isEmpty || !scratch.openingRules.isEmpty else { continue }
            let text = lines.text(at: index)
            if !scratch.lineRules.isEmpty { matches += scanLine(text, at: index, of: lines, rules: scratch.lineRules) }
            if !scratch.openingRules.isEmpty {
                valuesOnNextLines += scanNextLine(after: text, at: index, of: lines, rules: scratch.openingRules)
            }
        }
        // A value read with the name on the line before is reported unless that line's own scan found it.
        for match in valuesOnNextLines where !matches.contains(where: { $0.line == match.line && $0.valueDigest == match.valueDigest }) {
            matches.append(match)
        }
        return valuesOnNextLines.isEmpty ? matches : matches.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    /// The values that rules with `nextLineValue` read on the line after `text` (which names them), reported on
    /// that line; the two lines must be consecutive in the file and under the length limit. `ruleIndices`: the
    /// rules whose keyword `text` holds and that say it might open a value.
    private func scanNextLine(after text: String, at index: Int, of lines: NumberedLines, rules ruleIndices: [Int]) -> [SecretMatch] {
        let nextIndex = index + 1
        guard nextIndex < lines.count, lines.number(at: nextIndex) == lines.number(at: index) + 1,
            lines.byteCount(at: nextIndex) <= Self.maximumLineLength
        else { return [] }
        let next = lines.text(at: nextIndex)
        var matches: [SecretMatch] = []
        // The allow comment of the next line is read only once a rule joins the two: most lines open no value.
        var isNextAllowed: Bool?
        // Indices, not a loop over the rules: copying a rule retains each of its fields.
        for ruleIndex in ruleIndices {
            guard let join = rules[ruleIndex].nextLineValue?.join, let joined = join(text, next),
                rules[ruleIndex].admits(joined),
                case let .pattern(expression, secretGroups, refine) = rules[ruleIndex].matcher
            else { continue }
            if isNextAllowed == nil { isNextAllowed = Self.isAllowed(next) }
            if isNextAllowed == true { return [] }
            for candidate in Self.candidates(expression, secretGroups, refine, in: joined, NSString(string: joined), range: nil)
            where Self.isReportable(candidate.value, by: rules[ruleIndex]) {
                let column = next.range(of: candidate.value).map { next[..<$0.lowerBound].utf16.count + 1 } ?? 1
                matches.append(
                    SecretMatch(
                        rule: rules[ruleIndex], line: lines.number(at: nextIndex), column: column, secret: candidate.value,
                        allowlistsMet: candidate.allowlistsMet))
            }
        }
        return matches
    }

    /// True when `bytes` has a line over `maximumLineLength` on which a rule that skips long lines has its
    /// keyword: that line was only partly scanned, which the report lists under its limits.
    package func skipsPartOfLongLines(_ bytes: Data) -> Bool {
        guard bytes.count > Self.maximumLineLength else { return false }
        return bytes.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Bool in
            let all = buffer.bindMemory(to: UInt8.self)
            var start = 0
            while start < all.count {
                let end = NumberedLines.lineEnd(in: all, from: start)
                if end - start > Self.maximumLineLength {
                    let line = UnsafeBufferPointer(rebasing: all[start..<end])
                    let keywordIndices = automaton.matches(in: line)
                    if keywordIndices.flatMap({ rulesOfKeyword[$0] }).contains(where: { !rules[$0].isAnchored }) { return true }
                }
                start = end + 1
            }
            return false
        }
    }

    /// The rules a line needs, chosen on its bytes: `lineRules` run on the line itself, `openingRules` may read a
    /// value on the next line. Both are empty for a line without keywords or with an allow comment.
    private struct RuleChoice {
        /// The rules whose keywords occur on the line, in rule order.
        var keywordRules: [Int] = []
        var keywordIndices: [Int] = []
        var lineRules: [Int] = []
        var openingRules: [Int] = []
    }

    private func chooseRules(for bytes: UnsafeBufferPointer<UInt8>, into choice: inout RuleChoice) {
        // Emptied only when not empty: `removeAll` goes through a generic `replaceSubrange`, a call a line.
        if !choice.lineRules.isEmpty { choice.lineRules.removeAll(keepingCapacity: true) }
        if !choice.openingRules.isEmpty { choice.openingRules.removeAll(keepingCapacity: true) }
        rulesToRun(on: bytes, into: &choice)
        guard !choice.keywordRules.isEmpty else { return }
        let isTooLong = bytes.count > Self.maximumLineLength
        for ruleIndex in choice.keywordRules {
            if isTooLong && !rules[ruleIndex].isAnchored { continue }
            if case .pattern = rules[ruleIndex].matcher, let condition = rules[ruleIndex].lineCondition {
                if condition(bytes) { choice.lineRules.append(ruleIndex) }
            } else {
                choice.lineRules.append(ruleIndex)
            }
            if !isTooLong, let next = rules[ruleIndex].nextLineValue, next.mightOpen(bytes) { choice.openingRules.append(ruleIndex) }
        }
        // The allow comment last: the rules' line conditions turn down most lines that name a keyword (all of them,
        // on keyword-dense code), and this test reads the whole line.
        if !choice.lineRules.isEmpty || !choice.openingRules.isEmpty, Self.isAllowed(bytes) {
            choice.lineRules.removeAll(keepingCapacity: true)
            choice.openingRules.removeAll(keepingCapacity: true)
        }
    }

    /// Sets `choice.keywordRules` to the indices of the rules whose keywords occur in `line`, in rule order.
    private func rulesToRun(on line: UnsafeBufferPointer<UInt8>, into choice: inout RuleChoice) {
        automaton.matches(in: line, into: &choice.keywordIndices)
        if !choice.keywordRules.isEmpty { choice.keywordRules.removeAll(keepingCapacity: true) }
        for keywordIndex in choice.keywordIndices { choice.keywordRules += rulesOfKeyword[keywordIndex] }
        guard choice.keywordIndices.count > 1 else { return }
        // Sorted, then duplicates dropped: what `Set(…).sorted()` gives, without hashing every index of every line.
        choice.keywordRules.sort()
        var kept = 0
        for index in choice.keywordRules.indices where kept == 0 || choice.keywordRules[index] != choice.keywordRules[kept - 1] {
            choice.keywordRules[kept] = choice.keywordRules[index]
            kept += 1
        }
        choice.keywordRules.removeLast(choice.keywordRules.count - kept)
    }

    /// The secrets of one line, found by the rules `ruleIndices` (which its length and their line conditions admit).
    private func scanLine(_ text: String, at index: Int, of lines: NumberedLines, rules ruleIndices: [Int]) -> [SecretMatch] {
        let lineNumber = lines.number(at: index)
        let nsText = NSString(string: text)
        let whole = NSRange(location: 0, length: nsText.length)
        var taken: [NSRange] = []
        var matches: [SecretMatch] = []
        for ruleIndex in ruleIndices {
            let rule = rules[ruleIndex]
            switch rule.matcher {
            case let .pattern(expression, secretGroups, refine):
                // An anchored rule reads a long line whole: its expression starts with its keyword, which the
                // regular expression engine looks for as fast as the prefilter did.
                for candidate in Self.candidates(expression, secretGroups, refine, in: text, nsText, range: whole)
                where !taken.contains(where: { Self.overlap($0, candidate.range) }) {
                    if candidate.isPublic {
                        taken.append(candidate.range)
                        continue
                    }
                    guard Self.isReportable(candidate.value, by: rule) else { continue }
                    taken.append(candidate.range)
                    matches.append(
                        SecretMatch(
                            rule: rule, line: lineNumber, column: candidate.range.location + 1, secret: candidate.value,
                            allowlistsMet: candidate.allowlistsMet)
                    )
                }
            case let .pemBlock(begin):
                guard let marker = begin.firstMatch(in: text, range: whole),
                    !taken.contains(where: { Self.overlap($0, marker.range) })
                else { continue }
                let rest = nsText.substring(from: marker.range.location + marker.range.length)
                let body = PEMBody.read(restOfBeginLine: rest, lines: lines, after: index)
                guard body.count >= rule.minimumLength,
                    ShannonEntropy.bitsPerCharacter(body) >= rule.minimumEntropy ?? 0
                else { continue }
                taken.append(marker.range)
                matches.append(SecretMatch(rule: rule, line: lineNumber, column: marker.range.location + 1, secret: body))
            case let .document(anchor, read):
                guard anchor.firstMatch(in: text, range: whole) != nil else { continue }
                let window = Self.document(around: index, of: lines)
                for found in read(window.map { lines.text(at: $0) }, index - window.lowerBound)
                where Self.isReportable(found.value, by: rule) {
                    let number = lines.number(at: window.lowerBound + found.line)
                    matches.append(SecretMatch(rule: rule, line: number, column: found.column, secret: found.value))
                }
            }
        }
        return matches
    }

    /// The indices of the YAML document around `index`: consecutive lines up to a `---` separator either side.
    private static func document(around index: Int, of lines: NumberedLines) -> Range<Int> {
        let limit = 1_000
        let dashes = Array("---".utf8)
        func isSeparator(_ index: Int) -> Bool { lines.withBytes(at: index) { $0.starts(with: dashes) } }
        var start = index
        while start > 0, index - start < limit, lines.number(at: start - 1) == lines.number(at: start) - 1, !isSeparator(start - 1) {
            start -= 1
        }
        var end = index + 1
        while end < lines.count, end - index < limit, lines.number(at: end) == lines.number(at: end - 1) + 1, !isSeparator(end) {
            end += 1
        }
        return start..<end
    }

    /// The refined candidates of a pattern in `text` (within `range`; the whole text when nil).
    static func candidates(
        _ expression: NSRegularExpression, _ secretGroups: [Int], _ refine: (SecretCandidate) -> SecretCandidate?,
        in text: String, _ nsText: NSString, range: NSRange?
    ) -> [SecretCandidate] {
        let searched = range ?? NSRange(location: 0, length: nsText.length)
        return expression.matches(in: text, range: searched).compactMap { result in
            guard let group = secretGroups.first(where: { result.range(at: $0).location != NSNotFound }) else { return nil }
            let found = result.range(at: group)
            return refine(SecretCandidate(value: nsText.substring(with: found), range: found, group: group, line: text, match: result.range))
        }
    }

    /// True when a finding of rule `ruleID` in the file at `path`, added by `commit` (nil in the audited tree),
    /// is reported: rules that know a secret only by its name or shape stay quiet in test code and fixtures
    /// (see `SecretLocation`), and a rule's scope may leave out paths and commits (see `SecretPathScope`),
    /// some only for a secret that met an allowlist's content side (`allowlistsMet`, from its match).
    package func reports(ruleID: String, at path: String, commit: String? = nil, allowlistsMet: [Int] = []) -> Bool {
        let rule = rules.first { $0.id == ruleID }
        if let scope = rule?.pathScope, !scope.admits(path, commit: commit, allowlistsMet: allowlistsMet) { return false }
        guard SecretLocation.isTestCode(path) else { return true }
        return rule?.reportsInTestCode ?? true
    }

    /// `isAllowed` on a line's UTF-8 bytes.
    static func isAllowed(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        isAllowedIfASCII(line) ?? isAllowed(String(decoding: line, as: UTF8.self))
    }

    /// True when the line carries an inline allow comment.
    static func isAllowed(_ line: String) -> Bool {
        // Searched as bytes: Foundation's `contains` bridges to NSString and folds case through ICU, which
        // cost a sixth of the whole scan on keyword-dense code (every line reaches this test there). An ASCII
        // line is folded byte by byte in place; other lines go through `lowercased()`, which can fold a
        // non-ASCII letter into an ASCII one (the Kelvin sign into `k`).
        if let isASCIIAllowed = line.utf8.withContiguousStorageIfAvailable(isAllowedIfASCII), let allowed = isASCIIAllowed {
            return allowed
        }
        let lower = Array(line.lowercased().utf8)
        return allowMarkerBytes.contains { lower.contains(bytes: $0) }
    }

    private static let allowMarkerBytes = allowMarkers.map { Array($0.utf8) }

    /// `isAllowed` on an ASCII line's bytes; nil when the line has other bytes.
    private static func isAllowedIfASCII(_ line: UnsafeBufferPointer<UInt8>) -> Bool? {
        // Every marker holds `allow`: a line without it (nearly all) is answered in one pass over its bytes, eight
        // at a time: a word is ASCII when no byte has its high bit, and holds an `a` or `A` when some byte folded to
        // lowercase and xored with `a` is zero; only such words are read byte by byte.
        guard let base = line.baseAddress else { return false }
        func startsAllow(at index: Int) -> Bool {
            index + 5 <= line.count && line[index] | 0x20 == UInt8(ascii: "a") && line[index + 1] | 0x20 == UInt8(ascii: "l")
                && line[index + 2] | 0x20 == UInt8(ascii: "l") && line[index + 3] | 0x20 == UInt8(ascii: "o")
                && line[index + 4] | 0x20 == UInt8(ascii: "w")
        }
        let highBits: UInt64 = 0x8080_8080_8080_8080
        let lowBits: UInt64 = 0x0101_0101_0101_0101
        var holdsAllow = false
        var index = 0
        while index + 8 <= line.count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            if word & highBits != 0 { return nil }
            let notA = (word | 0x2020_2020_2020_2020) ^ 0x6161_6161_6161_6161
            if !holdsAllow, (notA &- lowBits) & ~notA & highBits != 0 {
                holdsAllow = (index..<index + 8).contains(where: startsAllow)
            }
            index += 8
        }
        while index < line.count {
            if line[index] >= 0x80 { return nil }
            if !holdsAllow { holdsAllow = startsAllow(at: index) }
            index += 1
        }
        guard holdsAllow else { return false }
        return allowMarkerBytes.contains { marker in
            guard line.count >= marker.count else { return false }
            return (0...(line.count - marker.count)).contains { start in
                (0..<marker.count).allSatisfy { offset in
                    let byte = line[start + offset]
                    return (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) == marker[offset]
                }
            }
        }
    }

    /// The filters every pattern rule shares: long enough, not a placeholder, random enough.
    static func isReportable(_ value: String, by rule: SecretRule) -> Bool {
        value.count >= rule.minimumLength && !SecretPlaceholder.isPlaceholder(value)
            && ShannonEntropy.bitsPerCharacter(value) >= rule.minimumEntropy ?? 0
    }

    private static func overlap(_ first: NSRange, _ second: NSRange) -> Bool {
        first.location < second.location + second.length && second.location < first.location + first.length
    }
}
