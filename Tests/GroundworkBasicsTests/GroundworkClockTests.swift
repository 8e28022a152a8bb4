import Foundation
import GroundworkBasics
import Testing

@Suite("GroundworkClock")
struct GroundworkClockTests {
    @Test func readsGroundworkNow() throws {
        let now = try GroundworkClock.now(environment: ["GROUNDWORK_NOW": "2026-01-01T12:00:00Z"])
        #expect(now == Date(timeIntervalSince1970: 1_767_268_800))
    }

    @Test func unsetOrEmptyIsTheSystemClock() throws {
        let before = Date()
        #expect(try GroundworkClock.now(environment: [:]) >= before)
        #expect(try GroundworkClock.now(environment: ["GROUNDWORK_NOW": ""]) >= before)
    }

    @Test func aBadValueIsAUsageErrorNamingIt() {
        #expect(throws: EnvironmentError(variable: "GROUNDWORK_NOW", value: "soon", expected: "an ISO 8601 date such as 2026-01-01T00:00:00Z")) {
            try GroundworkClock.now(environment: ["GROUNDWORK_NOW": "soon"])
        }
        let error = EnvironmentError(variable: "GROUNDWORK_NOW", value: "soon", expected: "an ISO 8601 date such as 2026-01-01T00:00:00Z")
        #expect(error.description == "GROUNDWORK_NOW=soon: expected an ISO 8601 date such as 2026-01-01T00:00:00Z")
        #expect(error.exitStatus == .usage)
    }
}
