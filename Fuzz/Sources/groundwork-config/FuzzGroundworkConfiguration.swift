import FuzzSupport
import GroundworkAudit

/// The `.groundwork.yaml` reader on any text (it comes from the audited repository): a configuration or an AuditError.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGroundworkConfiguration(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    _ = try? ConfigurationLoader.parse(FuzzInput(data, size).text)
    return 0
}
