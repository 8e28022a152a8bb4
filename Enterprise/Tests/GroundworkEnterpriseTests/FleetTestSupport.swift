#if Enterprise
import Foundation
import GroundworkAudit
import GroundworkAuditModel
import GroundworkBasics
import GroundworkTestSupport
@testable import GroundworkEnterprise
@testable import GroundworkFleet
@testable import GroundworkLicense

/// A fleet store kept in memory, so fleet audits can be tested without SQLite or PostgreSQL.
actor InMemoryFleetStore: FleetStore {
    private(set) var recordedRuns: [FleetRun] = []
    private(set) var recorded: [FleetRepositoryResult] = []
    private(set) var finished: [(String, Int?)] = []

    func begin(_ run: FleetRun) async throws { recordedRuns.append(run) }

    func record(_ result: FleetRepositoryResult) async throws {
        recorded.removeAll { $0.runID == result.runID && $0.repository.name == result.repository.name }
        recorded.append(result)
    }

    func finish(runID: String, shardIndex: Int?, at date: Date) async throws { finished.append((runID, shardIndex)) }

    func runs() async throws -> [FleetRun] { recordedRuns.reversed() }

    func shards(runID: String) async throws -> [FleetRun] { recordedRuns.filter { $0.id == runID } }

    func results(runID: String) async throws -> [FleetRepositoryResult] { recorded.filter { $0.runID == runID } }

    func reusableReport(repository: String, auditKey: String) async throws -> AuditReport? {
        recorded.last { $0.repository.name == repository && $0.auditKey == auditKey && $0.status == .audited }?.report
    }

    var finishedCount: Int { finished.count }
}

/// Repositories for fleet tests, made through libgit2, and the options to audit them in a scratch cache.
enum FleetFixtures {
    /// 2026-01-01T12:00:00Z: the moment fleet tests audit at.
    static let now = Date(timeIntervalSince1970: 1_767_268_800)

    /// A repository with a README and, unless `license` is false, a LICENSE file.
    static func repository(license: Bool = true, extra: [String: FixtureContent] = [:]) throws -> RepoBuilder {
        let builder = try RepoBuilder()
        var files: [String: FixtureContent] = ["README.md": readme, "main.py": "print('hello')\n"]
        if license { files["LICENSE"] = "MIT License\n\nPermission is hereby granted, free of charge, to any person obtaining a copy\n" }
        for (path, content) in extra { files[path] = content }
        try builder.commit("initial", files: files)
        try builder.commit("second", files: ["main.py": "print('hello, world')\n"])
        return builder
    }

    /// A README long enough for `docs.readme`.
    static let readme: FixtureContent = """
        # Orders service

        This service takes orders from the web shop and hands them to the warehouse system every night.
        Run it locally with `python main.py`; it reads its settings from the environment and logs to stdout.
        Ask the platform team in the agency's chat before changing the nightly export, which a client relies on.

        """

    /// Audit options that use `cache` and the fixed moment.
    static func auditOptions(cache: String) -> AuditOptions {
        var options = AuditOptions()
        options.directories = Directories(cache: cache + "/cache", config: cache + "/config")
        options.now = now
        options.jobs = 1
        return options
    }
}
#endif
