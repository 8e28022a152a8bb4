import Foundation

/// The moment every command treats as now: `GROUNDWORK_NOW` (ISO 8601) when it is set, for reproducible
/// output (golden files, demos, screenshots), else the system clock. The one reader of that variable.
package enum GroundworkClock {
    /// The variable that fixes the clock.
    package static let environmentVariable = "GROUNDWORK_NOW"

    /// `GROUNDWORK_NOW` when set and not empty, else the current date.
    package static func now(environment: [String: String] = ProcessInfo.processInfo.environment) throws(EnvironmentError) -> Date {
        guard let text = environment[environmentVariable], !text.isEmpty else { return Date() }
        guard let date = ISO8601DateFormatter().date(from: text) else {
            throw EnvironmentError(variable: environmentVariable, value: text, expected: "an ISO 8601 date such as 2026-01-01T00:00:00Z")
        }
        return date
    }
}
