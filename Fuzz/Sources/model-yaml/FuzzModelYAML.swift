import FuzzSupport
import GroundworkModel

/// The model loader on any model.yaml text: read, normalize and validate end in a model or a ModelError.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzModelYAML(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    _ = try? ModelLoader.load(text: FuzzInput(data, size).text, format: .yaml, file: "model.yaml", name: "fuzz")
    return 0
}
