import CGit2
import Foundation

/// The content of a file as stored in git.
public struct Blob: Sendable {
    public var id: ObjectID
    /// The raw bytes.
    public var data: Data
    /// libgit2's verdict: a NUL byte or too many non-printable bytes in the first 8000 bytes.
    public var isBinary: Bool

    /// The content as UTF-8 text, or nil when it is binary or not valid UTF-8.
    public var text: String? {
        guard !isBinary else { return nil }
        return String(data: data, encoding: .utf8)
    }
}

extension Repository {
    /// Reads a blob's content from the object database.
    public func blob(_ id: ObjectID) throws(GitError) -> Blob {
        var blob: OpaquePointer?
        var oid = id.raw
        try check(git_blob_lookup(&blob, handle, &oid), "reading blob \(id.short)")
        defer { git_blob_free(blob) }
        let size = Int(git_blob_rawsize(blob))
        let data = size == 0 ? Data() : Data(bytes: git_blob_rawcontent(blob), count: size)
        return Blob(id: id, data: data, isBinary: git_blob_is_binary(blob) == 1)
    }

    /// An object's size and type from its header, without inflating it (cheap even for large blobs).
    public func objectSize(_ id: ObjectID) throws(GitError) -> Int {
        let odb = try objectDatabase()
        var size = 0
        var type = GIT_OBJECT_ANY
        var oid = id.raw
        try check(git_odb_read_header(&size, &type, odb, &oid), "reading the header of object \(id.short)")
        return size
    }

    /// True when the object database holds this object.
    public func contains(_ id: ObjectID) -> Bool {
        guard let odb = try? objectDatabase() else { return false }
        var oid = id.raw
        return git_odb_exists(odb, &oid) == 1
    }

    /// Writes bytes as a blob and returns its id.
    public func writeBlob(_ data: Data) throws(GitError) -> ObjectID {
        var oid = git_oid()
        let code = data.withUnsafeBytes { buffer in
            git_blob_create_from_buffer(&oid, handle, buffer.baseAddress, buffer.count)
        }
        try check(code, "writing a blob of \(data.count) bytes")
        return ObjectID(oid)
    }
}
