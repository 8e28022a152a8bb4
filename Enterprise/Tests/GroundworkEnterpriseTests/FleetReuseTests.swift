#if Enterprise
import Foundation
import GroundworkAudit
import GroundworkAuditModel
import GroundworkTestSupport
import Testing
@testable import GroundworkEnterprise
@testable import GroundworkFleet
@testable import GroundworkLicense

/// A fleet run reuses the stored report of a repository that did not change since an earlier run of the same
/// day, and audits again whatever could change the report. Real repositories, a real SQLite store.
@Suite struct FleetReuseTests {
    let scratch = GroundworkTestSupport.ScratchDirectory(prefix: "fleet-reuse")

    private func run(_ repositories: [FleetRepository], now: Date = FleetFixtures.now, policy: Policy? = nil, useCache: Bool = true) async throws -> FleetAuditOutcome {
        var audit = FleetFixtures.auditOptions(cache: scratch.path)
        audit.now = now
        audit.useCache = useCache
        let options = FleetAuditOptions(jobs: 2, policy: policy, entitlement: .evaluation(warnings: []), audit: audit)
        let store = try SQLiteFleetStore(path: scratch.appending("fleet.db"))
        return try await FleetAuditor(store: store).run(fleet: "f", repositories: repositories, options: options)
    }

    private func result(_ name: String, in outcome: FleetAuditOutcome) throws -> FleetRepositoryResult {
        try #require(outcome.results.first { $0.repository.name == name })
    }

    private func storedReport(_ name: String, of outcome: FleetAuditOutcome) async throws -> String? {
        let store = try SQLiteFleetStore(path: scratch.appending("fleet.db"))
        let stored = try await store.results(runID: outcome.run.id).first { $0.repository.name == name }
        return try stored?.report.map { try FleetStoreCoding.json($0) }
    }

    @Test func anUnchangedRepositoryReusesItsReportAndANewCommitIsAudited() async throws {
        let same = try FleetFixtures.repository()
        let changed = try FleetFixtures.repository()
        let fleet = [FleetRepository(name: "same", location: same.path), FleetRepository(name: "changed", location: changed.path)]
        let first = try await run(fleet)
        #expect(first.reused.isEmpty)
        #expect(try result("same", in: first).auditKey != nil)

        let dropped = try changed.commit("drop the licence", removing: ["LICENSE"])
        let second = try await run(fleet)
        #expect(second.reused == ["same"])
        #expect(try result("same", in: second).commit == same.head?.hex)
        #expect(try result("same", in: second).failingChecks == result("same", in: first).failingChecks)
        #expect(try await storedReport("same", of: second) == (try await storedReport("same", of: first)))
        #expect(try result("changed", in: second).commit == dropped.hex)
        #expect(try result("changed", in: second).failingChecks.contains("docs.license"))
        #expect(try !result("changed", in: first).failingChecks.contains("docs.license"))
        #expect(second.text().contains("1 unchanged since an earlier run today (report reused)"))
    }

    @Test func aNewBranchOrTagIsAudited() async throws {
        let builder = try FleetFixtures.repository()
        let fleet = [FleetRepository(name: "repo", location: builder.path)]
        _ = try await run(fleet)
        try builder.branch("feature/payments", switchTo: false)
        #expect(try await run(fleet).reused.isEmpty)
        #expect(try await run(fleet).reused == ["repo"])
        try builder.tag("v1.0")
        #expect(try await run(fleet).reused.isEmpty)
    }

    @Test func aWorkTreeChangeIsAudited() async throws {
        let builder = try FleetFixtures.repository()
        try builder.checkout()
        let fleet = [FleetRepository(name: "repo", location: builder.path)]
        let first = try await run(fleet)
        #expect(try result("repo", in: first).report?.results.first(where: { $0.id == "git.untracked-files" })?.status == .pass)
        try builder.writeWorkTreeFile(".env", "DATABASE_URL=postgres://localhost/orders\n")
        let second = try await run(fleet)
        #expect(second.reused.isEmpty)
        #expect(try result("repo", in: second).report?.results.first(where: { $0.id == "git.untracked-files" })?.status == .fail)
    }

