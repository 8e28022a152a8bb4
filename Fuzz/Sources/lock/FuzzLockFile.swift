import FuzzSupport
import GroundworkBricks

/// The lock file reader on any text (a client's repository commits it): a lock or a BrickError; a lock that
/// reads must write and read back to the same bricks.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLockFile(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let lock = try? LockFile.parse(FuzzInput(data, size).text) else { return 0 }
    let written = lock.yaml()
    do {
        let reread = try LockFile.parse(written)
        precondition(reread.yaml() == written, "a lock file changed when written and read back:\n\(written)")
    } catch {
        fatalError("the written form of a lock file does not read back: \(error)\n\(written)")
    }
    return 0
}
