import Foundation
import Testing

@testable import GroundworkSecrets

struct KeywordAutomatonTests {
    @Test("finds the same keywords as a naive case-insensitive search, on random text")
    func agreesWithNaiveSearch() {
        var generator = SplitMix64(seed: 7)
        let alphabet = Array("abAB_-.xyXY 01")
        for _ in 0..<300 {
            let keywords = (0..<Int.random(in: 1...6, using: &generator)).map { _ in
                String((0..<Int.random(in: 1...4, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
                    .lowercased()
            }
            let text = String((0..<Int.random(in: 0...60, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            let automaton = KeywordAutomaton(keywords: keywords)
            let found = Array(text.utf8).withUnsafeBufferPointer { automaton.matches(in: $0) }
            let expected = keywords.indices.filter { text.lowercased().contains(keywords[$0]) }
            #expect(Set(found) == Set(expected), "keywords \(keywords) in \(text)")
            let any = Array(text.utf8).withUnsafeBufferPointer { automaton.containsAny($0) }
            #expect(any == !expected.isEmpty)
        }
    }

    @Test("overlapping keywords and keywords inside others are all found")
    func overlappingKeywords() {
        let automaton = KeywordAutomaton(keywords: ["he", "she", "his", "hers", "SECRET"])
        let found = Array("uSHErs and a Secret".utf8).withUnsafeBufferPointer { automaton.matches(in: $0) }
        #expect(Set(found) == [0, 1, 3, 4])
    }

    @Test("non-ASCII bytes neither match nor break the walk")
    func nonASCIIBytes() {
        let automaton = KeywordAutomaton(keywords: ["token"])
        let bytes: [UInt8] = [0xFF, 0x74, 0x6F, 0x00, 0xC3, 0xA9, 0x54, 0x4F, 0x4B, 0x45, 0x4E, 0x80]
        #expect(bytes.withUnsafeBufferPointer { automaton.matches(in: $0) } == [0])
        #expect(!(Array(bytes.prefix(6)).withUnsafeBufferPointer { automaton.containsAny($0) }))
    }

    /// Not a timed assertion: prints the prefilter's speed over a few MB of source code without keywords,
    /// the common case in a history walk.
    @Test("prefilter throughput is printed")
    func throughput() {
        let scanner = SecretScanner()
        let line = "    let result = items.filter { $0.isEnabled }.map { transform($0, with: options) } // ok\n"
        let text = Data(String(repeating: line, count: 8 * 1_048_576 / line.utf8.count).utf8)
        let start = Date()
        let found = scanner.mightContainSecret(text)
        let seconds = Date().timeIntervalSince(start)
        #expect(!found)
        print("prefilter: \(text.count / 1_048_576) MB in \(Int(seconds * 1_000)) ms, \(Int(Double(text.count) / 1_048_576 / seconds)) MB/s")
    }
}
