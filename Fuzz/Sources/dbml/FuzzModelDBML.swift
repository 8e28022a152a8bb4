import FuzzSupport
import GroundworkModel

/// The model loader on any dbml text: read, normalize and validate end in a model or a ModelError.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzModelDBML(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    _ = try? ModelLoader.load(text: FuzzInput(data, size).text, format: .dbml, file: "model.dbml", name: "fuzz")
    return 0
}
