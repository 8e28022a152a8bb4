import Foundation
import FuzzSupport
import GroundworkSecrets

/// The secret scanner on arbitrary bytes, as the audit feeds it a blob: the prefilter, the long-line probe,
/// the whole-text scan and the line scan agree, and every match is redacted.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSecretScanner(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = FuzzInput(data, size)
    let scanner = SecretScanner.shared
    _ = scanner.skipsPartOfLongLines(Data(input.bytes))
    let text = input.text
    let matches = scanner.scan(text: text)
    if !matches.isEmpty {
        precondition(scanner.mightContainSecret(input.bytes), "the prefilter ruled out a text that has matches")
    }
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { (number: $0.offset + 1, text: String($0.element)) }
    _ = scanner.scan(lines: lines)
    return 0
}
