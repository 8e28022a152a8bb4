import CGit2
import Foundation

/// The content of a file as stored in git.
package struct Blob: Sendable {
    package var id: ObjectID
    /// The raw bytes.
    package var data: Data
    /// libgit2's verdict: a NUL byte or too many non-printable bytes in the first 8000 bytes.
    package var isBinary: Bool

    /// The content as UTF-8 text, or nil when it is binary or not valid UTF-8.
    package var text: String? {
        guard !isBinary else { return nil }
        return String(data: data, encoding: .utf8)
    }
}

extension Repository {
    /// Reads a blob's content from the object database.
    package func blob(_ id: ObjectID) throws(GitError) -> Blob {
        var blob: OpaquePointer?
        var oid = id.raw
        try check(git_blob_lookup(&blob, handle, &oid), "reading blob \(id.short)")
        defer { git_blob_free(blob) }
        let size = Int(git_blob_rawsize(blob))
        let data = size == 0 ? Data() : Data(bytes: git_blob_rawcontent(blob), count: size)
        return Blob(id: id, data: data, isBinary: git_blob_is_binary(blob) == 1)
    }

    /// An object's size and type from its header, without inflating it (cheap even for large blobs).
    package func objectSize(_ id: ObjectID) throws(GitError) -> Int {
        let odb = try objectDatabase()
        var size = 0
        var type = GIT_OBJECT_ANY
        var oid = id.raw
        try check(git_odb_read_header(&size, &type, odb, &oid), "reading the header of object \(id.short)")
        return size
    }

    /// True when the object database holds this object.
    package func contains(_ id: ObjectID) -> Bool {
        guard let odb = try? objectDatabase() else { return false }
        var oid = id.raw
        return git_odb_exists(odb, &oid) == 1
    }

    /// Writes bytes as a blob and returns its id.
    package func writeBlob(_ data: Data) throws(GitError) -> ObjectID {
        var oid = git_oid()
        let code = data.withUnsafeBytes { buffer in
            git_blob_create_from_buffer(&oid, handle, buffer.baseAddress, buffer.count)
        }
        try check(code, "writing a blob of \(data.count) bytes")
        return ObjectID(oid)
    }
}
