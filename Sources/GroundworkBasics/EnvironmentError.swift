/// An environment variable set to a value groundwork cannot use: a configuration error (exit 64).
package struct EnvironmentError: UserFacingError, Sendable, Equatable {
    /// The variable's name.
    package let variable: String
    /// Its value, as set.
    package let value: String
    /// What the value should look like.
    package let expected: String

    package init(variable: String, value: String, expected: String) {
        self.variable = variable
        self.value = value
        self.expected = expected
    }

    /// `GROUNDWORK_NOW=soon: expected an ISO 8601 date such as 2026-01-01T00:00:00Z`.
    package var description: String { "\(variable)=\(value): expected \(expected)" }

    package var exitStatus: ExitStatus { .usage }

    /// `environment.invalid` and the message.
    package var details: ErrorDetails { ErrorDetails(code: "environment.invalid", message: description) }
}
