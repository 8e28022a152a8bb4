/// A set of ASCII bytes as a 128-bit mask: a test costs a shift, where a `Set<UInt8>` hashes. Other bytes are
/// never members.
struct ASCIISet {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    /// The empty set.
    init() {}

    /// The ASCII bytes of `members`.
    init(_ members: String) {
        for byte in members.utf8 { insert(byte) }
    }

    mutating func insert(_ byte: UInt8) {
        if byte < 64 { low |= 1 << byte } else if byte < 128 { high |= 1 << (byte - 64) }
    }

    func contains(_ byte: UInt8) -> Bool {
        byte < 64 ? low >> byte & 1 == 1 : byte < 128 && high >> (byte - 64) & 1 == 1
    }

    /// How many bytes the set holds.
    var count: Int { low.nonzeroBitCount + high.nonzeroBitCount }
}
