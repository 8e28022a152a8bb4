import CGit2
import GroundworkBasics

/// A failed libgit2 call, with libgit2's own message and what groundwork was doing.
package struct GitError: UserFacingError, Equatable {
    /// The kind of failure, from libgit2's return code.
    package enum Code: Sendable, Equatable {
        case notFound, exists, ambiguous, bareRepository, unbornBranch, invalidSpec, conflict, locked
        case modified, authentication, certificate, eof, invalid, uncommitted, directory, mergeConflict
        case mismatch, owner, notARepository, corrupted, generic(Int32)
    }

    /// The kind of failure.
    package var code: Code
    /// libgit2's message, or ours when the failure was detected in Swift.
    package var message: String
    /// What groundwork was doing, naming the path, URL or object involved.
    package var context: String

    package init(code: Code, message: String, context: String) {
        self.code = code
        self.message = message
        self.context = context
    }

    package var description: String {
        context.isEmpty ? message : "\(context): \(message)"
    }

    /// `git.<code>` and the message with what was being done.
    package var details: ErrorDetails { ErrorDetails(code: "git.\(code)", message: description) }

    /// A missing repository, a bad revision or a bad URL is the user's to fix; anything else stops the run.
    package var exitStatus: ExitStatus {
        switch code {
        case .notARepository, .invalidSpec, .notFound, .ambiguous: .usage
        default: .incomplete
        }
    }

    /// Reads libgit2's last error (thread-local, so it must be read right after the failing call).
    static func last(returnCode: Int32, context: String) -> GitError {
        var message = "libgit2 returned \(returnCode)"
        var errorClass: Int32 = 0
        if let error = git_error_last() {
            errorClass = error.pointee.klass
            if let text = error.pointee.message { message = String(cString: text) }
        }
        return GitError(code: code(for: returnCode, errorClass: errorClass), message: message, context: context)
    }

    private static func code(for returnCode: Int32, errorClass: Int32) -> Code {
        switch git_error_code(rawValue: returnCode) {
        // An object the repository's own references or trees point at but the object database lacks
        // (a truncated pack, a missing .idx, HEAD at an unknown id) is damage, not a user's typo.
        case GIT_ENOTFOUND where [GIT_ERROR_ODB, GIT_ERROR_ZLIB, GIT_ERROR_INDEXER].contains { errorClass == Int32($0.rawValue) }: .corrupted
        case GIT_ENOTFOUND: .notFound
        case GIT_EEXISTS: .exists
        case GIT_EAMBIGUOUS: .ambiguous
        case GIT_EBAREREPO: .bareRepository
        case GIT_EUNBORNBRANCH: .unbornBranch
        case GIT_EINVALIDSPEC: .invalidSpec
        case GIT_ECONFLICT: .conflict
        case GIT_ELOCKED: .locked
        case GIT_EMODIFIED: .modified
        case GIT_EAUTH: .authentication
        case GIT_ECERTIFICATE: .certificate
        case GIT_EEOF: .eof
        case GIT_EINVALID: .invalid
        case GIT_EUNCOMMITTED: .uncommitted
        case GIT_EDIRECTORY: .directory
        case GIT_EMERGECONFLICT: .mergeConflict
        case GIT_EMISMATCH: .mismatch
        case GIT_EOWNER: .owner
        default:
            // A zlib or object-database failure on read means a damaged object.
            errorClass == Int32(GIT_ERROR_ZLIB.rawValue) || errorClass == Int32(GIT_ERROR_ODB.rawValue)
                ? .corrupted : .generic(returnCode)
        }
    }
}

/// Turns a libgit2 return code into a thrown `GitError`, reading the error message at once.
@inline(__always)
func check(_ returnCode: Int32, _ context: @autoclosure () -> String) throws(GitError) {
    if returnCode < 0 { throw GitError.last(returnCode: returnCode, context: context()) }
}
