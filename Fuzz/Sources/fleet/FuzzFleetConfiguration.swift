#if Enterprise
import FuzzSupport
import GroundworkFleet

/// The fleet.yaml parser on any text: a fleet or a ConfigurationFileError.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFleetConfiguration(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    _ = try? FleetConfiguration.parse(FuzzInput(data, size).text, file: "/fuzz/fleet.yaml")
    return 0
}
#endif
