#if Enterprise
import Foundation
import Testing

/// Under `CI=true` the PostgreSQL store tests must run: a database that did not start fails the run
/// instead of turning those suites into skips.
@Suite("CI prerequisites for the Enterprise tests")
struct CIPrerequisiteTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["CI"] == "true", "not a CI run (CI=true)"))
    func postgreSQLIsAvailableUnderCI() {
        #expect(PostgresTestDatabase.url != nil, "CI=true but GROUNDWORK_TEST_POSTGRES_URL is not set: start it with scripts/postgres-for-tests.sh start")
    }
}
#endif
