#if Enterprise
import Foundation
import GroundworkFormats

extension LicenseJSON {
    /// The canonical bytes of this value, which is what a license signature covers.
    ///
    /// The form is RFC 8785 (JSON Canonicalization Scheme) restricted to integers: no whitespace, object
    /// members sorted by the UTF-16 code units of their keys, strings escaped only where JSON requires it
    /// (`\"`, `\\`, `\b \f \n \r \t`, other control characters as lowercase `\u00xx`) and otherwise written as
    /// UTF-8, integers in plain decimal. Reformatting a file, reordering its members or escaping characters
    /// differently therefore never changes the bytes; changing any value does.
    func canonicalBytes(file: String) throws(LicenseError) -> Data {
        var output = ""
        try writeCanonical(into: &output, file: file)
        return Data(output.utf8)
    }

    private func writeCanonical(into output: inout String, file: String) throws(LicenseError) {
        switch value {
        case .object(let members):
            output += "{"
            let sorted = members.sorted { $0.key.utf16.lexicographicallyPrecedes($1.key.utf16) }
            for (position, member) in sorted.enumerated() {
                if position > 0 { output += "," }
                JSONString.write(member.key, into: &output)
                output += ":"
                try member.value.writeCanonical(into: &output, file: file)
            }
            output += "}"
        case .array(let elements):
            output += "["
            for (position, element) in elements.enumerated() {
                if position > 0 { output += "," }
                try element.writeCanonical(into: &output, file: file)
            }
            output += "]"
        case .string(let text):
            JSONString.write(text, into: &output)
        case .number(let literal):
            guard let integer = Int64(literal) else {
                throw LicenseError.shape(file, line: line, "expected an integer in the payload, found \(literal)")
            }
            output += String(integer)
        case .bool(let flag):
            output += flag ? "true" : "false"
        case .null:
            output += "null"
        }
    }

    /// Readable JSON: two-space indentation, members in their given order, arrays of scalars on one line.
    func prettyPrinted() -> String {
        var output = ""
        writePretty(into: &output, indent: "")
        return output + "\n"
    }

    private func writePretty(into output: inout String, indent: String) {
        let inner = indent + "  "
        switch value {
        case .object(let members) where members.isEmpty:
            output += "{}"
        case .object(let members):
            output += "{\n"
            for (position, member) in members.enumerated() {
                output += inner
                JSONString.write(member.key, into: &output)
                output += ": "
                member.value.writePretty(into: &output, indent: inner)
                output += position == members.count - 1 ? "\n" : ",\n"
            }
            output += indent + "}"
        case .array(let elements) where elements.allSatisfy(\.isScalar):
            output += "["
            for (position, element) in elements.enumerated() {
                if position > 0 { output += ", " }
                element.writePretty(into: &output, indent: inner)
            }
            output += "]"
        case .array(let elements):
            output += "[\n"
            for (position, element) in elements.enumerated() {
                output += inner
                element.writePretty(into: &output, indent: inner)
                output += position == elements.count - 1 ? "\n" : ",\n"
            }
            output += indent + "]"
        case .string(let text):
            JSONString.write(text, into: &output)
        case .number(let literal):
            output += literal
        case .bool(let flag):
            output += flag ? "true" : "false"
        case .null:
            output += "null"
        }
    }

    private var isScalar: Bool {
        switch value {
        case .object, .array: false
        default: true
        }
    }
}
#endif
