import FuzzSupport
import GroundworkFormats

/// The line-aware JSON parser on any text; what parses must serialize and parse back to the same value.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard case .success(let value) = JSONParser.parse(FuzzInput(data, size).text) else { return 0 }
    let written = value.serialized()
    guard case .success(let reread) = JSONParser.parse(written) else {
        fatalError("the serialized form of a parsed document does not parse: \(written)")
    }
    precondition(reread == value, "a parsed document changed when written and read back: \(written)")
    return 0
}
