/// An Aho-Corasick automaton over ASCII-lowercased bytes: finds which keywords occur in a buffer in one pass.
///
/// The goto and failure functions are folded into a dense table with a column per class of bytes: each byte that
/// some keyword holds is a class (`A`…`Z` share the class of `a`…`z`, so matching is case-insensitive), and all
/// the other bytes are one class, which leads back to the root from every state. A few dozen columns a state
/// instead of 256 keep the table (about 2,000 states for the built-in rules) in the processor's cache: with 256
/// columns the table load missed it on most bytes of keyword-dense code.
package struct KeywordAutomaton: Sendable {
    /// The keywords, lowercased, in the order given.
    package let keywords: [String]
    /// `transitions[state << classShift | byteClass[byte]]` is the next state.
    private let transitions: [UInt16]
    private let byteClass: [UInt8]
    /// The table has `1 << classShift` columns a state (the classes, rounded up to a power of two).
    private let classShift: Int
    /// States from here on are accepting (some keyword ends there); those before are not. The states are numbered
    /// so, and the hot loop tells an accepting state by its number, without a load per byte.
    private let firstAccepting: Int
    /// The keywords that end at each accepting state (including through failure links), flattened: those of state
    /// `s` are `outputs[outputStarts[s - firstAccepting]..<outputStarts[s - firstAccepting + 1]]`, so the hot
    /// loop reads them without retaining an array.
    private let outputs: [Int]
    private let outputStarts: [Int]
    /// Bit `first << 8 | second` is set when some keyword starts with those two bytes (in any case), so the root
    /// state can skip ahead without walking the big table: most byte pairs of ordinary text start no keyword.
    /// Every bit is set when a keyword has a single byte, which a pair cannot rule out.
    private let startsKeyword: [UInt64]

    /// Builds the automaton; keywords must be non-empty ASCII (they are lowercased here).
    package init(keywords: [String]) {
        self.keywords = keywords.map { $0.lowercased() }
        var goto: [[UInt8: Int]] = [[:]]
        var outputs: [[Int]] = [[]]
        for (index, keyword) in self.keywords.enumerated() where !keyword.isEmpty {
            var state = 0
            for byte in keyword.utf8 {
                if let next = goto[state][byte] {
                    state = next
                } else {
                    goto.append([:])
                    outputs.append([])
                    goto[state][byte] = goto.count - 1
                    state = goto.count - 1
                }
            }
            outputs[state].append(index)
        }
        precondition(goto.count < Int(UInt16.max), "too many keyword states for the automaton")

        var table = [UInt16](repeating: 0, count: goto.count << 8)
        var failure = [Int](repeating: 0, count: goto.count)
        var queue: [Int] = []
        for (byte, child) in goto[0] {
            table[Int(byte)] = UInt16(child)
            queue.append(child)
        }
        // Breadth first, so every state's failure target is complete before its children use it.
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            outputs[state].append(contentsOf: outputs[failure[state]])
            for byte in 0..<256 {
                if let child = goto[state][UInt8(byte)] {
                    failure[child] = Int(table[failure[state] << 8 | byte])
                    table[state << 8 | byte] = UInt16(child)
                    queue.append(child)
                } else {
                    table[state << 8 | byte] = table[failure[state] << 8 | byte]
                }
            }
        }
        for state in 0..<goto.count {
            for upper in UInt8(ascii: "A")...UInt8(ascii: "Z") {
                table[state << 8 | Int(upper)] = table[state << 8 | Int(upper | 0x20)]
            }
        }
        // Renumbered: the states without output first (the root among them, as 0: no keyword is empty), then the
        // accepting ones.
        let accepting = (0..<goto.count).filter { !outputs[$0].isEmpty }
        let order = (0..<goto.count).filter { outputs[$0].isEmpty } + accepting
        var number = [UInt16](repeating: 0, count: goto.count)
        for (new, old) in order.enumerated() { number[old] = UInt16(new) }
        var byteClass = [UInt8](repeating: 0, count: 256)
        var classCount = 1
        for byte in Set(self.keywords.flatMap(\.utf8)).sorted() {
            byteClass[Int(byte)] = UInt8(classCount)
            classCount += 1
        }
        for upper in UInt8(ascii: "A")...UInt8(ascii: "Z") { byteClass[Int(upper)] = byteClass[Int(upper | 0x20)] }
        var classShift = 0
        while 1 << classShift < classCount { classShift += 1 }
        // Every byte of a class has the same column in `table` (capitals were copied from lowercase letters above),
        // so writing each byte's entry into its class's column writes the same value again.
        var compressed = [UInt16](repeating: 0, count: goto.count << classShift)
        for state in 0..<goto.count {
            for byte in 0..<256 {
                compressed[Int(number[state]) << classShift | Int(byteClass[byte])] = number[Int(table[state << 8 | byte])]
            }
        }
        let canSkipByPairs = self.keywords.allSatisfy { $0.utf8.count >= 2 }
        var startsKeyword = [UInt64](repeating: canSkipByPairs ? 0 : ~0, count: 65_536 / 64)
        for first in 0..<256 where canSkipByPairs {
            guard let afterFirst = goto[0][Self.lowercased(first)] else { continue }
            for second in 0..<256 where goto[afterFirst][Self.lowercased(second)] != nil {
                let pair = first << 8 | second
                startsKeyword[pair >> 6] |= 1 << UInt64(pair & 63)
            }
        }

        self.transitions = compressed
        self.byteClass = byteClass
        self.classShift = classShift
        self.firstAccepting = goto.count - accepting.count
        self.outputs = accepting.flatMap { outputs[$0] }
        self.outputStarts = accepting.reduce(into: [0]) { starts, state in starts.append(starts.last! + outputs[state].count) }
        self.startsKeyword = startsKeyword
    }

    private static func lowercased(_ byte: Int) -> UInt8 {
        (65...90).contains(byte) ? UInt8(byte | 0x20) : UInt8(byte)
    }

    /// True when any keyword occurs in `bytes`; stops at the first one.
    package func containsAny(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var found = false
        walk(bytes) { _ in
            found = true
            return false
        }
        return found
    }

    /// The indices of the keywords that occur in `bytes`, each once, in the order they are first seen.
    package func matches(in bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        var result: [Int] = []
        matches(in: bytes, into: &result)
        return result
    }

    /// `matches(in:)` written into `result`, which is emptied first: a caller that scans many lines keeps one
    /// array instead of allocating one a line.
    package func matches(in bytes: UnsafeBufferPointer<UInt8>, into result: inout [Int]) {
        if !result.isEmpty { result.removeAll(keepingCapacity: true) }
        // The tables as buffers: read through `self` in the closure, each match retained and released them.
        outputs.withUnsafeBufferPointer { outputs in
            outputStarts.withUnsafeBufferPointer { starts in
                walk(bytes) { accepting in
                    // A line holds a handful of keywords at most: a linear search beats hashing each one.
                    for position in starts[accepting]..<starts[accepting + 1] where !result.contains(outputs[position]) {
                        result.append(outputs[position])
                    }
                    return true
                }
            }
        }
    }

    /// Runs the automaton, calling `onMatch` with the number of each accepting state it reaches (counted from
    /// `firstAccepting`) until it returns false. The loop holds only what each byte needs, so that its state stays
    /// in a register: the keywords of a match are looked up by the caller.
    private func walk(_ bytes: UnsafeBufferPointer<UInt8>, onMatch: (Int) -> Bool) {
        guard let base = bytes.baseAddress else { return }
        let (count, shift, firstAccepting) = (bytes.count, classShift, firstAccepting)
        transitions.withUnsafeBufferPointer { table in
            byteClass.withUnsafeBufferPointer { byteClass in
                startsKeyword.withUnsafeBufferPointer { starts in
                    var state = 0
                    var index = 0
                    while index < count {
                        if state == 0 {
                            // At the root, a keyword can only start where a pair of bytes starts one.
                            while index + 1 < count {
                                let pair = Int(base[index]) &<< 8 | Int(base[index + 1])
                                if starts[pair &>> 6] & (1 &<< UInt64(pair & 63)) != 0 { break }
                                index += 1
                            }
                        }
                        state = Int(table[state &<< shift | Int(byteClass[Int(base[index])])])
                        index += 1
                        if state >= firstAccepting && !onMatch(state &- firstAccepting) { return }
                    }
                }
            }
        }
    }
}
