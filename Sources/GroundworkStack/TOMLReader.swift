/// A small, tolerant TOML reader: tables, arrays of tables, dotted and quoted keys, strings of all four
/// kinds, arrays and inline tables. A line it cannot read is skipped, never fatal: manifests in the wild
/// are often slightly off, and stack detection would rather read most of a file than none of it.
package struct TOMLReader {
    /// Arrays and inline tables nested deeper than this are not read (the reader recurses per level).
    static let maxDepth = 64

    private let bytes: [UInt8]
    private var position = 0
    private var depth = 0
    private let root = TableNode()

    /// Parses `text` into a table (empty when nothing could be read).
    package static func parse(_ text: String) -> TOMLValue {
        var reader = TOMLReader(bytes: Array(text.utf8))
        return reader.readDocument()
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private mutating func readDocument() -> TOMLValue {
        var current = root
        while true {
            skipBlank(newlines: true)
            guard let byte = peek() else { break }
            let start = position
            var understood = false
            if byte == ascii("[") {
                let isArray = peek(1) == ascii("[")
                position += isArray ? 2 : 1
                if let keys = readKeys(), expect(isArray ? "]]" : "]") {
                    current = isArray ? root.appendTable(at: keys) : root.table(at: keys[...])
                    understood = true
                }
            } else if let keys = readKeys(), skipBlank(), expect("="), skipBlank(), let value = readValue() {
                current.set(value, at: keys[...])
                understood = true
            }
            // A statement that could not be read is dropped with its first line only: an unclosed
            // array or string must not swallow the lines after it.
            if !understood { position = start }
            skipRestOfLine()
        }
        return root.value
    }

    // MARK: - Keys and values

    private mutating func readKeys() -> [String]? {
        var keys: [String] = []
        repeat {
            skipBlank()
            guard let key = readKey() else { return nil }
            keys.append(key)
            skipBlank()
        } while consume(".")
        return keys
    }

    private mutating func readKey() -> String? {
        guard let byte = peek() else { return nil }
        if byte == ascii("\"") || byte == ascii("'") { return readString() }
        let start = position
        while let next = peek(), isBareKeyByte(next) { position += 1 }
        return position > start ? text(start..<position) : nil
    }

    private mutating func readValue() -> TOMLValue? {
        guard let byte = peek() else { return nil }
        switch byte {
        case ascii("\""), ascii("'"): return readString().map(TOMLValue.string)
        case ascii("["), ascii("{"):
            guard depth < Self.maxDepth else { return nil }
            depth += 1
            defer { depth -= 1 }
            return byte == ascii("[") ? readArray() : readInlineTable()
        default:
            let start = position
            while let next = peek(), ![ascii(","), ascii("]"), ascii("}"), ascii("\n"), ascii("#")].contains(next) { position += 1 }
            let scalar = text(start..<position).trimmingWhitespace()
            return scalar.isEmpty ? nil : .scalar(scalar)
        }
    }

    private mutating func readArray() -> TOMLValue? {
        position += 1
        var items: [TOMLValue] = []
        while true {
            skipBlank(newlines: true)
            if consume("]") { return .array(items) }
            guard let item = readValue() else { return nil }
            items.append(item)
            skipBlank(newlines: true)
            if consume(",") { continue }
            return consume("]") ? .array(items) : nil
        }
    }

    private mutating func readInlineTable() -> TOMLValue? {
        position += 1
        let table = TableNode()
        while true {
            skipBlank(newlines: true)
            if consume("}") { return table.value }
            guard let keys = readKeys(), skipBlank(), expect("="), skipBlank(), let value = readValue() else { return nil }
            table.set(value, at: keys[...])
            skipBlank(newlines: true)
            if consume(",") { continue }
            return consume("}") ? table.value : nil
        }
    }

    /// A basic, literal or multi-line string, with the escapes of basic strings decoded.
    private mutating func readString() -> String? {
        guard let quote = peek() else { return nil }
        let multiline = peek(1) == quote && peek(2) == quote
        position += multiline ? 3 : 1
        if multiline, peek() == ascii("\n") { position += 1 }
        var output: [UInt8] = []
        while let byte = peek() {
            if byte == quote, !multiline || (peek(1) == quote && peek(2) == quote) {
                position += multiline ? 3 : 1
                return String(decoding: output, as: UTF8.self)
            }
            if byte == ascii("\n"), !multiline { return nil }
            if byte == ascii("\\"), quote == ascii("\"") {
                position += 1
                guard let escaped = peek() else { return nil }
                position += 1
                switch escaped {
                case ascii("n"): output.append(ascii("\n"))
                case ascii("t"): output.append(ascii("\t"))
                case ascii("r"): output.append(ascii("\r"))
                case ascii("u"), ascii("U"):
                    let width = escaped == ascii("u") ? 4 : 8
                    guard position + width <= bytes.count, let code = UInt32(text(position..<position + width), radix: 16),
                        let scalar = Unicode.Scalar(code)
                    else { return nil }
                    output.append(contentsOf: Array(String(Character(scalar)).utf8))
                    position += width
                case ascii("\n"):
                    while let next = peek(), next == ascii(" ") || next == ascii("\n") || next == ascii("\t") || next == ascii("\r") { position += 1 }
                default: output.append(escaped)
                }
                continue
            }
            output.append(byte)
            position += 1
        }
        return nil
    }

    // MARK: - Scanning

    private func peek(_ offset: Int = 0) -> UInt8? {
        position + offset < bytes.count ? bytes[position + offset] : nil
    }

    private mutating func consume(_ literal: StaticString) -> Bool {
        let expected = UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)
        guard position + expected.count <= bytes.count, bytes[position..<position + expected.count].elementsEqual(expected) else { return false }
        position += expected.count
        return true
    }

    private mutating func expect(_ literal: StaticString) -> Bool { consume(literal) }

    /// Skips spaces, tabs and comments (and newlines when asked); always true, to chain in conditions.
    @discardableResult
    private mutating func skipBlank(newlines: Bool = false) -> Bool {
        while let byte = peek() {
            if byte == ascii(" ") || byte == ascii("\t") || byte == ascii("\r") || (newlines && byte == ascii("\n")) {
                position += 1
            } else if byte == ascii("#") {
                while let next = peek(), next != ascii("\n") { position += 1 }
            } else {
                break
            }
        }
        return true
    }

    private mutating func skipRestOfLine() {
        while let byte = peek(), byte != ascii("\n") { position += 1 }
    }

    private func isBareKeyByte(_ byte: UInt8) -> Bool {
        (byte >= ascii("a") && byte <= ascii("z")) || (byte >= ascii("A") && byte <= ascii("Z"))
            || (byte >= ascii("0") && byte <= ascii("9")) || byte == ascii("_") || byte == ascii("-")
    }

    private func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

    private func ascii(_ character: Unicode.Scalar) -> UInt8 { UInt8(ascii: character) }
}

