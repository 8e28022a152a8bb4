#if Enterprise
import Foundation
import GroundworkAudit
import GroundworkTestSupport
import Testing
@testable import GroundworkEnterprise
@testable import GroundworkFleet
@testable import GroundworkLicense

/// A fleet of generated repositories audited through the library: several clients, one exempted,
/// one path that is not a repository, one with a corrupted object.
@Suite struct FleetAuditTests {
    static let policyText = """
        version: 1
        levels:
          - name: bronze
            checks: [docs.readme]
          - name: silver
            checks: [docs.license]
        gates:
          - check: docs.license
        exemptions:
          - repo: legacy
            check: docs.license
            reason: licence under legal review
            ticket: LEGAL-7
            expires: 2026-06-30
        """

    /// The fleet's repositories (kept alive by the builders) and their FleetRepository entries.
    final class Fleet {
        let builders: [RepoBuilder]
        let repositories: [FleetRepository]
        let scratch: ScratchDirectory

        init(healthy: Int = 2) throws {
            scratch = try ScratchDirectory()
            var builders: [RepoBuilder] = []
            var repositories: [FleetRepository] = []
            for index in 0..<healthy {
                let builder = try FleetFixtures.repository()
                builders.append(builder)
                repositories.append(FleetRepository(name: "healthy-\(index)", location: builder.path, client: index.isMultiple(of: 2) ? "acme" : "beta"))
            }
            let unlicensed = try FleetFixtures.repository(license: false)
            let legacy = try FleetFixtures.repository(license: false)
            let corrupted = try FleetFixtures.repository()
            let head = try #require(corrupted.head)
            try corrupted.corrupt(head)
            builders += [unlicensed, legacy, corrupted]
            repositories += [
                FleetRepository(name: "unlicensed", location: unlicensed.path, client: "beta"),
                FleetRepository(name: "legacy", location: legacy.path, client: "acme", tags: ["legacy"]),
                FleetRepository(name: "corrupted", location: corrupted.path, client: "gamma"),
                FleetRepository(name: "not-a-repo", location: scratch.path + "/nothing-here", client: "gamma"),
            ]
            self.builders = builders
            self.repositories = repositories
        }
    }

    static func licensed(repositories: Int?) throws -> (Entitlement, ScratchDirectory) {
        let fixtures = LicenseFixtures()
        let scratch = try ScratchDirectory()
        let file = try scratch.write(try fixtures.licenseText(try LicenseFixtures.payload(maxRepositories: repositories)), to: "license.json")
        let store = LicenseStore(configDirectory: scratch.path, overridePath: file, verifier: fixtures.verifier)
        return (store.status(now: FleetFixtures.now).entitlement, scratch)
    }

    @Test func licensedRunAuditsEveryRepositorySurvivesBrokenOnesAndAppliesThePolicy() async throws {
        let fleet = try Fleet()
        let (entitlement, _) = try Self.licensed(repositories: 50)
        #expect(!entitlement.isEvaluation)
        let store = InMemoryFleetStore()
        let progress = Calls()
        let options = FleetAuditOptions(
            jobs: 3, runID: "run-1", policy: try Policy.parse(Self.policyText), entitlement: entitlement,
            audit: FleetFixtures.auditOptions(cache: fleet.scratch.path), progress: { _, _, _ in _ = progress.next() }
        )
        let outcome = try await FleetAuditor(store: store).run(fleet: "agency", repositories: fleet.repositories, options: options)

        let byName = Dictionary(uniqueKeysWithValues: outcome.results.map { ($0.repository.name, $0) })
        #expect(outcome.results.count == 6)
        #expect(outcome.evaluationMarker == nil)
        for name in ["healthy-0", "healthy-1"] {
            #expect(byName[name]?.status == .audited)
            #expect(byName[name]?.level == "silver")
            #expect(byName[name]?.gatesPassed == true)
            #expect(byName[name]?.commit?.count == 40)
        }
        #expect(byName["unlicensed"]?.level == "bronze")
        #expect(byName["unlicensed"]?.gatesPassed == false)
        #expect(byName["unlicensed"]?.failingChecks.contains("docs.license") == true)
        #expect(byName["legacy"]?.gatesPassed == true)
        #expect(byName["legacy"]?.level == "silver")
        #expect(byName["legacy"]?.failingChecks.contains("docs.license") == false)
        #expect(outcome.evaluations["legacy"]?.exemptionsApplied.first?.ticket == "LEGAL-7")
        #expect(byName["not-a-repo"]?.status == .failed)
        #expect(byName["not-a-repo"]?.message?.isEmpty == false)
        #expect(byName["corrupted"]?.status == .failed)
        #expect(outcome.exitStatus == .incomplete)
        #expect(progress.next() == 7)

        let recorded = try await store.results(runID: "run-1")
        #expect(Set(recorded.map(\.repository.name)) == Set(fleet.repositories.map(\.name)))
        #expect(try await store.shards(runID: "run-1").first?.isEvaluation == false)
        #expect(await store.finishedCount == 1)
        let text = outcome.text()
        #expect(text.contains("legacy"))
        #expect(text.contains("exempted until 2026-06-30: docs.license"))
        #expect(text.contains("4 audited, 2 failed, 0 skipped; 1 failed a policy gate"))
        #expect(try outcome.json().contains("\"exit_status\" : 2"))
    }

