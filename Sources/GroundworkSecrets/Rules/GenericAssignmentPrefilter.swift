import Foundation

extension GenericAssignment {
    /// False only when the generic assignment rule can report nothing on `line`, so the scanner may skip its
    /// regular expression: in keyword-dense code (authentication modules, where every line names a token or a
    /// session) that expression was most of the audit's time, and most such lines hold no value it would keep.
    ///
    /// The test is a necessary condition read off the pattern, `refine` and the scanner's filters, in one pass
    /// over the line's bytes; it never guesses. Whatever the pattern matches, the value it captures is
    /// - quoted: everything from a quote to the next same quote, the quote preceded (across spaces and tabs)
    ///   by the end of an operator (`=`, `:`, `>`, a `,` after a quoted name) or of an environment default
    ///   (`||`, `??`);
    /// - or bare: a run of the bare value's characters taken whole (the pattern reads it possessively) up to
    ///   300, not followed by `(` or `[`, that starts after such an operator (`=` and `:` may touch it, being
    ///   characters of the run themselves).
    ///
    /// and it is reported only if it is at least `minimumLength` long, holds no whitespace, is not all digits, and
    /// has Shannon entropy of at least `minimumEntropy`. A bare value must moreover hold a digit or a symbol and
    /// name no secret word. A value with `://` is narrowed to the password of a URL, a part of it, so only its
    /// length and its number of distinct bytes (entropy 3 needs 8) are tested. The line passes when one value
    /// could pass; lines with bytes outside printable ASCII are left to the expression, whose `\s`, like
    /// `refine`'s tests for whitespace and digits, reads Unicode.
    ///
    /// `GenericAssignmentPrefilterTests` runs the scanner with and without this test over every rule's
    /// examples, both corpora, dense generated code and random lines, and requires the same findings.
    static func mightReport(_ line: String) -> Bool {
        var line = line
        return line.withUTF8(mightReport(bytes:))
    }

    /// `mightReport` on a line's UTF-8 bytes: the rule's `lineCondition`.
    ///
    /// Every value the pattern reads starts at the first byte after an operator that is not a space or a tab, so
    /// the line is read once, a table look-up a byte, for operators and for bytes outside printable ASCII, and
    /// only the place after each operator is looked at.
    @Sendable static func mightReport(bytes line: UnsafeBufferPointer<UInt8>) -> Bool {
        // Local copies: a static's lazy initialiser would be checked on every byte.
        let kinds = byteKinds
        let bareStops = bareStops
        func isBare(_ byte: UInt8) -> Bool { byte > space && !bareStops.contains(byte) }
        for position in line.indices {
            switch kinds[Int(line[position])] {
            case ByteKind.unprintable: return true
            case ByteKind.operator: if valueAfterOperator(at: position, in: line, isBare: isBare) { return true }
            default: continue
            }
        }
        return false
    }

    /// Whether the value that starts after the operator at `operatorIndex` (and any spaces or tabs) might be
    /// reported.
    private static func valueAfterOperator(at operatorIndex: Int, in line: UnsafeBufferPointer<UInt8>, isBare: (UInt8) -> Bool) -> Bool {
        var start = operatorIndex + 1
        while start < line.count, line[start] == space || line[start] == tab { start += 1 }
        guard start < line.count else { return false }
        let byte = line[start]
        if byte == doubleQuote || byte == singleQuote || byte == backtick {
            guard followsOperator(line, before: start, orDefault: true) else { return false }
            // The pattern's `[^"\r\n]{1,300}+` and the closing quote: the value runs to the next same quote.
            guard let end = line[(start + 1)...].firstIndex(of: byte) else { return false }
            return end - start - 1 > valueLimit || quotedValueMightReport(line[(start + 1)..<end])
        }
        guard isBare(byte) else { return false }
        // A bare value begins at the start of a run, or just after an `=` or `:` inside one (`|` and `?` are part
        // of a run, and no bare value follows them).
        let previous = line[start - 1]
        if isBare(previous), previous != equals, previous != colon { return false }
        guard followsOperator(line, before: start, orDefault: false) else { return false }
        var end = start
        while end < line.count, isBare(line[end]) { end += 1 }
        if end - start > valueLimit { return true }
        if end < line.count, line[end] == openingParenthesis || line[end] == openingBracket { return false }
        return bareValueMightReport(line[start..<end])
    }

    /// What `mightReport` needs to know of a byte.
    private enum ByteKind {
        static let other: UInt8 = 0
        /// Outside printable ASCII (but a tab): such lines are left to the expression.
        static let unprintable: UInt8 = 1
        /// Ends an operator of the pattern (`=`, `:`, `>`, `,`) or an environment default (`|`, `?`).
        static let `operator`: UInt8 = 2
    }

    private static let byteKinds: [UInt8] = (0...255).map { value in
        let byte = UInt8(value)
        if byte >= 0x7F || (byte < 0x20 && byte != tab) { return ByteKind.unprintable }
        return [equals, colon, greaterThan, verticalBar, questionMark, comma].contains(byte) ? ByteKind.operator : ByteKind.other
    }

