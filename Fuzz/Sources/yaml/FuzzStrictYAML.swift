import FuzzSupport
import GroundworkFormats

/// The strict YAML reader (aliases, anchors, the nesting guard) on any text: it returns a value or a
/// FormatError, and never crashes or hangs.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzStrictYAML(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = FuzzInput(data, size).text
    let reader = StrictYAMLReader(file: "fuzz.yaml")
    _ = try? reader.read(text)
    _ = try? reader.mapping(text, allowed: ["version", "name", "items"])
    return 0
}
