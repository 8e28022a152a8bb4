#if Enterprise
import Foundation
import GroundworkFormats

extension LicenseJSON {
    /// Reads typed fields out of an object, raising shape errors that name the line and what was expected.
    struct FieldReader {
        let object: LicenseJSON
        let file: String
        /// What the object is, for messages: "the payload", "the license".
        let context: String

        /// Fails unless `json` is an object.
        init(_ json: LicenseJSON, file: String, context: String) throws(LicenseError) {
            guard case .object = json.value else {
                throw LicenseError.shape(file, line: json.line, "expected \(context) to be a JSON object, found \(json.kindDescription)")
            }
            self.object = json
            self.file = file
            self.context = context
        }

        /// The line of `key`'s member, or of the object when it has no such member.
        func line(of key: String) -> Int {
            object[key]?.line ?? object.line
        }

        func member(_ key: String, _ expected: String) throws(LicenseError) -> Member {
            guard let member = object[key] else {
                throw LicenseError.shape(file, line: object.line, "expected \(context) to have \"\(key)\" (\(expected))")
            }
            return member
        }

        func mismatch(_ member: Member, _ expected: String) -> LicenseError {
            LicenseError.shape(file, line: member.value.line, "expected \"\(member.key)\" to be \(expected), found \(member.value.kindDescription)")
        }

        func string(_ key: String, _ expected: String = "a string") throws(LicenseError) -> String {
            let entry = try member(key, expected)
            guard case .string(let text) = entry.value.value else { throw mismatch(entry, expected) }
            return text
        }

        func integer(_ key: String, _ expected: String = "an integer") throws(LicenseError) -> Int {
            let entry = try member(key, expected)
            guard case .number(let literal) = entry.value.value, let integer = Int(literal) else {
                throw mismatch(entry, expected)
            }
            return integer
        }

        /// An integer, or nil when the member is `null`.
        func optionalInteger(_ key: String, _ expected: String) throws(LicenseError) -> Int? {
            let entry = try member(key, expected)
            if case .null = entry.value.value { return nil }
            guard case .number(let literal) = entry.value.value, let integer = Int(literal) else {
                throw mismatch(entry, expected)
            }
            return integer
        }

        func date(_ key: String) throws(LicenseError) -> LicenseDate {
            let expected = "a date written \"YYYY-MM-DD\""
            let entry = try member(key, expected)
            guard case .string(let text) = entry.value.value, let date = LicenseDate(text) else {
                throw mismatch(entry, expected)
            }
            return date
        }

        func uuid(_ key: String) throws(LicenseError) -> UUID {
            let expected = "a UUID such as \"2f1c6a0e-8d4b-4f57-9a51-0c3e9b7d1a42\""
            let entry = try member(key, expected)
            guard case .string(let text) = entry.value.value, let uuid = UUID(uuidString: text) else {
                throw mismatch(entry, expected)
            }
            return uuid
        }

        func strings(_ key: String, _ expected: String) throws(LicenseError) -> [String] {
            let entry = try member(key, expected)
            guard case .array(let elements) = entry.value.value else { throw mismatch(entry, expected) }
            var result: [String] = []
            for element in elements {
                guard case .string(let text) = element.value else {
                    throw LicenseError.shape(file, line: element.line, "expected every element of \"\(key)\" to be a string, found \(element.kindDescription)")
                }
                result.append(text)
            }
            return result
        }
    }
}
#endif