    @Test func aGateFailureWithoutBrokenRepositoriesExitsOne() async throws {
        let builder = try FleetFixtures.repository(license: false)
        let scratch = try ScratchDirectory()
        let options = FleetAuditOptions(
            jobs: 1, policy: try Policy.parse(Self.policyText), entitlement: .evaluation(warnings: []),
            audit: FleetFixtures.auditOptions(cache: scratch.path)
        )
        let outcome = try await FleetAuditor(store: InMemoryFleetStore()).run(
            fleet: "f", repositories: [FleetRepository(name: "solo", location: builder.path)], options: options
        )
        #expect(outcome.exitStatus == .gateFailed)
        let clean = try await FleetAuditor(store: InMemoryFleetStore()).run(
            fleet: "f", repositories: [FleetRepository(name: "legacy", location: builder.path)], options: options
        )
        #expect(clean.exitStatus == .success)
    }

    @Test func evaluationModeAuditsAtMostFiveAndMarksTheRun() async throws {
        let builder = try FleetFixtures.repository()
        let scratch = try ScratchDirectory()
        let repositories = (1...7).map { FleetRepository(name: "repo-\($0)", location: builder.path) }
        let store = InMemoryFleetStore()
        let options = FleetAuditOptions(jobs: 2, runID: "eval", entitlement: .evaluation(warnings: []), audit: FleetFixtures.auditOptions(cache: scratch.path))
        let outcome = try await FleetAuditor(store: store).run(fleet: "f", repositories: repositories, options: options)
        #expect(outcome.results(.audited).map(\.repository.name) == ["repo-1", "repo-2", "repo-3", "repo-4", "repo-5"], "\(outcome.results.compactMap(\.message))")
        #expect(outcome.results(.skipped).map(\.repository.name) == ["repo-6", "repo-7"])
        #expect(outcome.results(.skipped).allSatisfy { $0.message?.contains("EVALUATION") == true })
        #expect(outcome.evaluationMarker?.hasPrefix("EVALUATION") == true)
        #expect(outcome.text().hasPrefix("EVALUATION"))
        #expect(outcome.run.isEvaluation)
        #expect(outcome.exitStatus == .success)
        #expect(try await store.results(runID: "eval").count == 7)
    }

    @Test func aLicenceWithALimitSkipsBeyondItAndAnUnlimitedOneAuditsAll() async throws {
        let builder = try FleetFixtures.repository()
        let scratch = try ScratchDirectory()
        let repositories = (1...7).map { FleetRepository(name: "repo-\($0)", location: builder.path) }
        let (limited, _) = try Self.licensed(repositories: 6)
        let options = FleetAuditOptions(jobs: 2, entitlement: limited, audit: FleetFixtures.auditOptions(cache: scratch.path))
        let outcome = try await FleetAuditor(store: InMemoryFleetStore()).run(fleet: "f", repositories: repositories, options: options)
        #expect(outcome.results(.audited).count == 6)
        #expect(outcome.results(.skipped).first?.message?.contains("license covers 6") == true)
        #expect(outcome.evaluationMarker == nil)
        let (unlimited, _) = try Self.licensed(repositories: nil)
        var all = options
        all.entitlement = unlimited
        let everything = try await FleetAuditor(store: InMemoryFleetStore()).run(fleet: "f", repositories: repositories, options: all)
        #expect(everything.results(.audited).count == 7)
    }

