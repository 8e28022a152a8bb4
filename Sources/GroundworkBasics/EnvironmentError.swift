/// An environment variable set to a value groundwork cannot use: a configuration error (exit 64).
public struct EnvironmentError: UserFacingError, Sendable, Equatable {
    /// The variable's name.
    public let variable: String
    /// Its value, as set.
    public let value: String
    /// What the value should look like.
    public let expected: String

    public init(variable: String, value: String, expected: String) {
        self.variable = variable
        self.value = value
        self.expected = expected
    }

    /// `GROUNDWORK_NOW=soon: expected an ISO 8601 date such as 2026-01-01T00:00:00Z`.
    public var description: String { "\(variable)=\(value): expected \(expected)" }

    public var exitStatus: ExitStatus { .usage }

    /// `environment.invalid` and the message.
    public var details: ErrorDetails { ErrorDetails(code: "environment.invalid", message: description) }
}
