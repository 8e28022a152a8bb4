#if Enterprise
import Foundation
import GroundworkFormats

/// A JSON value read from a license file: the shared parser's located node, so errors name the line for
/// shape problems too (a missing or mistyped field), not only for syntax.
///
/// The signature covers a canonical form of the payload (`canonicalBytes`), computed from the parsed tree:
/// members as found (unknown ones included), strings decoded, numbers as written. The shared parser keeps all
/// of that, so nothing about signing needs a parser of its own.
typealias LicenseJSON = LocatedJSON

extension LicenseJSON {
    /// Licences nest two levels; the limit is far below the shared parser's default so hostile input is
    /// refused early.
    static let maximumDepth = 32

    /// Parses a whole license document. Duplicate keys are refused: the signed payload must mean one thing
    /// to every reader, whichever duplicate it would keep.
    static func parse(_ data: Data, file: String) throws(LicenseError) -> LicenseJSON {
        do throws(JSONSyntaxError) {
            return try JSONParser.node([UInt8](data), duplicateKeys: .refuse, maximumDepth: maximumDepth)
        } catch {
            throw LicenseError.syntax(file, line: error.line, error.message)
        }
    }
}
#endif
