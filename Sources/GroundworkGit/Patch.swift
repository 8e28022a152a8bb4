import CGit2
import Foundation

/// A unified diff of two versions of one file, computed in memory with libgit2 (`git_patch_from_buffers`).
package enum Patch {
    /// The unified diff from `old` to `new` (nil: the file is absent on that side), with `a/` and `b/`
    /// headers naming `path`, and three lines of context. Empty when both sides are equal.
    package static func unifiedDiff(old: Data?, new: Data?, path: String, contextLines: Int = 3) throws(GitError) -> String {
        LibGit2.ensureInitialised()
        if old == new { return "" }
        var options = git_diff_options()
        git_diff_options_init(&options, UInt32(GIT_DIFF_OPTIONS_VERSION))
        options.context_lines = UInt32(max(0, contextLines))
        // A brick's text with a stray NUL is still shown as text rather than "Binary files differ".
        options.flags = GIT_DIFF_FORCE_TEXT.rawValue
        var patch: OpaquePointer?
        let oldBytes = old ?? Data(), newBytes = new ?? Data()
        let code: Int32 = oldBytes.withUnsafeBytes { oldBuffer in
            newBytes.withUnsafeBytes { newBuffer in
                git_patch_from_buffers(
                    &patch,
                    old == nil ? nil : oldBuffer.baseAddress ?? UnsafeRawPointer(emptyByte), oldBytes.count, old == nil ? nil : path,
                    new == nil ? nil : newBuffer.baseAddress ?? UnsafeRawPointer(emptyByte), newBytes.count, new == nil ? nil : path,
                    &options
                )
            }
        }
        try check(code, "computing the diff of \(path)")
        guard let patch else { return "" }
        defer { git_patch_free(patch) }
        var buffer = git_buf()
        defer { git_buf_dispose(&buffer) }
        try check(git_patch_to_buf(&buffer, patch), "printing the diff of \(path)")
        guard let pointer = buffer.ptr, buffer.size > 0 else { return "" }
        return String(decoding: UnsafeRawBufferPointer(start: pointer, count: buffer.size), as: UTF8.self)
    }

    private nonisolated(unsafe) static let emptyByte: UnsafeMutablePointer<UInt8> = {
        let pointer = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
        pointer.initialize(to: 0)
        return pointer
    }()
}
