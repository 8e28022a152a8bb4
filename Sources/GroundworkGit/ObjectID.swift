import CGit2
import Foundation

/// A git object id (SHA-1), a value that is cheap to copy, hash and compare.
package struct ObjectID: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The 20 raw bytes, as libgit2 holds them.
    package var raw: git_oid

    package init(_ raw: git_oid) { self.raw = raw }

    package init(_ pointer: UnsafePointer<git_oid>) { self.raw = pointer.pointee }

    /// Parses a full 40-character hexadecimal id; nil when it is not one.
    package init?(hex: String) {
        guard hex.utf8.count == 40, hex.utf8.allSatisfy({ $0.isHexDigit }) else { return nil }
        var oid = git_oid()
        guard git_oid_fromstr(&oid, hex) == 0 else { return nil }
        raw = oid
    }

    /// Reads the 20 raw bytes of an id (as `bytes` gives them); nil for any other length.
    package init?(bytes: Data) {
        guard bytes.count == 20 else { return nil }
        var oid = git_oid()
        let code = bytes.withUnsafeBytes { buffer in git_oid_fromraw(&oid, buffer.bindMemory(to: UInt8.self).baseAddress) }
        guard code == 0 else { return nil }
        raw = oid
    }

    /// The 20 raw bytes: half the size of the hexadecimal form, for compact storage.
    package var bytes: Data { withUnsafeBytes(of: raw.id) { Data($0) } }

    /// The 40-character hexadecimal form.
    package var hex: String {
        withUnsafePointer(to: raw) { pointer in
            var buffer = [CChar](repeating: 0, count: 41)
            git_oid_tostr(&buffer, 41, pointer)
            return String(decoding: buffer.prefix(40).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
    }

    /// The first 8 characters, for people.
    package var short: String { String(hex.prefix(8)) }

    package var description: String { hex }

    package static func == (lhs: ObjectID, rhs: ObjectID) -> Bool {
        withUnsafePointer(to: lhs.raw) { l in withUnsafePointer(to: rhs.raw) { r in git_oid_equal(l, r) != 0 } }
    }

    package static func < (lhs: ObjectID, rhs: ObjectID) -> Bool {
        withUnsafePointer(to: lhs.raw) { l in withUnsafePointer(to: rhs.raw) { r in git_oid_cmp(l, r) < 0 } }
    }

    package func hash(into hasher: inout Hasher) {
        withUnsafeBytes(of: raw.id) { hasher.combine(bytes: $0) }
    }
}

extension ObjectID: Codable {
    package init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let id = ObjectID(hex: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "expected a 40-character object id, found \(text)"))
        }
        self = id
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(hex)
    }
}

extension UInt8 {
    fileprivate var isHexDigit: Bool { (0x30...0x39).contains(self) || (0x61...0x66).contains(self) || (0x41...0x46).contains(self) }
}

extension ObjectID {
    /// The id git gives a blob with this content, computed without a repository.
    package static func forBlob(_ data: Data) -> ObjectID {
        LibGit2.ensureInitialised()
        var oid = git_oid()
        _ = data.withUnsafeBytes { buffer in git_odb_hash(&oid, buffer.baseAddress, buffer.count, GIT_OBJECT_BLOB) }
        return ObjectID(oid)
    }
}
