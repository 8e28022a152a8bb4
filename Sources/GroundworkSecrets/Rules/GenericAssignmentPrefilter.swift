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
    @Sendable static func mightReport(_ line: String) -> Bool {
        line.utf8.withContiguousStorageIfAvailable(mightReport(bytes:)) ?? true
    }

    /// `mightReport` on a line's UTF-8 bytes.
    static func mightReport(bytes line: UnsafeBufferPointer<UInt8>) -> Bool {
        if line.contains(where: { $0 >= 0x7F || ($0 < 0x20 && $0 != tab) }) { return true }
        // A local copy: a static's lazy initialiser would be checked on every byte.
        let bareStops = bareStops
        func isBare(_ byte: UInt8) -> Bool { byte > space && !bareStops.contains(byte) }
        var start = 0
        while start < line.count {
            defer { start += 1 }
            let byte = line[start]
            if byte == doubleQuote || byte == singleQuote || byte == backtick {
                guard followsOperator(line, before: start, orDefault: true) else { continue }
                // The pattern's `[^"\r\n]{1,300}+` and the closing quote: the value runs to the next same quote.
                guard let end = line[(start + 1)...].firstIndex(of: byte) else { continue }
                if end - start - 1 > valueLimit || quotedValueMightReport(line[(start + 1)..<end]) { return true }
            } else if isBare(byte) {
                // Where a bare value can begin: at the start of a run, or just after an operator inside one.
                if start > 0, isBare(line[start - 1]), line[start - 1] != equals, line[start - 1] != colon { continue }
                guard followsOperator(line, before: start, orDefault: false) else { continue }
                var end = start
                while end < line.count, isBare(line[end]) { end += 1 }
                if end - start > valueLimit { return true }
                if end < line.count, line[end] == openingParenthesis || line[end] == openingBracket { continue }
                if bareValueMightReport(line[start..<end]) { return true }
            }
        }
        return false
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
        // Entropy needs as many distinct bytes; counting them first spares most values the logarithms.
        guard distinctBytes(value) >= minimumDistinctBytes, ShannonEntropy.bitsPerByte(value) >= minimumEntropy else { return false }
        guard isBare else { return true }
        guard value.contains(where: { isDigit($0) || bareSecretSymbolBytes.contains($0) }) else { return false }
        let lower = value.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        return !secretWordBytes.contains { lower.contains(bytes: $0) }
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
    private static let bareSecretSymbolBytes = Set(bareSecretSymbols.compactMap(\.asciiValue))
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