/// A table being filled while reading; tables are shared by reference so headers can reopen them.
private final class TableNode {
    private enum Entry {
        case value(TOMLValue)
        case table(TableNode)
        case tables([TableNode])
    }

    private var entries: [String: Entry] = [:]

    var value: TOMLValue {
        .table(
            entries.mapValues { entry in
                switch entry {
                case .value(let value): value
                case .table(let node): node.value
                case .tables(let nodes): .array(nodes.map(\.value))
                }
            })
    }

    /// The table at `keys` below this one, created as needed; the last element of an array of tables.
    func table(at keys: ArraySlice<String>) -> TableNode {
        guard let key = keys.first else { return self }
        let child: TableNode
        switch entries[key] {
        case .table(let node): child = node
        case .tables(let nodes) where !nodes.isEmpty: child = nodes[nodes.count - 1]
        default:
            child = TableNode()
            entries[key] = .table(child)
        }
        return child.table(at: keys.dropFirst())
    }

    /// Appends a new table to the array of tables at `keys` (`[[bin]]`).
    func appendTable(at keys: [String]) -> TableNode {
        guard let last = keys.last else { return self }
        let parent = table(at: keys.dropLast()[...])
        let node = TableNode()
        if case .tables(let nodes) = parent.entries[last] {
            parent.entries[last] = .tables(nodes + [node])
        } else {
            parent.entries[last] = .tables([node])
        }
        return node
    }

    /// Sets `value` at a dotted key below this table.
    func set(_ value: TOMLValue, at keys: ArraySlice<String>) {
        guard let last = keys.last else { return }
        table(at: keys.dropLast()).entries[last] = .value(value)
    }
}

extension String {
    fileprivate func trimmingWhitespace() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\t" || first == "\r" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" || last == "\r" { scalars.removeLast() }
        return String(scalars)
    }
}