    @Test func shardsOfOneRunAuditDisjointPartsThatCoverTheFleet() async throws {
        let builder = try FleetFixtures.repository()
        let scratch = try ScratchDirectory()
        let repositories = (1...9).map { FleetRepository(name: "svc-\($0)", location: builder.path) }
        let (entitlement, _) = try Self.licensed(repositories: nil)
        let store = InMemoryFleetStore()
        var names: [String] = []
        for index in 1...3 {
            let options = FleetAuditOptions(
                jobs: 2, shard: try FleetShard(index: index, count: 3), runID: "sharded", entitlement: entitlement,
                audit: FleetFixtures.auditOptions(cache: scratch.path)
            )
            let outcome = try await FleetAuditor(store: store).run(fleet: "f", repositories: repositories, options: options)
            #expect(outcome.run.shardIndex == index)
            names += outcome.results.map(\.repository.name)
        }
        #expect(names.sorted() == repositories.map(\.name).sorted())
        #expect(try await store.results(runID: "sharded").count == 9)
        #expect(try await store.shards(runID: "sharded").count == 3)
    }

    @Test func anUnchangedRepositoryIsCheapTheSecondTime() async throws {
        let builder = try FleetFixtures.repository()
        for index in 0..<40 {
            try builder.commit("change \(index)", files: ["src/file\(index).py": "value = \(index)\n", "notes.md": "note \(index)\n"])
        }
        let scratch = try ScratchDirectory()
        let options = FleetAuditOptions(jobs: 1, entitlement: .evaluation(warnings: []), audit: FleetFixtures.auditOptions(cache: scratch.path))
        let repositories = [FleetRepository(name: "busy", location: builder.path)]
        let cold = try await FleetAuditor(store: InMemoryFleetStore()).run(fleet: "f", repositories: repositories, options: options)
        let warm = try await FleetAuditor(store: InMemoryFleetStore()).run(fleet: "f", repositories: repositories, options: options)
        let coldSeconds = try #require(cold.durations["busy"]), warmSeconds = try #require(warm.durations["busy"])
        print("fleet audit of one 42-commit repository: cold \(coldSeconds) s, warm \(warmSeconds) s")
        #expect(warm.results.first?.commit == cold.results.first?.commit)
        #expect(warm.results.first?.overallScore == cold.results.first?.overallScore)
        #expect(FileManager.default.fileExists(atPath: scratch.path + "/cache/audit"))
    }

    @Test func aGitURLIsMirroredInTheCacheAndFetchedOnTheNextRun() async throws {
        let origin = try FleetFixtures.repository()
        let scratch = try ScratchDirectory()
        let fleetFile = try scratch.write("version: 1\nname: remote\nsources:\n  - git: file://\(origin.path)\n    client: acme\n", to: "fleet.yaml")
        let repositories = try await FleetSourceResolver(environment: [:]).resolve(try FleetConfiguration.load(fleetFile))
        #expect(repositories.map(\.location) == ["file://\(origin.path)"])
        let options = FleetAuditOptions(jobs: 1, entitlement: .evaluation(warnings: []), audit: FleetFixtures.auditOptions(cache: scratch.path))
        let first = try await FleetAuditor(store: InMemoryFleetStore()).run(fleet: "remote", repositories: repositories, options: options)
        #expect(first.results.first?.status == .audited, "\(first.results.first?.message ?? "")")
        #expect(first.results.first?.commit == origin.head?.hex)
        let mirrors = try FileManager.default.contentsOfDirectory(atPath: scratch.path + "/cache/repositories")
        #expect(mirrors.count == 1)
        let newer = try origin.commit("more", files: ["CHANGELOG.md": "# Changes\n"])
        let second = try await FleetAuditor(store: InMemoryFleetStore()).run(fleet: "remote", repositories: repositories, options: options)
        #expect(second.results.first?.commit == newer.hex)
    }
}
#endif
