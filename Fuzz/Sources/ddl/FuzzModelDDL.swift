import FuzzSupport
import GroundworkModel

/// The model loader on any ddl text: read, normalize and validate end in a model or a ModelError.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzModelDDL(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    _ = try? ModelLoader.load(text: FuzzInput(data, size).text, format: .ddl, file: "model.sql", name: "fuzz")
    return 0
}