    /// Whether the last byte before `index` that is not a space or tab ends an operator of the pattern; with
    /// `orDefault`, also the `||` or `??` of an environment default, which only a quoted value may follow.
    private static func followsOperator(_ line: UnsafeBufferPointer<UInt8>, before index: Int, orDefault: Bool) -> Bool {
        guard let last = lastVisible(line, before: index) else { return false }
        switch line[last] {
        case equals, colon, greaterThan: return true
        case verticalBar, questionMark: return orDefault
        // `define('DB_PASSWORD', '…')`: the comma counts only after a quoted name.
        case comma: return lastVisible(line, before: last).map { line[$0] == doubleQuote || line[$0] == singleQuote } ?? false
        default: return false
        }
    }

    /// The index of the last byte before `index` that is not a space or a tab.
    private static func lastVisible(_ line: UnsafeBufferPointer<UInt8>, before index: Int) -> Int? {
        var position = index - 1
        while position >= 0, line[position] == space || line[position] == tab { position -= 1 }
        return position >= 0 ? position : nil
    }

    private static func quotedValueMightReport(_ value: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard !value.contains(space), !value.contains(tab) else { return false }
        return valueMightReport(value, isBare: false)
    }

    private static func bareValueMightReport(_ value: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        valueMightReport(value, isBare: true)
    }

    /// The filters of `refine` and `SecretScanner.isReportable` that bytes can decide, on a value free of whitespace.
    private static func valueMightReport(_ value: Slice<UnsafeBufferPointer<UInt8>>, isBare: Bool) -> Bool {
        guard value.count >= minimumLength, !value.allSatisfy(isDigit) else { return false }
        if value.contains(bytes: schemeSeparator) {
            // `refine` keeps only the URL's password: a part of the value, so only what a part inherits is known.
            return distinctBytes(value) >= minimumDistinctBytes
        }
        // The cheap tests first (the order does not change the answer): a bare value without a digit or symbol,
        // as most names and calls are, is turned down before its entropy is computed.
        if isBare {
            let bareSecretSymbols = bareSecretSymbolBytes
            guard value.contains(where: { isDigit($0) || bareSecretSymbols.contains($0) }) else { return false }
        }
        // Entropy needs as many distinct bytes; counting them first spares most values the logarithms.
        guard distinctBytes(value) >= minimumDistinctBytes, ShannonEntropy.bitsPerByte(value) >= minimumEntropy else { return false }
        return !isBare || !secretWordBytes.contains { holdsIgnoringCase(value, lowercaseWord: $0) }
    }

    /// Whether `value` holds `word` (lowercase ASCII), ASCII case ignored.
    private static func holdsIgnoringCase(_ value: Slice<UnsafeBufferPointer<UInt8>>, lowercaseWord word: [UInt8]) -> Bool {
        guard value.count >= word.count else { return false }
        var start = value.startIndex
        while start + word.count <= value.endIndex {
            var offset = 0
            while offset < word.count, value[start + offset] | (value[start + offset] >= 0x41 && value[start + offset] <= 0x5A ? 0x20 : 0) == word[offset] {
                offset += 1
            }
            if offset == word.count { return true }
            start += 1
        }
        return false
    }

    /// How many different bytes `value` holds (all ASCII here).
    private static func distinctBytes(_ value: Slice<UnsafeBufferPointer<UInt8>>) -> Int {
        var seen = ASCIISet()
        for byte in value { seen.insert(byte) }
        return seen.count
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// The longest value the pattern reads (`{1,300}+`); a longer run is left to the expression.
    private static let valueLimit = 300
    /// Entropy of `minimumEntropy` (3 bits) needs at least this many distinct bytes.
    private static let minimumDistinctBytes = Int(exp2(minimumEntropy).rounded(.up))
    /// What ends a bare value (`[^\s"'`,;&(){}\[\]<>]`) besides whitespace, on printable ASCII.
    private static let bareStops = ASCIISet(#""'`,;&(){}[]<>"#)
    private static let schemeSeparator = Array("://".utf8)
    private static let bareSecretSymbolBytes = ASCIISet(String(bareSecretSymbols))
    private static let secretWordBytes = secretWords.map { Array($0.utf8) }

    private static let space = UInt8(ascii: " ")
    private static let tab = UInt8(ascii: "\t")
    private static let doubleQuote = UInt8(ascii: "\"")
    private static let singleQuote = UInt8(ascii: "'")
    private static let backtick = UInt8(ascii: "`")
    private static let equals = UInt8(ascii: "=")
    private static let colon = UInt8(ascii: ":")
    private static let greaterThan = UInt8(ascii: ">")
    private static let verticalBar = UInt8(ascii: "|")
    private static let questionMark = UInt8(ascii: "?")
    private static let comma = UInt8(ascii: ",")
    private static let openingParenthesis = UInt8(ascii: "(")
    private static let openingBracket = UInt8(ascii: "[")
}
