import GroundworkBasics

/// Why an audit could not start or finish.
package struct AuditError: UserFacingError {
    /// The kind of failure.
    package enum Code: Sendable {
        case notARepository, badRevision, badOption, badConfiguration, unreadable
    }

    package var code: Code
    package var message: String

    package init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    package var description: String { message }

    /// `audit.<code>` and the message.
    package var details: ErrorDetails { ErrorDetails(code: "audit.\(code)", message: message) }

    package var exitStatus: ExitStatus {
        switch code {
        case .notARepository, .badRevision, .badOption, .badConfiguration: .usage
        case .unreadable: .incomplete
        }
    }
}
