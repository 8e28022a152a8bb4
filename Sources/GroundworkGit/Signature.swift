import CGit2
import Foundation

/// Who made a commit and when.
package struct Signature: Hashable, Sendable, Codable {
    package var name: String
    package var email: String
    /// The moment of the commit.
    package var date: Date
    /// The author's UTC offset in minutes, as recorded in the commit.
    package var timeZoneOffsetMinutes: Int

    package init(name: String, email: String, date: Date = Date(), timeZoneOffsetMinutes: Int = 0) {
        self.name = name
        self.email = email
        self.date = date
        self.timeZoneOffsetMinutes = timeZoneOffsetMinutes
    }

    package init(_ signature: UnsafePointer<git_signature>) {
        name = String(cString: signature.pointee.name)
        email = String(cString: signature.pointee.email)
        date = Date(timeIntervalSince1970: TimeInterval(signature.pointee.when.time))
        timeZoneOffsetMinutes = Int(signature.pointee.when.offset)
    }

    /// Calls `body` with a libgit2 signature that lives only for the call.
    package func withGitSignature<T>(_ body: (UnsafeMutablePointer<git_signature>) throws(GitError) -> T) throws(GitError) -> T {
        var signature: UnsafeMutablePointer<git_signature>?
        try check(
            git_signature_new(&signature, name, email, git_time_t(date.timeIntervalSince1970.rounded(.down)), Int32(timeZoneOffsetMinutes)),
            "making a signature for \(name) <\(email)>"
        )
        defer { git_signature_free(signature) }
        return try body(signature!)
    }
}

extension Repository {
    /// The identity from git configuration (user.name, user.email), or nil when none is set.
    package func defaultSignature() -> Signature? {
        var signature: UnsafeMutablePointer<git_signature>?
        guard git_signature_default(&signature, handle) == 0, let signature else { git_error_clear(); return nil }
        defer { git_signature_free(signature) }
        return Signature(signature)
    }
}
