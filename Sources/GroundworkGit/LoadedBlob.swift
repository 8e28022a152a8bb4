import CGit2
import Foundation

/// A blob read from a repository and kept open, so that a later diff of it reads it from memory instead of
/// rebuilding it from its pack's delta chain again. It belongs to its repository's thread, as the repository
/// does, and keeps the repository open.
package final class LoadedBlob {
    package let id: ObjectID
    /// The content's size in bytes.
    package let size: Int
    /// libgit2's verdict: a NUL byte or too many non-printable bytes in the first 8000 bytes.
    package let isBinary: Bool
    fileprivate let pointer: OpaquePointer
    private let repository: Repository

    fileprivate init(id: ObjectID, pointer: OpaquePointer, repository: Repository) {
        self.id = id
        self.pointer = pointer
        self.repository = repository
        size = Int(git_blob_rawsize(pointer))
        isBinary = git_blob_is_binary(pointer) == 1
    }

    deinit { git_blob_free(pointer) }

    /// Calls `body` with the content's bytes, which are valid only during the call.
    package func withBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        try body(UnsafeRawBufferPointer(start: git_blob_rawcontent(pointer), count: size))
    }
}

extension Repository {
    /// Reads a blob and keeps it open (see `LoadedBlob`).
    package func loadBlob(_ id: ObjectID) throws(GitError) -> LoadedBlob {
        var blob: OpaquePointer?
        var oid = id.raw
        try check(git_blob_lookup(&blob, handle, &oid), "reading blob \(id.short)")
        guard let blob else { throw GitError(code: .generic(-1), message: "libgit2 returned no blob", context: id.short) }
        return LoadedBlob(id: id, pointer: blob, repository: self)
    }

    /// Calls `body` with each line `new` adds compared with `old` (nil: every line is added): its number in `new`
    /// and its bytes without the line ending, valid only during the call. Binary blobs add no lines.
    ///
    /// A diff of blobs, not of buffers: libgit2 hashes a buffer to give it an id before diffing it, which on
    /// git/git's history cost as much as the diff itself (the blobs' ids are known). No context lines: the diff
    /// finds the same added lines and reports fewer. The path is empty rather than none: libgit2 names a pathless
    /// blob `file` and looks that name's `diff` attribute up in the system and repository attribute files — two
    /// file-system calls per diff — while an empty path is looked up nowhere (libgit2's built-in text/binary
    /// verdict applies, as it did for `file` in a repository without attributes).
    package func forEachAddedLine(
        from old: LoadedBlob?, to new: LoadedBlob, _ body: (_ number: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Void
    ) throws(GitError) {
        typealias Body = (Int, UnsafeBufferPointer<UInt8>) -> Void
        var options = git_diff_options()
        git_diff_options_init(&options, UInt32(GIT_DIFF_OPTIONS_VERSION))
        options.context_lines = 0
        options.interhunk_lines = 0
        let code = withoutActuallyEscaping(body) { body in
            withUnsafePointer(to: body) { bodyPointer in
                git_diff_blobs(
                    old?.pointer, "", new.pointer, "", &options, nil, nil, nil,
                    { _, _, line, payload in
                        guard let line, let payload, let content = line.pointee.content, line.pointee.origin == CChar(UInt8(ascii: "+"))
                        else { return 0 }
                        var count = line.pointee.content_len
                        let start = UnsafeRawPointer(content).assumingMemoryBound(to: UInt8.self)
                        while count > 0, start[count - 1] == 0x0A || start[count - 1] == 0x0D { count -= 1 }
                        payload.assumingMemoryBound(to: Body.self).pointee(Int(line.pointee.new_lineno), UnsafeBufferPointer(start: start, count: count))
                        return 0
                    }, UnsafeMutableRawPointer(mutating: bodyPointer))
            }
        }
        try check(code, "comparing blobs \(old?.id.short ?? "(none)") and \(new.id.short)")
    }
}
