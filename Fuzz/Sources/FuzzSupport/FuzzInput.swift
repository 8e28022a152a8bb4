/// What libFuzzer hands an entry point, as the kinds of input groundwork's readers take.
///
/// Every reader of untrusted input takes text decoded from a file's bytes; decoding here is lenient, as a
/// reader that validated UTF-8 would refuse the rest before parsing anything.
public struct FuzzInput {
    /// The raw bytes of this run.
    public let bytes: [UInt8]

    /// The input libFuzzer passes to `LLVMFuzzerTestOneInput`.
    public init(_ data: UnsafePointer<UInt8>, _ size: Int) {
        bytes = Array(UnsafeBufferPointer(start: data, count: size))
    }

    /// The bytes decoded as UTF-8, invalid sequences replaced.
    public var text: String { String(decoding: bytes, as: UTF8.self) }
}
