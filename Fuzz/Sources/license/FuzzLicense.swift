#if Enterprise
import Foundation
import FuzzSupport
import GroundworkLicense

/// The licence file reader on any bytes: a signed licence (whose signature is then checked) or a LicenseError.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLicense(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let license = try? SignedLicense.parse(Data(FuzzInput(data, size).bytes), file: "license.json") else { return 0 }
    _ = try? LicenseVerifier().verifySignature(of: license)
    return 0
}
#endif
