/// The documented exit codes of the `groundwork` binary.
package enum ExitStatus: Int32, Sendable, CaseIterable {
    /// Everything ran and nothing tripped a gate.
    case success = 0
    /// A gate tripped: `--fail-on`, `--min-score`, a policy gate, an outdated brick, a merge conflict.
    case gateFailed = 1
    /// The run could not complete: a repository was unreadable, a fleet member failed.
    case incomplete = 2
    /// Bad usage or configuration: unknown flag, bad file, not a repository (sysexits EX_USAGE).
    case usage = 64
    /// A bug in groundwork (sysexits EX_SOFTWARE).
    case internalError = 70
}

/// An error meant for the person running groundwork: its message names the file, the line and the fix.
/// Every layer's error struct conforms, and the CLI prints `details` in one place.
package protocol UserFacingError: Error, CustomStringConvertible {
    /// The exit code the CLI returns when this error ends a command.
    var exitStatus: ExitStatus { get }
    /// The error in the one shape: code, message, file, line, remedy, cause.
    var details: ErrorDetails { get }
}

extension UserFacingError {
    /// For an error that has not spelt out its parts: its type as the code and its description as the message.
    package var details: ErrorDetails { ErrorDetails(code: "\(Self.self)", message: description) }
}
