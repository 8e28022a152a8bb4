#if Enterprise
import Foundation
import GroundworkAudit

/// The moment a fleet or policy command works at: now, or `GROUNDWORK_NOW` (ISO 8601) for reproducible runs.
package enum FleetClock {
    /// The variable the community `audit` command reads too.
    package static let environmentVariable = "GROUNDWORK_NOW"

    package static func now(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Date {
        guard let text = environment[environmentVariable], !text.isEmpty else { return Date() }
        guard let date = ISO8601DateFormatter().date(from: text) else {
            throw FleetError(.usage, "\(environmentVariable)=\(text): expected an ISO 8601 date such as 2026-01-01T00:00:00Z")
        }
        return date
    }
}
#endif
