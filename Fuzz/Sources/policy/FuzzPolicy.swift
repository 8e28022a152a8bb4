#if Enterprise
import FuzzSupport
import GroundworkFleet

/// The policy.yaml parser on any text: a policy or a ConfigurationFileError.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPolicy(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    _ = try? Policy.parse(FuzzInput(data, size).text)
    return 0
}
#endif
