import Foundation

/// Numbered lines of text kept as UTF-8 bytes in one buffer: what `SecretScanner` reads.
///
/// The scanner decides most lines on their bytes (keywords, allow comments, the rules' line conditions) and
/// makes a `String` only of the few a rule's expression must read: on keyword-dense code, making a `String` and
/// an `NSString` of every added line cost more than the tests that then dropped it.
package struct NumberedLines: Sendable {
    private var bytes: [UInt8] = []
    /// Where each line's bytes end in `bytes`; a line starts where the one before it ends.
    private var ends: [Int] = []
    private var numbers: [Int] = []

    package init() {}

    /// The lines of `text` (UTF-8 bytes), numbered from 1; a line may end in `\n` or `\r\n`. Not generic, so a
    /// caller in another module does not go through an unspecialised generic for every byte.
    package init(splitting text: UnsafeBufferPointer<UInt8>) {
        var number = 0
        var start = 0
        while start <= text.count {
            let end = Self.lineEnd(in: text, from: start)
            number += 1
            let line = UnsafeBufferPointer(rebasing: text[start..<(end > start && text[end - 1] == 0x0D ? end - 1 : end)])
            append(number: number, bytes: line)
            start = end + 1
        }
    }

    /// The index of the first `\n` in `text` from `start` on, or `text.count`: `memchr`, which reads many bytes at
    /// a time, where a loop over the bytes read one.
    package static func lineEnd(in text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = text.baseAddress, start < text.count, let found = memchr(base + start, 0x0A, text.count - start) else {
            return text.count
        }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// The lines as the caller numbered them (`number` is the line's number in its file).
    package init(_ lines: [(number: Int, text: String)]) {
        for line in lines {
            var text = line.text
            text.withUTF8 { append(number: line.number, bytes: $0) }
        }
    }

    package var count: Int { numbers.count }
    package var indices: Range<Int> { 0..<numbers.count }

    /// Adds a line; `bytes` must not hold its line ending. Not generic, so the diff callback of another module
    /// does not go through an unspecialised generic for every line.
    package mutating func append(number: Int, bytes line: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: line)
        ends.append(bytes.count)
        numbers.append(number)
    }

    /// The number of the line at `index` in its file.
    package func number(at index: Int) -> Int { numbers[index] }

    /// How many bytes the line at `index` holds.
    package func byteCount(at index: Int) -> Int { ends[index] - start(of: index) }

    /// Calls `body` with the bytes of the line at `index`, valid only during the call.
    package func withBytes<Result>(at index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        let start = start(of: index)
        return try bytes.withUnsafeBufferPointer { all in
            try body(UnsafeBufferPointer(rebasing: all[start..<ends[index]]))
        }
    }

    /// The line at `index` as text (invalid UTF-8 replaced).
    package func text(at index: Int) -> String {
        withBytes(at: index) { String(decoding: $0, as: UTF8.self) }
    }

    private func start(of index: Int) -> Int { index == 0 ? 0 : ends[index - 1] }
}
