import FuzzSupport
import GroundworkBricks

/// The brick.yaml parser on any text (a third-party brick is untrusted): a manifest or a BrickError.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzBrickManifest(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    _ = try? BrickManifestParser.parse(FuzzInput(data, size).text, file: "brick.yaml")
    return 0
}
