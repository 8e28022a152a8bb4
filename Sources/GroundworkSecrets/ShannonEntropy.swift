import Foundation

/// Shannon entropy in bits per character: how random a value looks (`aaaa` 0, hex ≈ 4, base64 ≈ 6).
package enum ShannonEntropy {
    /// The entropy of the UTF-8 bytes of `value` (0 for an empty value).
    package static func bitsPerCharacter(_ value: some StringProtocol) -> Double {
        bitsPerByte(value.utf8)
    }

    /// The entropy of `bytes` (0 when empty). `bitsPerCharacter` is this on a value's UTF-8 bytes, so a test of
    /// raw bytes (`GenericAssignment.mightReport`) reaches the same number as the filter it stands in for.
    package static func bitsPerByte(_ bytes: some Sequence<UInt8>) -> Double {
        // On the stack: the scanner computes this for many short values, and a heap array of counts per value
        // cost more than the counting.
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 256) { counts in
            counts.initialize(repeating: 0)
            var total = 0
            for byte in bytes {
                counts[Int(byte)] += 1
                total += 1
            }
            guard total > 0 else { return 0 }
            let length = Double(total)
            return counts.reduce(0.0) { entropy, count in
                guard count > 0 else { return entropy }
                let probability = Double(count) / length
                return entropy - probability * log2(probability)
            }
        }
    }
}
