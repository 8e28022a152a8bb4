import GroundworkBasics

/// Why an audit could not start or finish.
public struct AuditError: UserFacingError {
    /// The kind of failure.
    public enum Code: Sendable {
        case notARepository, badRevision, badOption, badConfiguration, unreadable
    }

    public var code: Code
    public var message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }

    /// `audit.<code>` and the message.
    public var details: ErrorDetails { ErrorDetails(code: "audit.\(code)", message: message) }

    public var exitStatus: ExitStatus {
        switch code {
        case .notARepository, .badRevision, .badOption, .badConfiguration: .usage
        case .unreadable: .incomplete
        }
    }
}