    @Test func aReportIsReusedOnlyOnTheDayItWasMade() async throws {
        let builder = try FleetFixtures.repository()
        let fleet = [FleetRepository(name: "repo", location: builder.path)]
        _ = try await run(fleet)
        #expect(try await run(fleet, now: FleetFixtures.now.addingTimeInterval(3_600)).reused == ["repo"])
        let nextDay = FleetFixtures.now.addingTimeInterval(86_400)
        let later = try await run(fleet, now: nextDay)
        #expect(later.reused.isEmpty)
        #expect(try result("repo", in: later).report?.generatedAt == nextDay)
        #expect(try await run(fleet, now: nextDay).reused == ["repo"])
    }

    @Test func theCurrentPolicyIsAppliedToAReusedReport() async throws {
        let builder = try FleetFixtures.repository()
        let fleet = [FleetRepository(name: "repo", location: builder.path)]
        let lenient = try Policy.parse("version: 1\nlevels:\n  - name: bronze\n    checks: [docs.readme]\n")
        let strict = try Policy.parse("version: 1\nlevels:\n  - name: bronze\n    checks: [docs.changelog]\ngates:\n  - check: docs.changelog\n")
        let first = try await run(fleet, policy: lenient)
        #expect(try result("repo", in: first).level == "bronze")
        #expect(try result("repo", in: first).gatesPassed == true)
        let second = try await run(fleet, policy: strict)
        #expect(second.reused == ["repo"])
        #expect(try result("repo", in: second).level == nil)
        #expect(try result("repo", in: second).gatesPassed == false)
        #expect(second.exitStatus == .gateFailed)
    }

    @Test func noCacheNeitherReusesNorRecordsAKey() async throws {
        let builder = try FleetFixtures.repository()
        let fleet = [FleetRepository(name: "repo", location: builder.path)]
        _ = try await run(fleet)
        let uncached = try await run(fleet, useCache: false)
        #expect(uncached.reused.isEmpty)
        #expect(try result("repo", in: uncached).auditKey == nil)
    }

    @Test func aRepositoryThatCouldNotBeReadIsNeverReused() async throws {
        let corrupted = try FleetFixtures.repository()
        try corrupted.corrupt(try #require(corrupted.head))
        let fleet = [FleetRepository(name: "corrupted", location: corrupted.path)]
        let first = try await run(fleet)
        #expect(try result("corrupted", in: first).status == .failed)
        #expect(try result("corrupted", in: first).auditKey == nil)
        let second = try await run(fleet)
        #expect(second.reused.isEmpty)
        #expect(try result("corrupted", in: second).status == .failed)
    }

    @Test func aGitURLIsFetchedAndReusedUntilTheRemoteMoves() async throws {
        let origin = try FleetFixtures.repository()
        let fleet = [FleetRepository(name: "acme/origin", location: "file://" + origin.path)]
        let first = try result("acme/origin", in: try await run(fleet))
        #expect(first.status == .audited, "\(first.message ?? "")")
        #expect(try await run(fleet).reused == ["acme/origin"])
        let newer = try origin.commit("changelog", files: ["CHANGELOG.md": "# Changes\n"])
        let moved = try await run(fleet)
        #expect(moved.reused.isEmpty)
        #expect(try result("acme/origin", in: moved).commit == newer.hex)
    }

    @Test func theKeyCoversTheReferencesTheWorkTreeAndTheDay() throws {
        let builder = try FleetFixtures.repository()
        try builder.checkout()
        let options = FleetFixtures.auditOptions(cache: scratch.path)
        func key(_ options: AuditOptions = options) throws -> String {
            try #require(AuditReuseKey.read(location: builder.path, options: options)?.value)
        }
        let original = try key()
        #expect(try key() == original)
        var otherDay = options
        otherDay.now = options.now.addingTimeInterval(86_400)
        #expect(try key(otherDay) != original)
        var otherAreas = options
        otherAreas.areas = Set([Area.docs])
        #expect(try key(otherAreas) != original)
        var revision = options
        revision.revision = "HEAD"
        #expect(AuditReuseKey.read(location: builder.path, options: revision) == nil)
        try builder.writeWorkTreeFile(".mailmap", "Alice Example <alice@example.com> <alice@old.example>\n")
        let withMailmap = try key()
        #expect(withMailmap != original)
        try builder.writeWorkTreeFile(".mailmap", "Alice Example <alice@example.com> <alice@older.example>\n")
        #expect(try key() != withMailmap)
        #expect(AuditReuseKey.read(location: scratch.appending("nothing-here"), options: options) == nil)
    }
}
#endif
