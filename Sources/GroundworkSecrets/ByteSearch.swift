extension Collection where Element == UInt8, Index == Int {
    /// Whether these bytes hold `needle` somewhere, byte for byte.
    func contains(bytes needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        guard count >= needle.count else { return false }
        return (startIndex...(endIndex - needle.count)).contains { start in
            self[start] == first && self[start..<(start + needle.count)].elementsEqual(needle)
        }
    }
}
